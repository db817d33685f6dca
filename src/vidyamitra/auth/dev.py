"""Local development sign-in: a key pair kept in the data folder and tokens signed with it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import jwt

DEV_ISSUER = "https://dev.vidyamitra.local"
DEV_PARTY = "vidyamitra-dev"
DEV_KID = "vidyamitra-dev-1"


def dev_key_paths(data_dir: Path) -> tuple[Path, Path]:
    folder = data_dir / "dev-keys"
    return folder / "private.pem", folder / "public.pem"


def ensure_dev_keys(data_dir: Path) -> tuple[str, str]:
    """Return (private PEM, public PEM), generating the pair once (private key mode 0600)."""
    private_path, public_path = dev_key_paths(data_dir)
    if private_path.exists() and public_path.exists():
        return private_path.read_text(), public_path.read_text()
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public_pem = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    private_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(private_pem)
    public_path.write_text(public_pem)
    return private_pem, public_pem


def mint_dev_token(
    data_dir: Path, user: str, *, ttl_seconds: int = 12 * 3600, email: str | None = None
) -> str:
    """A session token for ``user`` that the development verifier accepts."""
    private_pem, _ = ensure_dev_keys(data_dir)
    now = int(time.time())
    claims = {
        "sub": user,
        "iss": DEV_ISSUER,
        "azp": DEV_PARTY,
        "iat": now,
        "nbf": now,
        "exp": now + ttl_seconds,
        "email": email or f"{user}@dev.vidyamitra.local",
    }
    return jwt.encode(claims, private_pem, algorithm="RS256", headers={"kid": DEV_KID})
