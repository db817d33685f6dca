"""The loader accepts the packaged bank and refuses malformed files with every problem listed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from vidyamitra.ai.offline.questionbank import QuestionBankError, load_question_bank
from vidyamitra.ai.offline.skills.taxonomy import load_taxonomy

MY_DOMAINS = ("qa_testing", "product", "business_analyst", "ui_ux", "behavioural_hr", "aptitude")


def test_packaged_bank_validates_and_is_consistent() -> None:
    bank = load_question_bank()
    assert len({q.id for q in bank.questions}) == len(bank.questions)
    for info in bank.domains:
        own = [q for q in bank.questions if q.domain == info.id]
        assert info.count == len(own)
        assert all(q.id.startswith(f"{info.id}-") for q in own)
        assert info.roles
    assert all(q.source == "bank" and q.model_answer for q in bank.questions)


@pytest.mark.parametrize("domain", MY_DOMAINS)
def test_packaged_domains_have_45_questions_in_every_level(domain: str) -> None:
    bank = load_question_bank()
    own = [q for q in bank.questions if q.domain == domain]
    assert len(own) >= 45
    assert set(Counter(q.level for q in own)) == {"entry", "mid", "senior"}


@pytest.mark.parametrize("domain", MY_DOMAINS)
def test_packaged_skills_are_canonical_taxonomy_names(domain: str) -> None:
    taxonomy = load_taxonomy()
    skills = {s for q in load_question_bank().questions if q.domain == domain for s in q.skills}
    assert {s for s in skills if taxonomy.canonical(s) != s} == set()


def test_packaged_bank_has_600_questions_across_15_domains() -> None:
    bank = load_question_bank()
    assert len(bank.questions) >= 600
    assert len(bank.domains) >= 15


def test_loads_a_folder_into_questions_domains_and_topics(write_bank: Any, question: Any) -> None:
    folder = write_bank({"backend": [question("backend", 1, skills=("SQL",))]})
    bank = load_question_bank(folder)
    loaded = bank.get("backend-001")
    assert loaded is not None
    assert loaded.domain == "backend"
    assert loaded.skills == ["SQL"]
    assert bank.topics("backend-001") == ("testing",)
    assert bank.get("backend-999") is None
    assert [(d.id, d.count, d.roles) for d in bank.domains] == [
        ("backend", 1, ("backend-engineer",))
    ]


def test_refuses_duplicate_ids_across_files(write_bank: Any, question: Any) -> None:
    dup = question("backend", 1)
    folder = write_bank({"backend": [dup, dup], "frontend": [question("frontend", 1)]})
    other = (folder / "frontend.yaml").read_text().replace("frontend-001", "backend-001")
    (folder / "frontend.yaml").write_text(other)
    with pytest.raises(QuestionBankError) as caught:
        load_question_bank(folder)
    duplicates = [p for p in caught.value.problems if "duplicate question id 'backend-001'" in p]
    assert duplicates == [
        "duplicate question id 'backend-001' in backend and backend",
        "duplicate question id 'backend-001' in backend and frontend",
    ]


def test_refuses_missing_field_empty_key_points_and_bad_values(
    write_bank: Any, question: Any
) -> None:
    missing = question("backend", 1)
    del missing["model_answer"]
    empty_points = question("backend", 2)
    empty_points["key_points"] = []
    blank_point = question("backend", 3)
    blank_point["key_points"] = ["one", "  ", "three"]
    bad_values = question("backend", 4, type="quiz", level="expert")
    wrong_prefix = question("frontend", 5)
    folder = write_bank({"backend": [missing, empty_points, blank_point, bad_values, wrong_prefix]})
    with pytest.raises(QuestionBankError) as caught:
        load_question_bank(folder)
    problems = "\n".join(caught.value.problems)
    assert "question 1 (backend-001): model_answer: Field required" in problems
    assert "question 2 (backend-002): key_points: List should have at least 3 items" in problems
    assert "question 3 (backend-003): key_points.1: String should have at least 1" in problems
    assert "question 4 (backend-004): type: Input should be 'technical'" in problems
    assert "level: Input should be 'entry'" in problems
    assert "id 'frontend-005' must look like 'backend-NNN'" in problems
    assert len(caught.value.problems) == 5


def test_refuses_too_many_key_points_and_short_answers(write_bank: Any, question: Any) -> None:
    many = question("backend", 1)
    many["key_points"] = [f"point {i}" for i in range(8)]
    short = question("backend", 2)
    short["model_answer"] = "Too short to be an example."
    with pytest.raises(QuestionBankError) as caught:
        load_question_bank(write_bank({"backend": [many, short]}))
    problems = "\n".join(caught.value.problems)
    assert "at most 7 items" in problems
    assert "model_answer has 6 words" in problems


def test_refuses_domain_that_differs_from_file_stem(write_bank: Any, question: Any) -> None:
    folder = write_bank({"backend": [question("backend", 1)]})
    (folder / "backend.yaml").rename(folder / "server.yaml")
    with pytest.raises(QuestionBankError, match="must equal the file stem 'server'"):
        load_question_bank(folder)


def test_refuses_unparseable_yaml_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(QuestionBankError, match=r"no \*\.yaml question files"):
        load_question_bank(tmp_path)
    (tmp_path / "broken.yaml").write_text("domain: [unclosed\n")
    with pytest.raises(QuestionBankError, match="YAML error"):
        load_question_bank(tmp_path)


def test_error_is_a_value_error_naming_every_file(write_bank: Any, question: Any) -> None:
    bad = question("backend", 1)
    bad["text"] = ""
    also_bad = question("frontend", 1)
    also_bad["skills"] = []
    folder = write_bank({"backend": [bad], "frontend": [also_bad]})
    with pytest.raises(ValueError, match=r"backend\.yaml(.|\n)*frontend\.yaml"):
        load_question_bank(folder)
