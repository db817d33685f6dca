"""The signed-in user's profile, data export and erasure."""

from __future__ import annotations

from pathlib import Path

import httpx
from tests.factories import RESUME_TEXT, pdf_bytes


async def test_me_export_and_delete(
    app_client: httpx.AsyncClient, alice: dict[str, str], bob: dict[str, str], data_dir: Path
) -> None:
    me = (await app_client.get("/api/me", headers=alice)).json()
    assert me["external_id"].startswith("alice-")
    upload = await app_client.post(
        "/api/resumes", headers=alice, files={"file": ("cv.pdf", pdf_bytes(), "application/pdf")}
    )
    rid = upload.json()["resume_id"]
    await app_client.post("/api/interview/start", headers=alice, json={"domain": "backend"})
    await app_client.post("/api/learning/plan", headers=alice, json={"gaps": ["Docker"]})
    await app_client.post(
        "/api/resume/analyze",
        headers=bob,
        json={"resume_text": RESUME_TEXT.replace("Asha Rao", "Bob Das")},
    )

    export = (await app_client.get("/api/me/export", headers=alice)).json()
    assert [r["id"] for r in export["resumes"]] == [rid]
    assert len(export["interviews"]) == 1
    assert len(export["learning_plans"]) == 1

    files = data_dir / "files" / "users" / me["id"]
    assert any(p.is_file() for p in files.rglob("*"))
    report = (await app_client.delete("/api/me", headers=alice)).json()
    assert report == {
        "deleted": True,
        "resumes": 1,
        "interviews": 1,
        "learning_plans": 1,
        "files": 1,
    }
    assert not files.exists() or not any(p.is_file() for p in files.rglob("*"))

    again = (await app_client.get("/api/me/export", headers=alice)).json()
    assert again["resumes"] == again["interviews"] == again["learning_plans"] == []
    assert (await app_client.get("/api/resumes", headers=bob)).json()["total"] == 1
