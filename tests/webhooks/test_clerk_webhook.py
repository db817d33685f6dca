"""POST /webhook/clerk: Svix-verified user events; user.deleted erases rows and files."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from standardwebhooks.webhooks import Webhook

from tests.webhooks.conftest import CLERK_SECRET
from vidyamitra.auth.dev import mint_dev_token
from vidyamitra.core.settings import Settings
from vidyamitra.resumes.models import Resume
from vidyamitra.users.models import User
from vidyamitra.webhooks.models import WebhookReceipt

RESUME = (
    "Ravi Kumar\nravi@example.com\n\nSkills\nPython, SQL, Docker\n\nExperience\n"
    "Developer, Acme Labs, Jan 2022 - Present\n- Built data pipelines in Python and SQL for "
    "reporting"
)


def clerk_user(clerk_id: str, email: str, first: str = "Ravi") -> dict[str, Any]:
    return {
        "id": clerk_id,
        "object": "user",
        "first_name": first,
        "last_name": "Kumar",
        "primary_email_address_id": "idn_2",
        "email_addresses": [
            {"id": "idn_1", "email_address": "old@example.com"},
            {"id": "idn_2", "email_address": email},
        ],
    }


def signed(
    event: dict[str, Any],
    *,
    secret: str = CLERK_SECRET,
    msg_id: str | None = None,
    at: datetime | None = None,
) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event)
    message_id = msg_id or f"msg_{uuid.uuid4().hex}"
    timestamp = at or datetime.now(UTC)
    signature = Webhook(secret).sign(message_id, timestamp, body)
    headers = {
        "svix-id": message_id,
        "svix-timestamp": str(int(timestamp.timestamp())),
        "svix-signature": signature,
        "Content-Type": "application/json",
    }
    return body.encode(), headers


async def post(client: httpx.AsyncClient, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return await client.post("/webhook/clerk", content=body, headers=headers)


async def count(client: httpx.AsyncClient, statement: Any) -> int:
    async with client.app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        return int((await session.execute(statement)).scalar_one())


def new_clerk_id() -> str:
    return f"user_{uuid.uuid4().hex[:20]}"


async def test_bad_signatures_are_401(app_client: httpx.AsyncClient) -> None:
    event = {"type": "user.created", "data": clerk_user(new_clerk_id(), "a@example.com")}
    body, headers = signed(event)
    other_secret = "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo="
    _, forged = signed(event, secret=other_secret, msg_id=headers["svix-id"])
    _, stale = signed(event, at=datetime.now(UTC) - timedelta(minutes=6))
    cases = [
        (body, {"Content-Type": "application/json"}),
        (body, {k: v for k, v in headers.items() if k != "svix-signature"}),
        (body, forged),
        (body, stale),
        (body.replace(b"a@example.com", b"b@example.com"), headers),
        (body, {**headers, "svix-signature": "garbage"}),
    ]
    for payload, case in cases:
        response = await post(app_client, payload, case)
        assert response.status_code == 401, case
    assert (
        await count(
            app_client,
            select(func.count())
            .select_from(WebhookReceipt)
            .where(WebhookReceipt.resource_id == event["data"]["id"]),
        )
        == 0
    )


async def test_created_then_updated_upserts_once_per_message(
    app_client: httpx.AsyncClient, settings: Settings
) -> None:
    clerk_id = new_clerk_id()
    body, headers = signed({"type": "user.created", "data": clerk_user(clerk_id, "r@example.com")})
    first = await post(app_client, body, headers)
    replay = await post(app_client, body, headers)
    assert first.status_code == 200, first.text
    assert first.json()["status"] == "upserted"
    assert replay.json()["status"] == "duplicate"
    assert replay.json()["user_id"] == first.json()["user_id"]
    updated = clerk_user(clerk_id, "new@example.com", first="Ravindra")
    response = await post(app_client, *signed({"type": "user.updated", "data": updated}))
    assert response.json() == {**first.json(), "event": "user.updated"}
    token = mint_dev_token(settings.data_dir, clerk_id)
    me = await app_client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert (me.json()["email"], me.json()["name"]) == ("new@example.com", "Ravindra Kumar")
    assert me.json()["id"] == first.json()["user_id"]
    users = select(func.count()).select_from(User).where(User.external_id == clerk_id)
    assert await count(app_client, users) == 1


async def test_user_deleted_leaves_no_rows_and_no_files(
    app_client: httpx.AsyncClient, settings: Settings
) -> None:
    clerk_id = new_clerk_id()
    created = await post(
        app_client, *signed({"type": "user.created", "data": clerk_user(clerk_id, "d@x.org")})
    )
    user_id = created.json()["user_id"]
    auth = {"Authorization": f"Bearer {mint_dev_token(settings.data_dir, clerk_id)}"}
    upload = await app_client.post(
        "/api/resumes", headers=auth, files={"file": ("cv.txt", RESUME.encode(), "text/plain")}
    )
    assert upload.status_code == 201, upload.text
    files = Path(settings.data_dir) / "files" / "users" / user_id
    assert any(p.is_file() for p in files.rglob("*"))

    deleted = {"type": "user.deleted", "data": {"id": clerk_id, "deleted": True, "object": "user"}}
    body, headers = signed(deleted)
    response = await post(app_client, body, headers)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "deleted"
    assert (await post(app_client, body, headers)).json()["status"] == "duplicate"

    assert not files.exists()
    for model, column in (
        (User, User.id),
        (Resume, Resume.user_id),
        (WebhookReceipt, WebhookReceipt.user_id),
    ):
        statement = select(func.count()).select_from(model).where(column == user_id)
        assert await count(app_client, statement) == 0, model.__name__

    late = await post(
        app_client, *signed({"type": "user.updated", "data": clerk_user(clerk_id, "d@x.org")})
    )
    assert late.json()["status"] == "ignored"
    users = select(func.count()).select_from(User).where(User.external_id == clerk_id)
    assert await count(app_client, users) == 0


async def test_unknown_events_are_acknowledged(app_client: httpx.AsyncClient) -> None:
    response = await post(app_client, *signed({"type": "session.created", "data": {"id": "s"}}))
    assert response.status_code == 200
    assert response.json()["status"] == "ignored"


@pytest.mark.parametrize("data", [{}, {"id": ""}])
async def test_user_event_without_id_is_400(
    app_client: httpx.AsyncClient, data: dict[str, Any]
) -> None:
    response = await post(app_client, *signed({"type": "user.created", "data": data}))
    assert response.status_code == 400
