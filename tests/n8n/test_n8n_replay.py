"""Replay each n8n workflow, node by node, against the app with the credentials it expects."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx

from tests.n8n.n8n_runner import WorkflowRunner
from tests.webhooks.conftest import N8N_SECRET
from vidyamitra.auth.dev import mint_dev_token
from vidyamitra.core.settings import Settings

N8N_DIR = Path(__file__).resolve().parents[2] / "n8n"
RESUME = (
    "Meera Iyer\nmeera@example.com\n\nExperience\nData Analyst, Lumen Retail  2021 – Present\n"
    "- Built SQL dashboards in Tableau used by 40 store managers\n\n"
    "Education\nB.Sc. Statistics, University of Pune, 2020\n\nSkills\nSQL, Python, Pandas, Excel"
)


def workflow(name: str) -> dict[str, Any]:
    return json.loads((N8N_DIR / name).read_text(encoding="utf-8"))


def credential_headers(api_token: str) -> dict[str, dict[str, str]]:
    """Header values for the credential placeholders named in n8n/credentials.json."""
    values = {"X-Webhook-Secret": N8N_SECRET, "Authorization": f"Bearer {api_token}"}
    spec = json.loads((N8N_DIR / "credentials.json").read_text(encoding="utf-8"))
    return {
        c["name"]: {c["header"]: values[c["header"]]} for c in spec["credentials"] if c["header"]
    }


def runner(name: str, client: httpx.AsyncClient, token: str) -> WorkflowRunner:
    return WorkflowRunner(
        workflow(name),
        client,
        credential_headers(token),
        overrides={"Config": {"base_url": str(client.base_url).rstrip("/")}},
    )


def user_token(settings: Settings, email: str | None = None) -> str:
    return mint_dev_token(settings.data_dir, f"n8n-{uuid.uuid4().hex[:8]}", email=email)


async def test_resume_analysis_workflow(app_client: httpx.AsyncClient, settings: Settings) -> None:
    token = user_token(settings)
    auth = {"Authorization": f"Bearer {token}"}
    ticket = (await app_client.post("/api/resume/upload-ticket", headers=auth)).json()["ticket"]
    result = await runner("resume-analysis.json", app_client, token).run(
        {"ticket": ticket, "data": {"resume_text": RESUME, "target_role": "Data Analyst"}}
    )
    assert [(c.method, c.path, c.status) for c in result.calls] == [
        ("POST", "/webhook/resume", 201)
    ]
    assert result.calls[0].headers == {"X-Webhook-Secret": N8N_SECRET}
    [answer] = result.responses
    mine = await app_client.get(f"/api/resume/{answer['resume_id']}", headers=auth)
    assert mine.status_code == 200
    assert answer["analysis"] == mine.json()["analysis"]


async def test_interview_loop_workflow(app_client: httpx.AsyncClient, settings: Settings) -> None:
    token = user_token(settings)
    answers = [
        "An index is a sorted structure (usually a B-tree) that lets the database find rows "
        "without scanning the table; it speeds reads but slows writes and uses space.",
        "I would profile first, look at the slow query log and EXPLAIN plans, then add an "
        "index or cache, and measure again before and after the change.",
    ]
    result = await runner("interview-loop.json", app_client, token).run(
        {"interview": {"domain": "backend", "level": "entry", "count": 2}, "answers": answers}
    )
    calls = [(c.method, c.path.rsplit("/", 1)[-1], c.status) for c in result.calls]
    assert calls == [
        ("POST", "start", 201),
        ("POST", "answer", 200),
        ("POST", "answer", 200),
        ("POST", "complete", 200),
    ]
    assert all(c.headers == {"Authorization": f"Bearer {token}"} for c in result.calls)
    [report] = result.responses
    assert report["status"] == "completed"
    assert [a["answer"] for a in report["answers"]] == answers


async def test_weekly_learning_reminder_workflow(
    app_client: httpx.AsyncClient, settings: Settings
) -> None:
    token = user_token(settings, email="meera@example.com")
    auth = {"Authorization": f"Bearer {token}"}
    plan = await app_client.post(
        "/api/learning/plan", json={"gaps": ["Docker", "SQL"]}, headers=auth
    )
    assert plan.status_code == 201, plan.text
    result = await runner("weekly-learning-reminder.json", app_client, token).run({})
    assert [(c.method, c.path, c.status) for c in result.calls] == [
        ("GET", "/api/me", 200),
        ("GET", "/api/learning/plans", 200),
    ]
    [email] = result.emails
    assert email["toEmail"] == "meera@example.com"
    assert "% done" in email["subject"]
    assert "items finished" in email["text"]
    assert "{{" not in email["text"]


async def test_reminder_sends_nothing_without_plans(
    app_client: httpx.AsyncClient, settings: Settings
) -> None:
    result = await runner("weekly-learning-reminder.json", app_client, user_token(settings)).run({})
    assert len(result.calls) == 2
    assert result.emails == []
