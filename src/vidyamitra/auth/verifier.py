"""RS256 session-token verification with the checks Clerk recommends."""

from __future__ import annotations

from collections.abc import Collection

import jwt

from vidyamitra.auth.keys import KeySource
from vidyamitra.auth.port import Identity
from vidyamitra.core.errors import Unauthorized


class SessionTokenVerifier:
    """Checks signature (RS256 only), exp/nbf with leeway, issuer, authorised party and sub."""

    def __init__(
        self,
        keys: KeySource,
        *,
        issuer: str | None,
        authorized_parties: Collection[str],
        leeway_seconds: int = 5,
    ) -> None:
        self._keys = keys
        self._issuer = issuer
        self._parties = frozenset(authorized_parties)
        self._leeway = leeway_seconds

    async def verify(self, token: str) -> Identity:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise Unauthorized("malformed token") from None
        if header.get("alg") != "RS256":
            raise Unauthorized("token must be signed with RS256")
        key = await self._keys.key_for(header.get("kid"))
        claims = self._decode(token, key)
        return self._identity(claims)

    def _decode(self, token: str, key: object) -> dict[str, object]:
        options = {"require": ["exp", "sub"], "verify_iss": self._issuer is not None}
        try:
            claims: dict[str, object] = jwt.decode(
                token,
                key=key,  # type: ignore[arg-type]
                algorithms=["RS256"],
                issuer=self._issuer,
                leeway=self._leeway,
                options=options,
            )
            return claims
        except jwt.ExpiredSignatureError:
            raise Unauthorized("token has expired") from None
        except jwt.ImmatureSignatureError:
            raise Unauthorized("token is not valid yet (nbf)") from None
        except jwt.InvalidIssuerError:
            raise Unauthorized("token issuer is not the configured issuer") from None
        except jwt.MissingRequiredClaimError as exc:
            raise Unauthorized(f"token lacks the {exc.claim!r} claim") from None
        except jwt.InvalidSignatureError:
            raise Unauthorized("token signature is invalid") from None
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"token rejected: {exc}") from None

    def _identity(self, claims: dict[str, object]) -> Identity:
        subject = claims.get("sub")
        if not isinstance(subject, str) or not subject.strip():
            raise Unauthorized("token lacks the 'sub' claim")
        if self._parties:
            azp = claims.get("azp")
            if not isinstance(azp, str) or azp not in self._parties:
                raise Unauthorized("token was issued for a party that is not allowed (azp)")
        return Identity(
            subject=subject,
            email=_str_or_none(claims.get("email")),
            name=_str_or_none(claims.get("name")),
            session_id=_str_or_none(claims.get("sid")),
        )


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
