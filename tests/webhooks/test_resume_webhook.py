"""POST /webhook/resume: authenticated by the n8n secret, bound to the ticket's user, idempotent."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.webhooks.conftest import N8N_SECRET, TICKET_SECRET, SignedHeaders
from vidyamitra.core.settings import Settings
from vidyamitra.webhooks.tickets import TicketSigner

RESUME = (
    "Asha Rao\nasha.rao@example.com | +91 98765 43210\n\nExperience\n"
    "Backend Developer, Acme Labs    Jan 2022 – Present\n"
    "- Built REST APIs in Python and FastAPI serving 2M requests a day\n\n"
    "Education\nB.Tech in Computer Science, IIT Madras, 2021\n\n"
    "Skills\nPython, SQL, Docker, PostgreSQL, Git"
)
SECRET_HEADER = {"X-Webhook-Secret": N8N_SECRET}


async def ticket_for(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    response = await client.post("/api/resume/upload-ticket", headers=headers)
    assert response.status_code == 201, response.text
    body = response.json()
    assert 0 < body["expires_in"] <= 900
    return str(body["ticket"])


def text_body(ticket: str, **data: Any) -> dict[str, Any]:
    return {"ticket": ticket, "data": {"resume_text": RESUME, **data}}


async def resume_count(client: httpx.AsyncClient, headers: dict[str, str]) -> int:
    response = await client.get("/api/resumes", headers=headers)
    assert response.status_code == 200
    return int(response.json()["total"])


async def test_upload_ticket_needs_sign_in(app_client: httpx.AsyncClient) -> None:
    assert (await app_client.post("/api/resume/upload-ticket")).status_code == 401


async def test_text_resume_is_created_for_the_ticket_user(
    app_client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    ticket = await ticket_for(app_client, alice)
    body = text_body(ticket, target_role="Backend Developer")
    response = await app_client.post("/webhook/resume", json=body, headers=SECRET_HEADER)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["source"] == "webhook"
    assert created["analysis"]["engine"]
    resume_id = created["resume_id"]
    assert (await app_client.get(f"/api/resume/{resume_id}", headers=alice)).status_code == 200
    assert (await app_client.get(f"/api/resume/{resume_id}", headers=bob)).status_code == 404


@pytest.mark.parametrize("headers", [{}, {"X-Webhook-Secret": "wrong"}, {"X-Webhook-Secret": ""}])
async def test_missing_or_wrong_secret_is_401(
    app_client: httpx.AsyncClient, alice: dict[str, str], headers: dict[str, str]
) -> None:
    ticket = await ticket_for(app_client, alice)
    response = await app_client.post("/webhook/resume", json=text_body(ticket), headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await resume_count(app_client, alice) == 0


async def test_forged_and_expired_tickets_are_401(
    app_client: httpx.AsyncClient, alice: dict[str, str], settings: Settings
) -> None:
    me = (await app_client.get("/api/me", headers=alice)).json()
    forged = TicketSigner(b"not-the-server-secret-0123456789ab", 900).issue(me["id"]).token
    expired = TicketSigner(TICKET_SECRET.encode(), 60).issue(me["id"], now=time.time() - 120)
    for token in (forged, expired.token, "garbage"):
        response = await app_client.post(
            "/webhook/resume", json=text_body(token), headers=SECRET_HEADER
        )
        assert response.status_code == 401, token
    assert await resume_count(app_client, alice) == 0


async def test_three_retries_create_one_resume(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    ticket = await ticket_for(app_client, alice)
    answers = [
        await app_client.post("/webhook/resume", json=text_body(ticket), headers=SECRET_HEADER)
        for _ in range(3)
    ]
    assert [a.status_code for a in answers] == [201, 201, 201]
    assert len({a.json()["resume_id"] for a in answers}) == 1
    assert [a.headers.get("Idempotent-Replayed") for a in answers] == [None, "true", "true"]
    assert await resume_count(app_client, alice) == 1


async def test_concurrent_duplicates_create_one_resume(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    ticket = await ticket_for(app_client, alice)
    answers = await asyncio.gather(
        *(
            app_client.post("/webhook/resume", json=text_body(ticket), headers=SECRET_HEADER)
            for _ in range(3)
        )
    )
    assert all(a.status_code == 201 for a in answers), [a.text for a in answers]
    assert len({a.json()["resume_id"] for a in answers}) == 1
    assert await resume_count(app_client, alice) == 1


async def test_ticket_of_alice_never_writes_for_bob(
    app_client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    bob_id = (await app_client.get("/api/me", headers=bob)).json()["id"]
    ticket = await ticket_for(app_client, alice)
    body = {**text_body(ticket), "user_id": bob_id, "data": {"resume_text": RESUME}}
    response = await app_client.post("/webhook/resume", json=body, headers=SECRET_HEADER)
    assert response.status_code == 201
    assert await resume_count(app_client, bob) == 0
    assert await resume_count(app_client, alice) == 1


async def test_idempotency_keys_are_scoped_to_the_user(
    app_client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    headers = {**SECRET_HEADER, "Idempotency-Key": "same-key"}
    first = await app_client.post(
        "/webhook/resume", json=text_body(await ticket_for(app_client, alice)), headers=headers
    )
    second = await app_client.post(
        "/webhook/resume", json=text_body(await ticket_for(app_client, bob)), headers=headers
    )
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["resume_id"] != second.json()["resume_id"]
    assert second.headers.get("Idempotent-Replayed") is None
    assert await resume_count(app_client, bob) == 1


async def test_multipart_file_is_analysed_and_stored(
    app_client: httpx.AsyncClient, alice: dict[str, str], settings: Settings
) -> None:
    ticket = await ticket_for(app_client, alice)
    response = await app_client.post(
        "/webhook/resume",
        data={"ticket": ticket, "target_role": "Backend Developer"},
        files={"file": ("asha.txt", RESUME.encode(), "text/plain")},
        headers=SECRET_HEADER,
    )
    assert response.status_code == 201, response.text
    me = (await app_client.get("/api/me", headers=alice)).json()
    stored = list((Path(settings.data_dir) / "files" / "users" / me["id"]).rglob("*"))
    assert any(p.is_file() and p.read_bytes() == RESUME.encode() for p in stored)


async def test_drive_file_id_without_drive_is_422(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    ticket = await ticket_for(app_client, alice)
    body = {"ticket": ticket, "data": {"file_id": "1AbCdEf"}}
    response = await app_client.post("/webhook/resume", json=body, headers=SECRET_HEADER)
    assert response.status_code == 422
    assert "Google Drive is not configured" in response.json()["detail"]


@pytest.mark.parametrize(
    "data",
    [{}, {"resume_text": "x", "file_id": "y"}],
)
async def test_body_needs_exactly_one_source(
    app_client: httpx.AsyncClient, alice: dict[str, str], data: dict[str, str]
) -> None:
    body = {"ticket": await ticket_for(app_client, alice), "data": data}
    response = await app_client.post("/webhook/resume", json=body, headers=SECRET_HEADER)
    assert response.status_code == 422


async def test_signature_is_required_when_configured(
    hmac_client: httpx.AsyncClient, auth_for: Any, n8n_signed: SignedHeaders
) -> None:
    carol = auth_for("carol")
    body = json.dumps(text_body(await ticket_for(hmac_client, carol))).encode()
    good = n8n_signed(body)
    stale = n8n_signed(body, at=time.time() - 301)
    forged = {**good, "X-Webhook-Signature": "sha256=" + "0" * 64}
    unsigned = {"X-Webhook-Secret": N8N_SECRET, "Content-Type": "application/json"}
    for headers in (unsigned, stale, forged):
        answer = await hmac_client.post("/webhook/resume", content=body, headers=headers)
        assert answer.status_code == 401, headers
    tampered = body.replace(b"Asha", b"Usha")
    answer = await hmac_client.post("/webhook/resume", content=tampered, headers=good)
    assert answer.status_code == 401
    answer = await hmac_client.post("/webhook/resume", content=body, headers=good)
    assert answer.status_code == 201, answer.text
