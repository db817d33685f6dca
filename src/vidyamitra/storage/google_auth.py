"""Google service-account OAuth: a JWT-bearer grant signed RS256, the token cached until expiry."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from vidyamitra.core.errors import AppError, BadRequest

DRIVE_SCOPE = "https://www.googleapis.com/auth/drive"
_DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token"  # noqa: S105 (a URL, not a secret)
_JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
_REFRESH_MARGIN_SECONDS = 60


class StorageUnavailable(AppError):
    """The remote file store could not be reached or refused our credentials."""

    status = 503
    title = "File storage unavailable"
    type_slug = "storage-unavailable"


@dataclass(frozen=True)
class ServiceAccountCredentials:
    """The parts of a Google service-account key file this service needs."""

    client_email: str
    private_key: str
    token_uri: str = _DEFAULT_TOKEN_URI

    @classmethod
    def from_json(cls, text: str) -> ServiceAccountCredentials:
        """Parse a service-account key (the JSON downloaded from Google Cloud)."""
        try:
            raw = json.loads(text)
            return cls(
                client_email=str(raw["client_email"]),
                private_key=str(raw["private_key"]),
                token_uri=str(raw.get("token_uri") or _DEFAULT_TOKEN_URI),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise BadRequest("Invalid Google service-account JSON") from exc

    @classmethod
    def from_file(cls, path: Path) -> ServiceAccountCredentials:
        """Read a service-account key file."""
        return cls.from_json(path.read_text(encoding="utf-8"))


class ServiceAccountTokenSource:
    """Hands out OAuth access tokens for one service account, refreshing before expiry."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        credentials: ServiceAccountCredentials,
        scope: str = DRIVE_SCOPE,
    ) -> None:
        self._http = http
        self._credentials = credentials
        self._scope = scope
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    async def token(self) -> str:
        """Return a valid access token, fetching a new one when the cached one is near expiry."""
        async with self._lock:
            if self._token is None or time.time() >= self._expires_at - _REFRESH_MARGIN_SECONDS:
                self._token, self._expires_at = await self._fetch()
            return self._token

    def invalidate(self) -> None:
        """Forget the cached token (after the API rejected it)."""
        self._token = None

    def _assertion(self, now: int) -> str:
        """Sign the JWT-bearer assertion with the service account's private key."""
        import jwt

        claims = {
            "iss": self._credentials.client_email,
            "scope": self._scope,
            "aud": self._credentials.token_uri,
            "iat": now,
            "exp": now + 3600,
        }
        return jwt.encode(claims, self._credentials.private_key, algorithm="RS256")

    async def _fetch(self) -> tuple[str, float]:
        """Exchange a signed assertion for an access token."""
        now = int(time.time())
        form = {"grant_type": _JWT_GRANT, "assertion": self._assertion(now)}
        try:
            response = await self._http.post(self._credentials.token_uri, data=form)
        except httpx.HTTPError as exc:
            raise StorageUnavailable("Google token endpoint unreachable") from exc
        if response.status_code != 200:
            raise StorageUnavailable(f"Google token endpoint answered {response.status_code}")
        body = response.json()
        return str(body["access_token"]), now + float(body.get("expires_in", 3600))
