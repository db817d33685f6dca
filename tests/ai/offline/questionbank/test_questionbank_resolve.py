"""Free-text domain and role names resolve to bank domain ids."""

from __future__ import annotations

from typing import Any

import pytest

from vidyamitra.ai.offline.questionbank import QuestionBank, load_question_bank
from vidyamitra.core.errors import UnprocessableContent


@pytest.fixture
def bank(write_bank: Any, question: Any) -> QuestionBank:
    """Five domains, each with one question."""
    names = ("backend", "data_science", "qa_testing", "behavioural_hr", "security")
    return load_question_bank(write_bank({d: [question(d, 1)] for d in names}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("backend", "backend"),
        ("Backend", "backend"),
        ("Senior Backend Engineer", "backend"),
        ("bakend", "backend"),
        ("SDE", "backend"),
        ("Java developer", "backend"),
        ("data science", "data_science"),
        ("Data-Science", "data_science"),
        ("data sceince", "data_science"),
        ("data_science-engineer", "data_science"),
        ("QA", "qa_testing"),
        ("software testing", "qa_testing"),
        ("Behavioral", "behavioural_hr"),
        ("penetration-tester", "security"),
        ("Manual QA tester", "qa_testing"),
        ("Senior Test Engineer", "qa_testing"),
        (".NET Developer", "backend"),
    ],
)
def test_resolves_names(bank: QuestionBank, text: str, expected: str) -> None:
    assert bank.resolve_domain(text, None) == expected


def test_role_is_used_when_domain_is_missing_or_unknown(bank: QuestionBank) -> None:
    assert bank.resolve_domain(None, "qa-testing-engineer") == "qa_testing"
    assert bank.resolve_domain("astrology", "backend-engineer") == "backend"
    assert bank.resolve_domain("data science", "backend-engineer") == "data_science"


def test_alias_for_a_domain_not_in_the_bank_is_ignored(bank: QuestionBank) -> None:
    with pytest.raises(UnprocessableContent):
        bank.resolve_domain("Android", None)


@pytest.mark.parametrize(("domain", "role"), [("astrology", None), (None, None), ("  ", "")])
def test_unknown_names_raise_with_known_domains(
    bank: QuestionBank, domain: str | None, role: str | None
) -> None:
    with pytest.raises(UnprocessableContent) as caught:
        bank.resolve_domain(domain, role)
    assert caught.value.extra["known_domains"] == [
        "backend",
        "behavioural_hr",
        "data_science",
        "qa_testing",
        "security",
    ]
    assert "known domains: backend" in caught.value.detail


def test_packaged_bank_resolves_common_titles() -> None:
    real = load_question_bank()
    assert real.resolve_domain("Software Engineer", None) == "backend"
    assert real.resolve_domain("Senior QA Engineer", None) == "qa_testing"
    assert real.resolve_domain(None, "product-manager") == "product"
    assert real.resolve_domain(None, "business-analyst") == "business_analyst"
    assert real.resolve_domain("UI/UX Designer", None) == "ui_ux"
    assert real.resolve_domain("HR round", None) == "behavioural_hr"
    assert real.resolve_domain("Aptitude test", None) == "aptitude"


def test_generic_words_do_not_resolve(bank: QuestionBank) -> None:
    for text in ("Senior Developer", "CAD designer", "Lead engineer"):
        with pytest.raises(UnprocessableContent):
            bank.resolve_domain(text, None)
