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


async def _status(
    client: httpx.AsyncClient, headers: dict[str, str], pid: str, item_id: str, status: str
) -> None:
    response = await client.patch(
        f"/api/learning/plan/{pid}/items/{item_id}", headers=headers, json={"status": status}
    )
    assert response.status_code == 200, response.text


async def test_replan_after_skipping_keeps_the_other_skills(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    plan = await _plan(app_client, alice, gaps=["React", "JavaScript", "Jenkins", "CI/CD"])
    pid = plan["plan_id"]
    before = {item["skill"] for item in plan["items"]}
    assert {"React", "JavaScript", "Jenkins", "CI/CD"} <= before
    for item in plan["items"]:
        if item["skill"] in {"React", "Jenkins"}:
            await _status(app_client, alice, pid, item["item_id"], "skipped")
    for _ in range(2):  # a second re-plan still leaves the skipped skills out
        replanned = await app_client.post(
            f"/api/learning/plan/{pid}/replan", headers=alice, json={}
        )
        assert replanned.status_code == 200, replanned.text
        after = replanned.json()
        planned = {item["skill"] for item in after["items"]}
        assert {"JavaScript", "CI/CD", "HTML", "Git"} <= planned <= before - {"React", "Jenkins"}
        assert {(s["skill"], s["reason"]) for s in after["skipped_skills"]} == {
            ("React", "You skipped it."),
            ("Jenkins", "You skipped it."),
        }


async def test_skills_from_the_request_are_not_said_to_be_on_a_resume(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    plan = await _plan(app_client, alice, gaps=["Docker", "Git"], have=["git"])
    assert [(s["skill"], s["reason"]) for s in plan["skipped_skills"]] == [
        ("Git", "You said you already have it.")
    ]


DOCKER_POINTS = [
    "An image is a read-only template built from a Dockerfile",
    "A container is a running instance of an image with its own filesystem and processes",
    "Layers are cached so rebuilding after a small change is fast",
]
DOCKER_ANSWER = (
    "An image is a read-only template built from a Dockerfile, layer by layer. A container is "
    "a running instance of an image with its own filesystem, network and processes. Layers are "
    "cached, so rebuilding after a small change is fast. In my last project I wrote a "
    "multi-stage Dockerfile for our Flask API that cut the image from 900 MB to 120 MB, and we "
    "ran one container per service with docker compose for local development."
)


async def test_plan_from_an_interview_covers_its_weak_skills_not_the_whole_role(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    questions = [
        {
            "text": "What is the difference between a Docker image and a container?",
            "key_points": DOCKER_POINTS,
            "model_answer": DOCKER_ANSWER,
            "skills": ["Docker"],
        },
        {
            "text": "How does a Kubernetes Deployment roll out a new version?",
            "key_points": ["It replaces pods gradually", "Readiness probes gate the rollout"],
            "skills": ["Kubernetes"],
        },
    ]
    started = await app_client.post(
        "/api/interview/start",
        headers=alice,
        json={"role": "Backend Developer", "custom_questions": questions},
    )
    assert started.status_code == 201, started.text
    iid = started.json()["interview_id"]
    for index, answer in enumerate([DOCKER_ANSWER, "I don't know"]):
        answered = await app_client.post(
            f"/api/interview/{iid}/answer",
            headers=alice,
            json={"question_index": index, "answer": answer},
        )
        assert answered.status_code == 200, answered.text
    report = (await app_client.post(f"/api/interview/{iid}/complete", headers=alice)).json()
    assert report["report"]["next_steps"] == ["Kubernetes"], report["report"]["per_question"]
    plan = await _plan(app_client, alice, interview_id=iid)
    assert plan["target_role"] == "Backend Developer"
    items = {item["skill"]: item for item in plan["items"]}
    assert items["Kubernetes"]["importance"] == "required"
    assert all(item["is_prerequisite"] for skill, item in items.items() if skill != "Kubernetes")
    assert "Docker" not in items  # answered well: not pulled in as Kubernetes' prerequisite
    whole_role = await _plan(app_client, alice, interview_id=iid, target_role="Backend Developer")
    assert len(whole_role["items"]) > len(plan["items"])
    assert ("Docker", "You answered it well in your interview.") in {
        (s["skill"], s["reason"]) for s in whole_role["skipped_skills"]
    }
