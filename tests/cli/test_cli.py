"""The command line, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.factories import RESUME_TEXT, docx_bytes, pdf_bytes

from vidyamitra.auth.factory import build_verifier
from vidyamitra.core.settings import Settings


def _run(
    args: list[str], tmp_path: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VIDYAMITRA_DATA_DIR": str(tmp_path / "data"), "LOG_LEVEL": "WARNING"}
    return subprocess.run(
        [sys.executable, "-m", "vidyamitra.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


async def test_dev_token_is_accepted_by_the_verifier(tmp_path: Path) -> None:
    result = _run(["dev-token", "--user", "alice"], tmp_path)
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip()
    assert token.count(".") == 2 and "\n" not in token
    import httpx

    settings = Settings.model_validate({"VIDYAMITRA_DATA_DIR": tmp_path / "data"})
    async with httpx.AsyncClient() as http:
        identity = await build_verifier(settings, http).verify(token)
    assert identity.subject == "alice"


def test_analyze_json_prints_jsonresume_member(tmp_path: Path) -> None:
    resume = tmp_path / "asha.pdf"
    resume.write_bytes(pdf_bytes())
    result = _run(["analyze", str(resume), "--role", "Backend Developer", "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["resume"]["basics"]["email"] == "asha.rao@example.com"
    assert document["engine"].startswith("offline")
    assert document["role_match"]["role_id"]


def test_analyze_folder_prints_table_and_writes_csv_and_jsonl(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(pdf_bytes())
    (folder / "b.docx").write_bytes(docx_bytes())
    (folder / "c.txt").write_text(RESUME_TEXT)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    out_csv, out_jsonl = tmp_path / "out.csv", tmp_path / "out.jsonl"
    result = _run(
        ["analyze", str(folder), "--csv", str(out_csv), "--jsonl", str(out_jsonl)], tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "4/4" in result.stderr  # progress
    assert "Asha Rao" in result.stdout and "error" in result.stdout
    assert len(out_csv.read_text().strip().splitlines()) == 5
    records = [json.loads(line) for line in out_jsonl.read_text().splitlines()]
    assert sum("error" in r for r in records) == 1


def test_analyze_unknown_role_fails_clearly(tmp_path: Path) -> None:
    resume = tmp_path / "asha.txt"
    resume.write_text(RESUME_TEXT)
    result = _run(["analyze", str(resume), "--role", "Quantum Basket Weaver"], tmp_path)
    assert result.returncode == 2
    assert "error:" in result.stderr


def test_evaluate_jsonl_from_stdin(tmp_path: Path) -> None:
    lines = "\n".join(
        [
            json.dumps(
                {
                    "question": "What is a database index?",
                    "answer": "I don't know",
                    "key_points": ["A sorted structure mapping keys to rows"],
                }
            ),
            json.dumps(
                {
                    "question": "What is a database index?",
                    "answer": "A B-tree that maps key values to rows so lookups avoid a full "
                    "scan; it slows writes because each insert updates it.",
                }
            ),
            "not json",
        ]
    )
    result = _run(["evaluate", "--jsonl", "-"], tmp_path, stdin=lines)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[0]["score"] <= 20 and out[0]["strengths"] == []
    assert out[1]["score"] > out[0]["score"]
    assert "error" in out[2]


@pytest.mark.parametrize("as_json", [True, False])
def test_plan_for_a_role(tmp_path: Path, as_json: bool) -> None:
    args = ["plan", "--role", "Data Analyst", "--have", "Excel", "--hours-per-week", "8"]
    result = _run([*args, "--json"] if as_json else args, tmp_path)
    assert result.returncode == 0, result.stderr
    if as_json:
        plan = json.loads(result.stdout)
        assert plan["hours_per_week"] == 8
        assert all(i["skill"] != "Excel" for i in plan["items"])
    else:
        assert "http" in result.stdout


def test_production_without_safe_settings_refuses_and_says_why(tmp_path: Path) -> None:
    env_run = subprocess.run(
        [sys.executable, "-m", "vidyamitra.cli.main", "serve", "--port", "1"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={
            **os.environ,
            "VIDYAMITRA_ENV": "production",
            "CORS_ORIGINS": "*",
            "VIDYAMITRA_DATA_DIR": str(tmp_path),
        },
    )
    assert env_run.returncode == 2
    assert "development sign-in" in env_run.stderr
    assert "SQLite" in env_run.stderr
    assert "wildcard" in env_run.stderr
    assert "Traceback" not in env_run.stderr
