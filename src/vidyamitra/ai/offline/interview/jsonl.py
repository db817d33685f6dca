"""Evaluate JSON lines of {question, answer, key_points?, model_answer?, type?} in a stream."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from vidyamitra.ai.interview_models import Question, QuestionType

if TYPE_CHECKING:
    from vidyamitra.ai.offline.interview.evaluator import AnswerEvaluator


class EvaluationRequest(BaseModel):
    """One input line."""

    model_config = ConfigDict(extra="ignore")

    question: str = Field(min_length=1)
    answer: str
    key_points: list[str] = Field(default_factory=list)
    model_answer: str | None = None
    type: QuestionType = "technical"
    skills: list[str] = Field(default_factory=list)

    def to_question(self) -> Question:
        """A custom Question with a stable id derived from its text."""
        digest = hashlib.sha256(self.question.encode()).hexdigest()[:12]
        return Question(
            id=f"custom-{digest}",
            text=self.question,
            type=self.type,
            level="mid",
            domain="custom",
            skills=self.skills,
            key_points=self.key_points,
            model_answer=self.model_answer,
            source="custom",
        )


def evaluate_jsonl(lines: Iterable[str], evaluator: AnswerEvaluator) -> Iterator[str]:
    """Yield one JSON result per non-blank input line; bad lines yield {"error", "line"}."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            request = EvaluationRequest.model_validate_json(line)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "line"
            yield json.dumps({"error": f"{where}: {first['msg']}", "line": number})
            continue
        result = evaluator.evaluate(request.to_question(), request.answer)
        yield result.model_dump_json()
