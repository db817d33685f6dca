"""Fixtures for evaluator tests: the real MiniLM (loaded once) and sample questions."""

from __future__ import annotations

import pytest

from vidyamitra.ai.interview_models import Question
from vidyamitra.ai.offline.embeddings import MiniLMEncoder, load_minilm
from vidyamitra.ai.offline.interview import AnswerEvaluator


@pytest.fixture(scope="session")
def encoder() -> MiniLMEncoder:
    """The packaged all-MiniLM-L6-v2, loaded once per session."""
    return load_minilm()


@pytest.fixture(scope="session")
def evaluator(encoder: MiniLMEncoder) -> AnswerEvaluator:
    """An embedding-backed evaluator."""
    return AnswerEvaluator(encoder)


@pytest.fixture(scope="session")
def lexical() -> AnswerEvaluator:
    """An evaluator with no encoder (lexical fallback)."""
    return AnswerEvaluator(None)


@pytest.fixture
def closure_q() -> Question:
    """A technical question with key points."""
    return Question(
        id="js-closure",
        text="What is a closure in JavaScript?",
        type="technical",
        level="entry",
        domain="frontend",
        skills=["javascript"],
        key_points=[
            "A closure is a function bundled with its lexical environment",
            "Inner functions keep access to outer variables after the outer function returns",
            "Used for data privacy and function factories",
        ],
    )


@pytest.fixture
def conflict_q() -> Question:
    """A behavioural question without key points."""
    return Question(
        id="beh-conflict",
        text="Tell me about a time you had a conflict with a teammate and how you resolved it.",
        type="behavioural",
        level="mid",
        domain="general",
        skills=["communication"],
    )
