"""evaluate_jsonl streams one JSON result per input line and reports bad lines."""

from __future__ import annotations

import json

from vidyamitra.ai.interview_models import AnswerEvaluation
from vidyamitra.ai.offline.interview import AnswerEvaluator, evaluate_jsonl

from .samples import GOOD_CLOSURE, STAR_ANSWER


def test_each_line_yields_an_evaluation_or_an_error(evaluator: AnswerEvaluator) -> None:
    lines = [
        json.dumps(
            {
                "question": "What is a closure in JavaScript?",
                "answer": GOOD_CLOSURE,
                "key_points": ["Inner functions keep access to outer variables"],
            }
        ),
        "",
        "{not json",
        json.dumps({"answer": "no question"}),
        json.dumps(
            {
                "question": "Tell me about a conflict with a teammate.",
                "answer": STAR_ANSWER,
                "type": "behavioural",
            }
        ),
        json.dumps({"question": "Q?", "answer": "x", "type": "riddle"}),
    ]
    out = [json.loads(line) for line in evaluate_jsonl(lines, evaluator)]
    assert len(out) == 5
    first = AnswerEvaluation.model_validate(out[0])
    assert first.score > 40 and first.strengths
    assert first.key_points[0].covered
    assert out[1]["line"] == 3 and "error" in out[1]
    assert out[2]["line"] == 4 and out[2]["error"].startswith("question")
    star = AnswerEvaluation.model_validate(out[3])
    assert star.star is not None
    assert out[4]["line"] == 6 and out[4]["error"].startswith("type")


def test_output_is_deterministic(evaluator: AnswerEvaluator) -> None:
    line = json.dumps({"question": "What is a closure?", "answer": GOOD_CLOSURE})
    assert list(evaluate_jsonl([line], evaluator)) == list(evaluate_jsonl([line], evaluator))
