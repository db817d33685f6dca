"""Choose the token verifier once, at startup, from the settings."""

from __future__ import annotations

import httpx

from vidyamitra.auth.dev import DEV_ISSUER, DEV_PARTY, ensure_dev_keys
from vidyamitra.auth.keys import JwksKeys, KeySource, StaticKey
from vidyamitra.auth.verifier import SessionTokenVerifier
from vidyamitra.core.settings import Settings


def build_verifier(settings: Settings, http: httpx.AsyncClient) -> SessionTokenVerifier:
    """Clerk (PEM key or JWKS) when configured, otherwise the development key pair."""
    if settings.resolved_auth_mode == "dev":
        _, public_pem = ensure_dev_keys(settings.data_dir)
        return SessionTokenVerifier(
            StaticKey(public_pem),
            issuer=DEV_ISSUER,
            authorized_parties=[DEV_PARTY, *settings.cors_origins],
            leeway_seconds=settings.clerk_leeway_seconds,
        )
    keys: KeySource
    if settings.clerk_jwt_key is not None:
        keys = StaticKey(settings.clerk_jwt_key.get_secret_value())
    elif settings.clerk_jwks_url:
        keys = JwksKeys(settings.clerk_jwks_url, http)
    else:
        raise ValueError("Clerk sign-in needs CLERK_JWT_KEY or CLERK_JWKS_URL")
    return SessionTokenVerifier(
        keys,
        issuer=settings.clerk_issuer,
        authorized_parties=settings.clerk_authorized_parties,
        leeway_seconds=settings.clerk_leeway_seconds,
    )
