"""Logs: JSON lines with the request id, and secrets masked."""

from __future__ import annotations

import json
import logging

import pytest

from vidyamitra.core.logging import JsonFormatter, RequestIdFilter, redact, request_id_var


@pytest.mark.parametrize(
    "secret",
    [
        "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl",
        "token=abcdef123456",
        "password: hunter2hunter2",
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "api_key=sk-live-0123456789",
    ],
)
def test_redact_masks_secrets(secret: str) -> None:
    masked = redact(f"calling with {secret} now")
    assert "[redacted]" in masked
    assert secret.split()[-1].split("=")[-1] not in masked


def test_json_lines_carry_request_id_and_are_redacted() -> None:
    record = logging.LogRecord(
        "vidyamitra", logging.INFO, __file__, 1, "got token=abc123secret", None, None
    )
    token = request_id_var.set("req-abcdef12")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id_var.reset(token)
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == "req-abcdef12"
    assert line["level"] == "INFO"
    assert "abc123secret" not in line["message"]
