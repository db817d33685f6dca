"""API schemas for interviews: requests, public questions, answers, progress and reports."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from vidyamitra.ai.interview_models import (
    AnswerEvaluation,
    InterviewReport,
    Level,
    QuestionType,
)


class CustomQuestion(BaseModel):
    """A question supplied by the caller instead of the bank."""

    text: str = Field(min_length=5, max_length=1000)
    type: QuestionType = "technical"
    key_points: list[Annotated[str, StringConstraints(min_length=1, max_length=300)]] = Field(
        default_factory=list, max_length=7
    )
    model_answer: str | None = Field(None, max_length=3000)
    skills: list[Annotated[str, StringConstraints(min_length=1, max_length=100)]] = Field(
        default_factory=list, max_length=10
    )


class InterviewStartRequest(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        json_schema_extra={
            "examples": [
                {"domain": "backend", "role": "Backend Developer", "level": "entry", "count": 5}
            ]
        },
    )

    domain: str | None = Field(None, max_length=100, description="e.g. backend, data science.")
    role: str | None = Field(None, max_length=200, description="Target role, free text.")
    level: Level = Field("entry", validation_alias=AliasChoices("level", "difficulty"))
    count: int = Field(5, ge=1, le=20, validation_alias=AliasChoices("count", "num_questions"))
    resume_id: str | None = Field(None, max_length=64, description="Tailor to this resume.")
    custom_questions: list[CustomQuestion] = Field(default_factory=list, max_length=20)

    @model_validator(mode="after")
    def _something_to_ask(self) -> InterviewStartRequest:
        if not (self.domain or self.role or self.custom_questions or self.resume_id):
            raise ValueError("give a domain, a role, a resume_id or custom_questions")
        return self


class QuestionPublic(BaseModel):
    """A question as shown during the interview (rubric hidden until answered)."""

    question_index: int = Field(description="0-based index used when answering.")
    position: int = Field(description="1-based position, for 'question 3 of 5'.")
    id: str
    text: str
    type: QuestionType
    level: Level
    skills: list[str]
    source: str


class Progress(BaseModel):
    answered: int
    total: int
    unanswered: list[int] = Field(description="0-based indexes not yet answered.")
    next_question_index: int | None
    label: str = Field(description="e.g. 'question 3 of 5'.")


class InterviewStartResponse(BaseModel):
    """`interview_id` + `questions`, as in the original API."""

    interview_id: str
    questions: list[QuestionPublic]
    domain: str
    role: str | None
    level: Level
    status: str
    engine: str
    progress: Progress
    notes: list[str] = Field(default_factory=list, description="How the questions were chosen.")


class AnswerRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"question_index": 0, "answer": "An index is ..."}]}
    )

    question_index: int = Field(ge=0, le=1000)
    answer: str = Field(max_length=10_000)


class AnswerResponse(BaseModel):
    """`evaluation`, as in the original API, plus where the interview stands."""

    evaluation: AnswerEvaluation
    question_index: int
    replaced: bool = Field(description="True when this replaced an earlier answer.")
    revision: int
    model_answer: str | None = Field(description="An example answer, shown after answering.")
    progress: Progress


class AnswerRead(BaseModel):
    question_index: int
    question: str
    answer: str
    score: int
    evaluation: AnswerEvaluation
    revision: int
    updated_at: datetime


class CompleteResponse(BaseModel):
    """`score` + `answers`, as in the original API, plus the report."""

    interview_id: str
    score: int
    answers: list[AnswerRead]
    report: InterviewReport
    status: str


class InterviewRead(BaseModel):
    interview_id: str
    domain: str
    role: str | None
    level: Level
    status: str
    engine: str
    questions: list[QuestionPublic]
    answers: list[AnswerRead]
    progress: Progress
    score: int | None
    report: InterviewReport | None
    created_at: datetime
    completed_at: datetime | None


class InterviewSummary(BaseModel):
    interview_id: str
    domain: str
    role: str | None
    level: Level
    status: str
    score: int | None
    questions: int
    answered: int
    created_at: datetime
    completed_at: datetime | None


class TrendPoint(BaseModel):
    interview_id: str
    completed_at: datetime
    score: int


class CategoryTrend(BaseModel):
    category: str
    points: list[TrendPoint]
    change: int | None = Field(description="Last score minus first, when there are two or more.")


class InterviewHistory(BaseModel):
    completed: int
    overall: list[TrendPoint]
    categories: list[CategoryTrend]
