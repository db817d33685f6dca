"""Learning-plan routes end to end on both databases."""

from __future__ import annotations

import httpx
from tests.factories import RESUME_TEXT


async def _plan(client: httpx.AsyncClient, headers: dict[str, str], **body: object) -> dict:
    payload = body or {"gaps": ["Docker", "Kubernetes"], "target_role": "DevOps Engineer"}
    response = await client.post("/api/learning/plan", headers=headers, json=payload)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_plan_from_gaps_has_real_resources(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    plan = await _plan(app_client, alice)
    assert plan["plan_id"]
    assert plan["resources"]
    assert all(r["url"].startswith("https://") for r in plan["resources"])
    skills = [item["skill"] for item in plan["items"]]
    assert skills.index("Docker") < skills.index("Kubernetes")
    assert plan["progress"]["percent"] == 0
    assert plan["schedule"]


async def test_item_status_progress_and_replan(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    plan = await _plan(app_client, alice)
    pid, first = plan["plan_id"], plan["items"][0]
    patched = await app_client.patch(
        f"/api/learning/plan/{pid}/items/{first['item_id']}", headers=alice, json={"status": "done"}
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["item"]["status"] == "done"
    assert patched.json()["progress"]["percent"] > 0
    bad = await app_client.patch(
        f"/api/learning/plan/{pid}/items/{first['item_id']}",
        headers=alice,
        json={"status": "finished"},
    )
    assert bad.status_code == 422
    missing = await app_client.patch(
        f"/api/learning/plan/{pid}/items/nope", headers=alice, json={"status": "done"}
    )
    assert missing.status_code == 404
    replanned = await app_client.post(
        f"/api/learning/plan/{pid}/replan", headers=alice, json={"hours_per_week": 10}
    )
    assert replanned.status_code == 200, replanned.text
    after = replanned.json()
    assert after["hours_per_week"] == 10
    done = [i for i in after["items"] if i["status"] == "done"]
    assert [i["skill"] for i in done] == [first["skill"]]


async def test_plan_from_resume_and_exports(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    resume = await app_client.post(
        "/api/resume/analyze",
        headers=alice,
        json={"resume_text": RESUME_TEXT, "target_role": "Backend Developer"},
    )
    rid = resume.json()["resume_id"]
    plan = await _plan(app_client, alice, resume_id=rid)
    planned = {item["skill"] for item in plan["items"]}
    assert "Python" not in planned  # already on the resume
    pid = plan["plan_id"]
    markdown = await app_client.get(
        f"/api/learning/plan/{pid}/export?format=markdown", headers=alice
    )
    assert "- [ ]" in markdown.text
    ical = await app_client.get(f"/api/learning/plan/{pid}/export?format=ical", headers=alice)
    assert ical.text.startswith("BEGIN:VCALENDAR")
    listed = (await app_client.get("/api/learning/plans", headers=alice)).json()
    assert listed["total"] == 1


async def test_other_users_plan_is_404_and_bad_input(
    app_client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    plan = await _plan(app_client, alice)
    pid, item = plan["plan_id"], plan["items"][0]["item_id"]
    for method, path, body in (
        ("GET", f"/api/learning/plan/{pid}", None),
        ("PATCH", f"/api/learning/plan/{pid}/items/{item}", {"status": "done"}),
        ("POST", f"/api/learning/plan/{pid}/replan", {}),
        ("GET", f"/api/learning/plan/{pid}/export", None),
    ):
        response = await app_client.request(method, path, headers=bob, json=body)
        assert response.status_code == 404, (method, path)
    for body in (
        {},
        {"gaps": ["Docker"], "hours_per_week": 0},
        {"gaps": [""]},
        {"gaps": ["x"] * 51},
    ):
        response = await app_client.post("/api/learning/plan", headers=alice, json=body)
        assert response.status_code == 422, body


async def test_plan_from_a_completed_interview_targets_its_weak_skills(
    app_client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    started = await app_client.post(
        "/api/interview/start", headers=alice, json={"domain": "backend", "count": 2}
    )
    iid = started.json()["interview_id"]
    early = await app_client.post("/api/learning/plan", headers=alice, json={"interview_id": iid})
    assert early.status_code == 409
    await app_client.post(
        f"/api/interview/{iid}/answer",
        headers=alice,
        json={"question_index": 0, "answer": "I don't know"},
    )
    report = (await app_client.post(f"/api/interview/{iid}/complete", headers=alice)).json()
    weak = report["report"]["next_steps"]
    assert weak
    plan = await _plan(app_client, alice, interview_id=iid)
    planned = {item["skill"] for item in plan["items"]}
    assert set(weak) & planned
    stolen = await app_client.post("/api/learning/plan", headers=bob, json={"interview_id": iid})
    assert stolen.status_code == 404
