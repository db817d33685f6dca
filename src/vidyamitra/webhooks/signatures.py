"""Shared-secret and timestamped HMAC-SHA256 checks for n8n webhook calls."""

from __future__ import annotations

import hashlib
import hmac
import time

from vidyamitra.core.errors import Unauthorized

SIGNATURE_PREFIX = "sha256="
TOLERANCE_SECONDS = 300


def secret_matches(provided: str | None, expected: str) -> bool:
    """Compare a presented secret with the configured one in constant time."""
    if provided is None:
        return False
    return hmac.compare_digest(provided.encode(), expected.encode())


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """Return ``sha256=<hex>`` of HMAC-SHA256 over ``"<timestamp>.<raw body>"``."""
    message = timestamp.encode() + b"." + body
    return SIGNATURE_PREFIX + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify_signature(
    secret: str,
    *,
    timestamp: str | None,
    signature: str | None,
    body: bytes,
    now: float | None = None,
    tolerance: int = TOLERANCE_SECONDS,
) -> None:
    """Check a timestamped signature; raises Unauthorized when missing, stale or forged."""
    if not timestamp or not signature:
        raise Unauthorized("missing X-Webhook-Timestamp or X-Webhook-Signature")
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise Unauthorized("X-Webhook-Timestamp is not a Unix time in seconds") from None
    current = time.time() if now is None else now
    if abs(current - sent_at) > tolerance:
        raise Unauthorized("webhook timestamp is outside the allowed window")
    expected = sign(secret, timestamp, body)
    if not hmac.compare_digest(expected.encode(), signature.strip().encode()):
        raise Unauthorized("webhook signature does not match")


def verify_n8n_request(
    *,
    secret: str | None,
    hmac_secret: str | None,
    presented_secret: str | None,
    timestamp: str | None,
    signature: str | None,
    body: bytes,
) -> None:
    """Authenticate an n8n call: the shared secret always, the signature when configured."""
    if not secret:
        raise Unauthorized("the n8n webhook is disabled: N8N_WEBHOOK_SECRET is not set")
    if not secret_matches(presented_secret, secret):
        raise Unauthorized("missing or wrong X-Webhook-Secret")
    if hmac_secret:
        verify_signature(hmac_secret, timestamp=timestamp, signature=signature, body=body)
