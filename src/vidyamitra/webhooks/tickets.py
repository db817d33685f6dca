"""Short-lived signed upload tickets: they carry the user an n8n call may write for."""

from __future__ import annotations

import os
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vidyamitra.core.errors import AppError, Unauthorized

if TYPE_CHECKING:
    from vidyamitra.core.settings import Settings

_AUDIENCE = "vidyamitra:upload-ticket"
_ALGORITHM = "HS256"
_MIN_SECRET_BYTES = 32
_SECRET_FILE = "upload-ticket.key"  # noqa: S105 (a file name)


@dataclass(frozen=True)
class IssuedTicket:
    """A ticket as handed to the signed-in user."""

    token: str
    ticket_id: str
    expires_at: datetime


@dataclass(frozen=True)
class UploadTicket:
    """A verified ticket: whose upload it is, and its single-use id."""

    user_id: str
    ticket_id: str


class TicketSigner:
    """Issues and verifies HS256 JWT upload tickets."""

    def __init__(self, secret: bytes, ttl_seconds: int) -> None:
        if len(secret) < _MIN_SECRET_BYTES:
            raise AppError("UPLOAD_TICKET_SECRET must be at least 32 bytes")
        self._secret = secret
        self._ttl = ttl_seconds

    def issue(self, user_id: str, *, now: float | None = None) -> IssuedTicket:
        """Sign a ticket for ``user_id`` valid for the configured time."""
        import jwt

        issued = int(time.time() if now is None else now)
        ticket_id = secrets.token_urlsafe(16)
        claims = {
            "sub": user_id,
            "jti": ticket_id,
            "aud": _AUDIENCE,
            "iat": issued,
            "exp": issued + self._ttl,
        }
        token = jwt.encode(claims, self._secret, algorithm=_ALGORITHM)
        expires = datetime.fromtimestamp(issued + self._ttl, UTC)
        return IssuedTicket(token=token, ticket_id=ticket_id, expires_at=expires)

    def verify(self, token: str) -> UploadTicket:
        """Return the ticket's user and id; raises Unauthorized when forged or expired."""
        import jwt

        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[_ALGORITHM],
                audience=_AUDIENCE,
                options={"require": ["sub", "jti", "exp", "aud"]},
            )
        except jwt.ExpiredSignatureError:
            raise Unauthorized("upload ticket expired") from None
        except jwt.PyJWTError:
            raise Unauthorized("invalid upload ticket") from None
        return UploadTicket(user_id=str(claims["sub"]), ticket_id=str(claims["jti"]))


def ticket_secret(settings: Settings) -> bytes:
    """UPLOAD_TICKET_SECRET, or in development a random key kept in the data folder."""
    if settings.upload_ticket_secret:
        return settings.upload_ticket_secret.get_secret_value().encode()
    if settings.is_production:
        raise AppError("UPLOAD_TICKET_SECRET is required in production")
    return _development_secret(settings.data_dir / _SECRET_FILE)


def _development_secret(path: Path) -> bytes:
    """Read the development key, creating it (mode 0600) on first use."""
    if path.exists():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _development_secret(path)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.hex())
    return key


def build_ticket_signer(settings: Settings) -> TicketSigner:
    """The signer the app keeps for its lifetime."""
    return TicketSigner(ticket_secret(settings), settings.upload_ticket_ttl_seconds)
