"""Resume routes end to end on both databases: success, ownership and bad input."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from tests.factories import (
    PNG_BYTES,
    RESUME_TEXT,
    docx_bytes,
    encrypted_pdf_bytes,
    many_pages_pdf,
    pdf_bytes,
    zip_bomb_docx,
)

PROBLEM = "application/problem+json"


async def _analyze(client: httpx.AsyncClient, headers: dict[str, str], **body: object) -> dict:
    response = await client.post(
        "/api/resume/analyze", headers=headers, json={"resume_text": RESUME_TEXT, **body}
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_analyze_text_returns_resume_id_and_analysis(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    body = await _analyze(app_client, alice, target_role="Backend Developer")
    assert body["resume_id"]
    analysis = body["analysis"]
    assert analysis["engine"].startswith("offline")
    assert analysis["resume"]["basics"]["email"] == "asha.rao@example.com"
    assert 0 <= analysis["score"]["total"] <= 100
    assert analysis["role_match"] is not None
    names = {skill["name"] for skill in analysis["skills"]}
    assert {"Python", "Docker", "PostgreSQL"} <= names


async def test_get_list_and_jsonresume_format(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    created = await _analyze(app_client, alice)
    rid = created["resume_id"]
    got = await app_client.get(f"/api/resume/{rid}", headers=alice)
    assert got.status_code == 200
    assert got.json()["analysis"] == created["analysis"]
    document = (await app_client.get(f"/api/resume/{rid}?format=jsonresume", headers=alice)).json()
    assert document["basics"]["name"] == "Asha Rao"
    assert document["work"][0]["startDate"] == "2022-01"
    await _analyze(app_client, alice)
    page = (await app_client.get("/api/resumes?limit=1", headers=alice)).json()
    assert page["total"] == 2
    assert len(page["items"]) == 1
    assert page["items"][0]["name"] == "Asha Rao"


async def test_other_users_resume_is_404(
    app_client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    rid = (await _analyze(app_client, alice))["resume_id"]
    for method, path in (("GET", f"/api/resume/{rid}"), ("DELETE", f"/api/resume/{rid}")):
        response = await app_client.request(method, path, headers=bob)
        assert response.status_code == 404
        assert response.headers["content-type"] == PROBLEM
        assert "Asha" not in response.text
    assert (await app_client.get("/api/resumes", headers=bob)).json()["total"] == 0
    assert (await app_client.get(f"/api/resume/{rid}", headers=alice)).status_code == 200


@pytest.mark.parametrize(
    ("make", "filename"),
    [(pdf_bytes, "cv.pdf"), (docx_bytes, "cv.docx"), (lambda: RESUME_TEXT.encode(), "cv.txt")],
)
async def test_upload_each_format(
    app_client: httpx.AsyncClient,
    alice: dict[str, str],
    make: object,
    filename: str,
    settings: object,
) -> None:
    data = make()  # type: ignore[operator]
    response = await app_client.post(
        "/api/resumes",
        headers=alice,
        files={"file": (filename, data, "application/octet-stream")},
        data={"target_role": "Backend Developer"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["analysis"]["resume"]["basics"]["email"] == "asha.rao@example.com"
    assert body["filename"] == filename


async def test_delete_removes_row_and_file(
    app_client: httpx.AsyncClient, alice: dict[str, str], data_dir: Path
) -> None:
    response = await app_client.post(
        "/api/resumes", headers=alice, files={"file": ("cv.pdf", pdf_bytes(), "application/pdf")}
    )
    rid = response.json()["resume_id"]
    stored = [p for p in (data_dir / "files").rglob("*") if p.is_file() and rid in str(p)]
    assert len(stored) == 1
    assert (await app_client.delete(f"/api/resume/{rid}", headers=alice)).status_code == 204
    assert not stored[0].exists()
    assert (await app_client.get(f"/api/resume/{rid}", headers=alice)).status_code == 404


async def _count(client: httpx.AsyncClient, headers: dict[str, str]) -> int:
    return int((await client.get("/api/resumes", headers=headers)).json()["total"])


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        (("cv.png", PNG_BYTES), 415),
        (("cv.pdf", b"MZ\x90\x00" + b"\x00" * 200), 415),
        (("cv.pdf", b""), 422),
        (("cv.pdf", encrypted_pdf_bytes()), 422),
        (("cv.txt", b"   \n\n  "), 422),
        (("cv.docx", zip_bomb_docx()), 413),
        (("cv.pdf", many_pages_pdf()), 413),
        (("cv.zip", b"PK\x03\x04" + b"\x00" * 100), 415),
    ],
)
async def test_bad_uploads_are_refused_and_nothing_stored(
    app_client: httpx.AsyncClient,
    alice: dict[str, str],
    payload: tuple[str, bytes],
    status: int,
    data_dir: Path,
) -> None:
    before = sorted((data_dir / "files").rglob("*")) if (data_dir / "files").exists() else []
    response = await app_client.post("/api/resumes", headers=alice, files={"file": payload})
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["detail"]
    assert await _count(app_client, alice) == 0
    after = sorted((data_dir / "files").rglob("*")) if (data_dir / "files").exists() else []
    assert before == after


async def test_oversized_upload_is_413(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    big = b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024 + 10)
    response = await app_client.post(
        "/api/resumes", headers=alice, files={"file": ("big.pdf", big, "application/pdf")}
    )
    assert response.status_code == 413
    assert await _count(app_client, alice) == 0


async def test_text_limits_and_malformed_json(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    too_long = await app_client.post(
        "/api/resume/analyze", headers=alice, json={"resume_text": "a" * 50_001}
    )
    assert too_long.status_code == 413
    empty = await app_client.post("/api/resume/analyze", headers=alice, json={"resume_text": " "})
    assert empty.status_code == 422
    short = await app_client.post("/api/resume/analyze", headers=alice, json={"resume_text": "hi"})
    assert short.status_code == 422
    assert "too short" in short.json()["detail"]
    missing = await app_client.post("/api/resume/analyze", headers=alice, json={})
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["location"] == "body.resume_text"
    malformed = await app_client.post(
        "/api/resume/analyze",
        headers=alice | {"content-type": "application/json"},
        content=b'{"resume_text": ',
    )
    assert malformed.status_code == 400
    assert malformed.headers["content-type"] == PROBLEM
    assert await _count(app_client, alice) == 0


async def test_unknown_role_names_closest_roles(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    response = await app_client.post(
        "/api/resume/analyze",
        headers=alice,
        json={"resume_text": RESUME_TEXT, "target_role": "Quantum Basket Weaver"},
    )
    assert response.status_code == 422
    assert response.json()["closest"]
    assert await _count(app_client, alice) == 0
