"""n8n webhook authentication: shared secret and timestamped HMAC signature."""

from __future__ import annotations

import time

import pytest

from vidyamitra.core.errors import Unauthorized
from vidyamitra.webhooks.signatures import (
    secret_matches,
    sign,
    verify_n8n_request,
    verify_signature,
)

BODY = b'{"ticket": "t", "data": {"resume_text": "x"}}'


def test_secret_matches_only_the_exact_secret() -> None:
    assert secret_matches("s3cret-value", "s3cret-value")
    assert not secret_matches("s3cret-valu", "s3cret-value")
    assert not secret_matches(None, "s3cret-value")
    assert not secret_matches("", "s3cret-value")


def test_signature_round_trip_and_known_vector() -> None:
    now = 1_700_000_000
    signature = sign("k", str(now), BODY)
    assert signature.startswith("sha256=")
    # Independent vector: `printf '1.' | openssl dgst -sha256 -hmac k`.
    assert sign("k", "1", b"") == (
        "sha256=37c39ff90c9eaf98b76f1cf1a38399fa408e930f34e04a5179d0dc6489fe9c78"
    )
    verify_signature("k", timestamp=str(now), signature=signature, body=BODY, now=now + 299)


@pytest.mark.parametrize(
    ("timestamp", "signature_of", "body", "now_offset"),
    [
        (None, "good", BODY, 0),
        ("1700000000", None, BODY, 0),
        ("1700000000", "good", BODY + b" ", 0),
        ("1700000000", "other-key", BODY, 0),
        ("1700000000", "good", BODY, 301),
        ("1700000000", "good", BODY, -301),
        ("yesterday", "good", BODY, 0),
    ],
)
def test_bad_signatures_are_unauthorized(
    timestamp: str | None, signature_of: str | None, body: bytes, now_offset: int
) -> None:
    now = 1_700_000_000
    signature = None
    if signature_of == "good":
        signature = sign("k", timestamp or "", BODY)
    elif signature_of == "other-key":
        signature = sign("other", timestamp or "", BODY)
    with pytest.raises(Unauthorized):
        verify_signature(
            "k", timestamp=timestamp, signature=signature, body=body, now=now + now_offset
        )


def test_n8n_request_needs_secret_and_signature_when_configured() -> None:
    ts = str(int(time.time()))
    good = {"timestamp": ts, "signature": sign("h", ts, BODY), "body": BODY}
    verify_n8n_request(secret="s", hmac_secret="h", presented_secret="s", **good)
    verify_n8n_request(
        secret="s",
        hmac_secret=None,
        presented_secret="s",
        timestamp=None,
        signature=None,
        body=BODY,
    )
    with pytest.raises(Unauthorized):
        verify_n8n_request(secret="s", hmac_secret="h", presented_secret="x", **good)
    with pytest.raises(Unauthorized):
        verify_n8n_request(secret=None, hmac_secret=None, presented_secret=None, **good)
    with pytest.raises(Unauthorized):
        verify_n8n_request(
            secret="s",
            hmac_secret="h",
            presented_secret="s",
            timestamp=ts,
            signature=None,
            body=BODY,
        )
