"""The shape of one question-bank file, checked before questions become ``Question`` models."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from vidyamitra.ai.interview_models import Level, QuestionType

ROLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_NUMBER = re.compile(r"^\d{3,}$")
MIN_ANSWER_WORDS = 40
MAX_ANSWER_WORDS = 220

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
RoleId = Annotated[str, StringConstraints(pattern=ROLE_ID.pattern)]


class FileHeader(BaseModel):
    """Domain-level fields of a bank file; questions are validated one by one."""

    model_config = ConfigDict(extra="forbid", strict=True)

    domain: Text
    title: Text
    roles: Annotated[list[RoleId], Field(min_length=1)]
    questions: Annotated[list[object], Field(min_length=1)]


class QuestionEntry(BaseModel):
    """One question as written in a bank file."""

    model_config = ConfigDict(extra="forbid", strict=True)

    id: Text
    text: Text
    type: QuestionType
    level: Level
    skills: Annotated[list[Text], Field(min_length=1)]
    topics: Annotated[list[Text], Field(min_length=1)]
    key_points: Annotated[list[Text], Field(min_length=3, max_length=7)]
    model_answer: Text

    def problems(self, domain: str) -> list[str]:
        """Cross-field checks pydantic cannot express: id prefix and answer length."""
        found: list[str] = []
        prefix, _, number = self.id.rpartition("-")
        if prefix != domain or not ID_NUMBER.match(number):
            found.append(f"id {self.id!r} must look like '{domain}-NNN'")
        words = len(self.model_answer.split())
        if not MIN_ANSWER_WORDS <= words <= MAX_ANSWER_WORDS:
            found.append(
                f"model_answer has {words} words; expected {MIN_ANSWER_WORDS}–{MAX_ANSWER_WORDS}"
            )
        return found
