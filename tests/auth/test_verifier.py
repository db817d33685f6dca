"""Session-token verification: PEM key, JWKS over loopback HTTP, and every refusal reason."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from tests.loopback import JsonServer, json_server

from vidyamitra.auth.keys import JwksKeys, StaticKey
from vidyamitra.auth.verifier import SessionTokenVerifier
from vidyamitra.core.errors import Unauthorized

ISSUER = "https://clerk.example.test"
PARTY = "https://app.example.test"


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pem(key: rsa.RSAPrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def _jwk(key: rsa.RSAPrivateKey, kid: str) -> dict[str, Any]:
    jwk: dict[str, Any] = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    return {**jwk, "kid": kid, "use": "sig", "alg": "RS256"}


def _token(key: rsa.RSAPrivateKey, kid: str = "k1", **overrides: Any) -> str:
    now = int(time.time())
    claims = {
        "sub": "user_123",
        "iss": ISSUER,
        "azp": PARTY,
        "iat": now,
        "nbf": now,
        "exp": now + 60,
        **overrides,
    }
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": kid})


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return _key()


@pytest.fixture
def verifier(key: rsa.RSAPrivateKey) -> SessionTokenVerifier:
    return SessionTokenVerifier(StaticKey(_pem(key)), issuer=ISSUER, authorized_parties=[PARTY])


async def test_valid_token_gives_identity(
    verifier: SessionTokenVerifier, key: rsa.RSAPrivateKey
) -> None:
    identity = await verifier.verify(_token(key, email="a@example.test", sid="sess_1"))
    assert identity.subject == "user_123"
    assert identity.email == "a@example.test"
    assert identity.session_id == "sess_1"


async def test_pem_with_escaped_newlines_is_accepted(key: rsa.RSAPrivateKey) -> None:
    one_line = _pem(key).replace("\n", "\\n")
    verifier = SessionTokenVerifier(StaticKey(one_line), issuer=ISSUER, authorized_parties=[])
    assert (await verifier.verify(_token(key))).subject == "user_123"


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"exp": -60}, "expired"),
        ({"nbf": 120}, "not valid yet"),
        ({"iss": "https://evil.example.test"}, "issuer"),
        ({"azp": "https://evil.example.test"}, "party"),
        ({"azp": None}, "party"),
        ({"sub": None}, "sub"),
        ({"exp": None}, "exp"),
    ],
)
async def test_refusals_say_why(
    verifier: SessionTokenVerifier,
    key: rsa.RSAPrivateKey,
    overrides: dict[str, Any],
    reason: str,
) -> None:
    now = int(time.time())
    relative = {
        k: now + v if k in {"exp", "nbf"} and v is not None else v for k, v in overrides.items()
    }
    with pytest.raises(Unauthorized, match=reason):
        await verifier.verify(_token(key, **relative))


async def test_leeway_accepts_a_just_expired_token(
    verifier: SessionTokenVerifier, key: rsa.RSAPrivateKey
) -> None:
    token = _token(key, exp=int(time.time()) - 2)
    assert (await verifier.verify(token)).subject == "user_123"


async def test_wrong_key_and_wrong_algorithm_are_refused(verifier: SessionTokenVerifier) -> None:
    with pytest.raises(Unauthorized, match="signature"):
        await verifier.verify(_token(_key()))
    hs_token = jwt.encode(
        {"sub": "x", "exp": int(time.time()) + 60}, "secret" * 8, algorithm="HS256"
    )
    with pytest.raises(Unauthorized, match="RS256"):
        await verifier.verify(hs_token)
    with pytest.raises(Unauthorized, match="malformed"):
        await verifier.verify("not-a-token")


@pytest.fixture
def jwks() -> Iterator[JsonServer]:
    with json_server() as server:
        yield server


async def test_jwks_is_cached_and_refreshed_once_on_unknown_kid(jwks: JsonServer) -> None:
    first, second = _key(), _key()
    jwks.routes["/.well-known/jwks.json"] = {"keys": [_jwk(first, "k1")]}
    async with httpx.AsyncClient() as http:
        keys = JwksKeys(f"{jwks.base_url}/.well-known/jwks.json", http, min_refresh_seconds=0)
        verifier = SessionTokenVerifier(keys, issuer=ISSUER, authorized_parties=[PARTY])
        for _ in range(3):
            await verifier.verify(_token(first, "k1"))
        assert jwks.hits["/.well-known/jwks.json"] == 1

        # Clerk rotates its key: the unknown kid triggers exactly one refresh.
        jwks.routes["/.well-known/jwks.json"] = {"keys": [_jwk(first, "k1"), _jwk(second, "k2")]}
        assert (await verifier.verify(_token(second, "k2"))).subject == "user_123"
        assert jwks.hits["/.well-known/jwks.json"] == 2

        with pytest.raises(Unauthorized, match="unknown key"):
            await verifier.verify(_token(_key(), "k3"))
        assert jwks.hits["/.well-known/jwks.json"] == 3


async def test_jwks_refresh_is_rate_limited(jwks: JsonServer) -> None:
    key = _key()
    jwks.routes["/jwks"] = {"keys": [_jwk(key, "k1")]}
    async with httpx.AsyncClient() as http:
        keys = JwksKeys(f"{jwks.base_url}/jwks", http, min_refresh_seconds=300)
        verifier = SessionTokenVerifier(keys, issuer=ISSUER, authorized_parties=[PARTY])
        await verifier.verify(_token(key, "k1"))
        for _ in range(3):
            with pytest.raises(Unauthorized):
                await verifier.verify(_token(_key(), "forged"))
        assert jwks.hits["/jwks"] == 1


async def test_unreachable_jwks_is_a_401_not_a_crash() -> None:
    async with httpx.AsyncClient() as http:
        keys = JwksKeys("http://127.0.0.1:9/jwks", http)
        verifier = SessionTokenVerifier(keys, issuer=ISSUER, authorized_parties=[])
        with pytest.raises(Unauthorized, match="JWKS"):
            await verifier.verify(_token(_key()))
