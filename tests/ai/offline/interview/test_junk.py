"""Every junk kind scores at most 20, earns no strengths and carries an honest flag."""

from __future__ import annotations

import pytest

from vidyamitra.ai.interview_models import Question
from vidyamitra.ai.offline.interview import AnswerEvaluator

from .samples import GOOD_CLOSURE

JUNK = [
    ("", "empty"),
    ("   \n\t ", "empty"),
    ("I don't know.", "dont_know"),
    ("Sorry, no idea.", "dont_know"),
    ("pass", "dont_know"),
    ("closure", "too_short"),
    ("It is a function.", "too_short"),
    ("asdkj qwpoeiru zxmcnv lkjhg fdsa bvcxz", "gibberish"),
    ("Closures are functions. " * 10, "repetitive"),
    ("What is a closure in JavaScript? A closure in JavaScript.", "question_copied"),
    (
        "closure, lexical scope, function, variables, privacy, factory, memory, garbage",
        "keyword_stuffing",
    ),
    (
        "My favourite holiday was a week in the mountains with my family. We hiked every "
        "morning and ate fresh bread from the village bakery in the evening.",
        "off_topic",
    ),
]


@pytest.mark.parametrize(("answer", "flag"), JUNK)
def test_junk_is_capped_and_flagged(
    evaluator: AnswerEvaluator, closure_q: Question, answer: str, flag: str
) -> None:
    result = evaluator.evaluate(closure_q, answer)
    assert flag in result.flags
    assert result.score <= 20
    assert result.strengths == []
    assert result.level_descriptor == "Not yet an answer"
    assert not any(p.covered for p in result.key_points)


@pytest.mark.parametrize(("answer", "flag"), JUNK)
def test_junk_is_caught_by_the_lexical_fallback_too(
    lexical: AnswerEvaluator, closure_q: Question, answer: str, flag: str
) -> None:
    result = lexical.evaluate(closure_q, answer)
    assert result.score <= 20
    assert result.strengths == []
    assert result.flags


def test_a_real_answer_raises_no_flags(evaluator: AnswerEvaluator, closure_q: Question) -> None:
    result = evaluator.evaluate(closure_q, GOOD_CLOSURE)
    assert result.flags == []
    assert result.score > 60
    assert result.strengths


def test_honest_i_dont_know_gets_an_encouraging_message(
    evaluator: AnswerEvaluator, closure_q: Question
) -> None:
    result = evaluator.evaluate(closure_q, "Honestly, I don't know.")
    assert result.score == 0
    assert "don't know" in result.feedback
    assert result.follow_up_question
