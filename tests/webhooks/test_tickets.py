"""Upload tickets: signed, expiring, bound to one user, refused when forged."""

from __future__ import annotations

import time
from pathlib import Path

import jwt
import pytest

from vidyamitra.core.errors import AppError, Unauthorized
from vidyamitra.core.settings import Settings
from vidyamitra.webhooks.tickets import TicketSigner, build_ticket_signer, ticket_secret

SECRET = b"0123456789abcdef0123456789abcdef"


def test_issue_and_verify() -> None:
    signer = TicketSigner(SECRET, 900)
    issued = signer.issue("user-a")
    ticket = signer.verify(issued.token)
    assert (ticket.user_id, ticket.ticket_id) == ("user-a", issued.ticket_id)
    assert 890 <= issued.expires_at.timestamp() - time.time() <= 900
    assert signer.issue("user-a").ticket_id != issued.ticket_id


def test_expired_ticket_is_unauthorized() -> None:
    signer = TicketSigner(SECRET, 60)
    issued = signer.issue("user-a", now=time.time() - 61)
    with pytest.raises(Unauthorized, match="expired"):
        signer.verify(issued.token)


def test_forged_tickets_are_unauthorized() -> None:
    signer = TicketSigner(SECRET, 900)
    other = TicketSigner(b"x" * 32, 900)
    token = signer.issue("user-a").token
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="vidyamitra:upload-ticket")
    claims["sub"] = "user-b"
    tampered_payload = jwt.encode(claims, b"y" * 32, algorithm="HS256").split(".")[1]
    head, _, tail = token.split(".")
    unsigned = jwt.encode(claims, None, algorithm="none")
    wrong_audience = jwt.encode({**claims, "aud": "other"}, SECRET, algorithm="HS256")
    no_jti = jwt.encode({k: v for k, v in claims.items() if k != "jti"}, SECRET, algorithm="HS256")
    for forged in [
        other.issue("user-b").token,
        f"{head}.{tampered_payload}.{tail}",
        unsigned,
        wrong_audience,
        no_jti,
        "not-a-ticket",
        "",
    ]:
        with pytest.raises(Unauthorized):
            signer.verify(forged)


def test_short_secret_is_refused() -> None:
    with pytest.raises(AppError):
        TicketSigner(b"short", 900)


def test_development_secret_is_generated_once_and_kept(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, VIDYAMITRA_DATA_DIR=tmp_path)  # type: ignore[call-arg]
    first = ticket_secret(settings)
    assert len(first) == 32
    assert ticket_secret(settings) == first
    assert (tmp_path / "upload-ticket.key").stat().st_mode & 0o777 == 0o600
    token = build_ticket_signer(settings).issue("u").token
    assert build_ticket_signer(settings).verify(token).user_id == "u"


def test_configured_secret_wins(tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, VIDYAMITRA_DATA_DIR=tmp_path, UPLOAD_TICKET_SECRET="s" * 40
    )
    assert ticket_secret(settings) == b"s" * 40
    assert not (tmp_path / "upload-ticket.key").exists()
