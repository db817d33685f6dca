"""A small interview: three questions, two evaluations, one unanswered, some hostile text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from vidyamitra.ai.interview_models import (
    AnswerEvaluation,
    InterviewReport,
    Question,
    level_descriptor,
)
from vidyamitra.interviews.reporting import build_report

from .samples import HOSTILE


def evaluation(score: int, strengths: list[str], missed: list[str]) -> AnswerEvaluation:
    """An evaluation as the evaluator would produce it."""
    return AnswerEvaluation(
        engine="offline-v1",
        method="embeddings:all-MiniLM-L6-v2",
        score=score,
        level_descriptor=level_descriptor(score),
        feedback="Feedback.",
        strengths=strengths,
        improvements=["Add a concrete example from a project or a short scenario."],
        missed_key_points=missed,
        relevance=0.7,
    )


@pytest.fixture
def questions() -> list[Question]:
    """Two technical questions and one behavioural, one with hostile and non-latin text."""
    return [
        Question(
            id="q1", text="What is a closure?", type="technical", level="mid",
            domain="frontend", skills=["javascript"], key_points=["lexical scope"],
        ),
        Question(
            id="q2", text=f"Explain {HOSTILE} — and “smart quotes” in सॉफ़्टवेयर 🚀",
            type="technical", level="mid", domain="frontend", skills=["react", "javascript"],
            key_points=["virtual DOM"],
        ),
        Question(
            id="q3", text="Tell me about a conflict.", type="behavioural", level="mid",
            domain="frontend", skills=["communication"],
        ),
    ]  # fmt: skip


@pytest.fixture
def report(questions: list[Question]) -> InterviewReport:
    """Q1 strong, Q2 developing (hostile strength text), Q3 unanswered."""
    return build_report(
        interview_id="iv-1",
        domain="frontend",
        role=f"Frontend developer {HOSTILE}",
        level="mid",
        started_at=datetime(2026, 12, 4, 10, 0, tzinfo=UTC),
        completed_at=datetime(2026, 12, 4, 10, 30, tzinfo=UTC),
        questions=questions,
        evaluations=[
            evaluation(84, ['Explained the why: "because the scope stays alive"'], []),
            evaluation(47, [f'Gave a concrete example: "{HOSTILE}"'], ["virtual DOM"]),
            None,
        ],
    )
