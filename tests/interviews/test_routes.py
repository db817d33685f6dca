"""Interview routes end to end on both databases."""

from __future__ import annotations

import asyncio

import httpx
from tests.factories import RESUME_TEXT

PROBLEM = "application/problem+json"
GOOD_ANSWER = (
    "An index is a separate sorted structure, usually a B-tree, that maps key values to rows. "
    "It turns a full table scan into a logarithmic lookup, so reads get much faster. "
    "The cost is slower writes and extra storage, because every insert and update must also "
    "maintain the index, so I add indexes based on the real query patterns."
)


async def _start(client: httpx.AsyncClient, headers: dict[str, str], **body: object) -> dict:
    payload = {"domain": "backend", "level": "entry", "count": 4, **body}
    response = await client.post("/api/interview/start", headers=headers, json=payload)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_start_returns_questions_without_rubric(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    body = await _start(app_client, alice)
    assert body["interview_id"]
    assert len(body["questions"]) == 4
    assert len({q["id"] for q in body["questions"]}) == 4
    assert all("key_points" not in q and "model_answer" not in q for q in body["questions"])
    assert body["progress"]["label"] == "question 1 of 4"


async def test_answer_replace_complete_and_report(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    interview = await _start(app_client, alice, count=3)
    iid = interview["interview_id"]
    first = await app_client.post(
        f"/api/interview/{iid}/answer",
        headers=alice,
        json={"question_index": 0, "answer": "I don't know"},
    )
    assert first.status_code == 200, first.text
    evaluation = first.json()["evaluation"]
    assert evaluation["score"] <= 20
    assert evaluation["strengths"] == []
    assert first.json()["replaced"] is False
    assert first.json()["progress"]["label"] == "question 2 of 3"

    again = await app_client.post(
        f"/api/interview/{iid}/answer",
        headers=alice,
        json={"question_index": 0, "answer": GOOD_ANSWER},
    )
    assert again.json()["replaced"] is True
    assert again.json()["revision"] == 2
    state = (await app_client.get(f"/api/interview/{iid}", headers=alice)).json()
    assert len(state["answers"]) == 1
    assert state["answers"][0]["answer"] == GOOD_ANSWER

    done = await app_client.post(f"/api/interview/{iid}/complete", headers=alice)
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["score"] == body["report"]["overall_score"]
    assert len(body["answers"]) == 1
    assert body["report"]["answered_count"] == 1
    assert body["report"]["question_count"] == 3

    late = await app_client.post(
        f"/api/interview/{iid}/answer",
        headers=alice,
        json={"question_index": 1, "answer": GOOD_ANSWER},
    )
    assert late.status_code == 409
    assert late.headers["content-type"] == PROBLEM

    html = await app_client.get(f"/api/interview/{iid}/report?format=html", headers=alice)
    assert html.status_code == 200
    assert html.headers["content-type"].startswith("text/html")
    assert "<svg" in html.text
    pdf = await app_client.get(f"/api/interview/{iid}/report?format=pdf", headers=alice)
    assert pdf.content.startswith(b"%PDF")

    history = (await app_client.get("/api/interviews/history", headers=alice)).json()
    assert history["completed"] == 1


async def test_concurrent_answers_are_all_kept(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    iid = (await _start(app_client, alice, count=5))["interview_id"]
    responses = await asyncio.gather(
        *[
            app_client.post(
                f"/api/interview/{iid}/answer",
                headers=alice,
                json={"question_index": i, "answer": f"{GOOD_ANSWER} ({i})"},
            )
            for i in range(5)
        ]
    )
    assert [r.status_code for r in responses] == [200] * 5
    state = (await app_client.get(f"/api/interview/{iid}", headers=alice)).json()
    assert sorted(a["question_index"] for a in state["answers"]) == [0, 1, 2, 3, 4]


async def test_bad_input(app_client: httpx.AsyncClient, alice: dict[str, str]) -> None:
    iid = (await _start(app_client, alice, count=2))["interview_id"]
    out_of_range = await app_client.post(
        f"/api/interview/{iid}/answer", headers=alice, json={"question_index": 2, "answer": "x"}
    )
    assert out_of_range.status_code == 422
    for body in (
        {"domain": "backend", "count": 0},
        {"domain": "backend", "count": 21},
        {},
        {"domain": "backend", "level": "guru"},
    ):
        response = await app_client.post("/api/interview/start", headers=alice, json=body)
        assert response.status_code == 422, body
    unknown = await app_client.post(
        "/api/interview/start", headers=alice, json={"domain": "underwater basket weaving"}
    )
    assert unknown.status_code == 422
    no_answers = await app_client.post(f"/api/interview/{iid}/complete", headers=alice)
    assert no_answers.status_code == 422
    too_long = await app_client.post(
        f"/api/interview/{iid}/answer",
        headers=alice,
        json={"question_index": 0, "answer": "a" * 10_001},
    )
    assert too_long.status_code == 422


async def test_other_users_interview_is_404(
    app_client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    iid = (await _start(app_client, alice, count=1))["interview_id"]
    for method, path, body in (
        ("GET", f"/api/interview/{iid}", None),
        ("POST", f"/api/interview/{iid}/answer", {"question_index": 0, "answer": GOOD_ANSWER}),
        ("POST", f"/api/interview/{iid}/complete", None),
        ("GET", f"/api/interview/{iid}/report", None),
    ):
        response = await app_client.request(method, path, headers=bob, json=body)
        assert response.status_code == 404, (method, path)
    assert (await app_client.get("/api/interviews", headers=bob)).json()["total"] == 0
    assert (await app_client.get("/api/interviews", headers=alice)).json()["total"] == 1


async def test_custom_questions_and_resume_tailoring(
    app_client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    custom = await _start(
        app_client,
        alice,
        custom_questions=[
            {
                "text": "Explain how you would design a URL shortener.",
                "key_points": [
                    "Hashing or counters produce short keys",
                    "A database maps keys to URLs",
                    "Caching serves hot links",
                ],
            }
        ],
    )
    assert [q["source"] for q in custom["questions"]] == ["custom"]
    resume = await app_client.post(
        "/api/resume/analyze", headers=alice, json={"resume_text": RESUME_TEXT}
    )
    rid = resume.json()["resume_id"]
    tailored = await _start(app_client, alice, resume_id=rid, count=3)
    assert len(tailored["questions"]) == 3
    stolen = await app_client.post(
        "/api/interview/start", headers=bob, json={"domain": "backend", "resume_id": rid}
    )
    assert stolen.status_code == 404


async def test_recent_questions_are_avoided(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    first = {q["id"] for q in (await _start(app_client, alice, count=5))["questions"]}
    second = {q["id"] for q in (await _start(app_client, alice, count=5))["questions"]}
    assert not first & second


async def test_role_without_a_bank_gets_general_questions_and_says_so(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    body = await _start(app_client, alice, domain=None, role="Accountant", count=4)
    assert body["domain"] == "general"
    assert "Accountant" in body["notes"][0]
    assert {q["id"].split("-")[0] for q in body["questions"]} == {"behavioural_hr", "aptitude"}
    unknown = await app_client.post(
        "/api/interview/start", headers=alice, json={"role": "Quantum Basket Weaver"}
    )
    assert unknown.status_code == 422
    assert unknown.json()["closest"]


async def test_start_from_a_resume_uses_its_target_role(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    resume = await app_client.post(
        "/api/resume/analyze",
        headers=alice,
        json={"resume_text": RESUME_TEXT, "target_role": "Backend Developer"},
    )
    rid = resume.json()["resume_id"]
    body = await _start(app_client, alice, domain=None, resume_id=rid, count=3)
    assert body["domain"] == "backend"
    assert body["role"] == "Backend Developer"
