"""STAR reading of stories, plans and habits; rubric points about answer qualities."""

from __future__ import annotations

from vidyamitra.ai.interview_models import Question
from vidyamitra.ai.offline.interview import AnswerEvaluator
from vidyamitra.ai.offline.interview.lexicon import load_lexicon
from vidyamitra.ai.offline.interview.star import detect_star, is_plan
from vidyamitra.ai.offline.interview.text import prepare

from .samples import STAR_ANSWER

PLAN = (
    "First I would talk to the engineering leads to understand why designs change so late. "
    "I would invite engineers to design reviews before the designs are final. "
    "We would agree a simple process for raising changes during development, "
    "so that nobody is surprised and the quality of releases improves."
)


def statuses(text: str) -> dict[str, str]:
    """STAR statuses of an answer."""
    return {c.name: c.status for c in detect_star(prepare(text).sentences, load_lexicon())}


def test_past_tense_story_is_not_a_plan() -> None:
    lex = load_lexicon()
    assert not is_plan(prepare(STAR_ANSWER).sentences, lex)
    assert is_plan(prepare(PLAN).sentences, lex)


def test_plan_answers_a_given_situation() -> None:
    assert statuses(PLAN) == {
        "situation": "present",
        "task": "present",
        "action": "present",
        "result": "weak",
    }


def test_story_without_result_is_flagged_missing() -> None:
    story = (
        "At my previous company our release process was manual and slow. "
        "I was responsible for the build pipeline. "
        "I automated the packaging step and I wrote a checklist for the rest."
    )
    assert statuses(story)["result"] == "missing"


def test_result_with_numbers_is_present() -> None:
    assert statuses("I reworked the cache. Latency dropped to 40 ms.")["result"] == "present"


def test_quality_point_is_met_by_the_story_result(evaluator: AnswerEvaluator) -> None:
    q = Question(
        id="beh",
        text="Tell me about a time you improved a slow process.",
        type="behavioural",
        level="mid",
        domain="general",
        key_points=["Shows a measurable result"],
    )
    result = evaluator.evaluate(q, STAR_ANSWER)
    point = result.key_points[0]
    assert point.covered
    assert point.similarity < 0.3  # similarity alone could not see it
    assert point.evidence and point.evidence.startswith("As a result")
    vague = evaluator.evaluate(q, STAR_ANSWER.rsplit(". ", 1)[0] + ".")
    assert not vague.key_points[0].covered


def test_motivation_questions_are_not_read_as_star(evaluator: AnswerEvaluator) -> None:
    q = Question(
        id="why",
        text="Why do you want to work for our company?",
        type="behavioural",
        level="entry",
        domain="general",
    )
    answer = (
        "I want to work here because your product helps small shops sell online, and I have "
        "built two e-commerce projects myself. I like that your team writes about its "
        "engineering practices, since I want to grow in testing and code review."
    )
    assert evaluator.evaluate(q, answer).star is None
