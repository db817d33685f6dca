"""Where verification keys come from: a PEM key, or a JWKS URL fetched and cached."""

from __future__ import annotations

import asyncio
import time
from typing import Any, Protocol

import httpx
from jwt import PyJWK

from vidyamitra.core.errors import Unauthorized


class KeySource(Protocol):
    async def key_for(self, kid: str | None) -> Any: ...


class StaticKey:
    """One PEM public key (Clerk's ``CLERK_JWT_KEY``, or the development key): no network."""

    def __init__(self, pem: str) -> None:
        self._key = _load_pem(pem)

    async def key_for(self, kid: str | None) -> Any:
        return self._key


def _load_pem(pem: str) -> Any:
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    # Env files often carry the PEM on one line with literal "\n".
    return load_pem_public_key(pem.replace("\\n", "\n").strip().encode())


class JwksKeys:
    """Keys from a JWKS URL: cached, refreshed once when an unknown ``kid`` shows up."""

    def __init__(
        self, url: str, http: httpx.AsyncClient, *, min_refresh_seconds: float = 30.0
    ) -> None:
        self._url = url
        self._http = http
        self._keys: dict[str, Any] = {}
        self._fetched_at = 0.0
        self._min_refresh = min_refresh_seconds
        self._lock = asyncio.Lock()

    async def key_for(self, kid: str | None) -> Any:
        if kid is None:
            raise Unauthorized("token header has no kid")
        if kid not in self._keys:
            await self._refresh(kid)
        try:
            return self._keys[kid]
        except KeyError:
            raise Unauthorized(f"token signed with an unknown key (kid {kid!r})") from None

    async def _refresh(self, kid: str) -> None:
        async with self._lock:
            recently = time.monotonic() - self._fetched_at < self._min_refresh
            if kid in self._keys or (recently and self._keys):
                return
            try:
                response = await self._http.get(self._url, timeout=10.0)
                response.raise_for_status()
                document = response.json()
            except (httpx.HTTPError, ValueError) as exc:
                raise Unauthorized("could not fetch the signing keys (JWKS)") from exc
            keys: dict[str, Any] = {}
            for entry in document.get("keys", []):
                if entry.get("kty") == "RSA" and entry.get("kid"):
                    keys[entry["kid"]] = PyJWK(entry, algorithm="RS256").key
            self._keys = keys
            self._fetched_at = time.monotonic()
