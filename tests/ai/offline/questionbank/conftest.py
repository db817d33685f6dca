"""Fixtures that write small question banks into a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ANSWER = " ".join(["A worked example answer sentence that covers the key points clearly."] * 5)

BankWriter = Callable[[dict[str, list[dict[str, Any]]]], Path]
QuestionMaker = Callable[..., dict[str, Any]]


def make_question(
    domain: str,
    number: int,
    *,
    type: str = "technical",
    level: str = "entry",
    skills: tuple[str, ...] = ("Python",),
) -> dict[str, Any]:
    """One valid question entry as it appears in a bank file."""
    return {
        "id": f"{domain}-{number:03d}",
        "text": f"Question {number} about {domain}?",
        "type": type,
        "level": level,
        "skills": list(skills),
        "topics": ["testing"],
        "key_points": ["first point", "second point", "third point"],
        "model_answer": ANSWER,
    }


@pytest.fixture
def write_bank(tmp_path: Path) -> BankWriter:
    """Return a function writing ``{domain: questions}`` as bank files; gives the folder."""

    def write(files: dict[str, list[dict[str, Any]]]) -> Path:
        for domain, questions in files.items():
            document = {
                "domain": domain,
                "title": domain.replace("_", " ").title(),
                "roles": [f"{domain.replace('_', '-')}-engineer"],
                "questions": questions,
            }
            (tmp_path / f"{domain}.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
        return tmp_path

    return write


@pytest.fixture
def question() -> QuestionMaker:
    """Return ``make_question`` so tests build entries without importing this module."""
    return make_question
