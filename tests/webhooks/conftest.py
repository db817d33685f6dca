"""Fixtures for webhook routes: the app with n8n, Clerk and ticket secrets configured."""

from __future__ import annotations

import base64
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Protocol

import httpx
import pytest

from tests.conftest import make_settings
from vidyamitra.ai.port import AIEngine
from vidyamitra.app import create_app
from vidyamitra.core.settings import Settings
from vidyamitra.webhooks.signatures import sign

N8N_SECRET = "n8n-shared-secret-for-tests-0123456789"
HMAC_SECRET = "n8n-hmac-secret-for-tests-9876543210"
TICKET_SECRET = "upload-ticket-secret-for-tests-0123456789abcdef"
CLERK_SECRET = "whsec_" + base64.b64encode(b"clerk-signing-secret-for-tests!!").decode()

SECRETS = {
    "N8N_WEBHOOK_SECRET": N8N_SECRET,
    "UPLOAD_TICKET_SECRET": TICKET_SECRET,
    "CLERK_WEBHOOK_SIGNING_SECRET": CLERK_SECRET,
}


@pytest.fixture
def settings(data_dir: Path, database_url: str) -> Settings:
    """The shared settings plus the webhook secrets."""
    return make_settings(data_dir, database_url, **SECRETS)


@pytest.fixture
async def hmac_client(
    data_dir: Path, database_url: str, offline_engine: AIEngine
) -> AsyncIterator[httpx.AsyncClient]:
    """The app with N8N_WEBHOOK_HMAC_SECRET set too."""
    configured = make_settings(
        data_dir, database_url, N8N_WEBHOOK_HMAC_SECRET=HMAC_SECRET, **SECRETS
    )
    app = create_app(configured, ai_engine=offline_engine)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            client.app = app  # type: ignore[attr-defined]
            yield client


class SignedHeaders(Protocol):
    """Builds the headers of a signed n8n call."""

    def __call__(self, body: bytes, *, at: float | None = None) -> dict[str, str]: ...


@pytest.fixture
def n8n_signed() -> SignedHeaders:
    """Headers of a correctly signed n8n call for a raw body."""

    def headers(body: bytes, *, at: float | None = None) -> dict[str, str]:
        timestamp = str(int(time.time() if at is None else at))
        return {
            "X-Webhook-Secret": N8N_SECRET,
            "X-Webhook-Timestamp": timestamp,
            "X-Webhook-Signature": sign(HMAC_SECRET, timestamp, body),
            "Content-Type": "application/json",
        }

    return headers
