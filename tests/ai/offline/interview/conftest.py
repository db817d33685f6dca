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


GOOD_CLOSURE = (
    "A closure is a function together with the lexical scope it was created in. "
    "When an inner function is returned, it keeps access to the outer function's variables "
    "even after the outer function has returned, because the scope stays alive. "
    "For example, a makeCounter factory can return an increment function that updates a "
    "private count variable that nothing else can touch. "
    "This is useful for data privacy and for building function factories, but closures can "
    "keep memory alive longer than expected, so avoid capturing large objects."
)

STAR_ANSWER = (
    "In my last role at a fintech startup, our team was building a payments dashboard and a "
    "senior developer and I disagreed about rewriting the API layer. "
    "I was responsible for delivering the reporting feature before the quarterly release. "
    "I set up a one-to-one meeting, listened to his concerns and proposed a small spike to "
    "compare both approaches. "
    "I then wrote a short document with the benchmark numbers and we agreed to refactor only "
    "the slowest endpoints. "
    "As a result we shipped on time and the page load dropped from 4 seconds to 1.2 seconds."
)
