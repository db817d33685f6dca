"""The identity-provider port: turn a bearer token into a verified identity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Identity:
    """Who signed the request, as the identity provider says."""

    subject: str
    email: str | None = None
    name: str | None = None
    session_id: str | None = None


class TokenVerifier(Protocol):
    """Verifies a session token; raises ``Unauthorized`` saying why it was refused."""

    async def verify(self, token: str) -> Identity: ...
