"""The AI engine port: what the domains ask of an engine, offline or LLM-backed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from vidyamitra.ai.interview_models import AnswerEvaluation, Level, Question
from vidyamitra.ai.learning_models import LearningPlanDraft
from vidyamitra.ai.parsed import ParsedResume
from vidyamitra.ai.resume_models import ResumeAnalysis


@dataclass(frozen=True)
class QuestionRequest:
    """What an interview needs: where, at which level, how many, tailored to what."""

    domain: str | None
    role: str | None
    level: Level
    count: int
    skills: Sequence[str] = ()
    gap_skills: Sequence[str] = ()
    avoid_ids: frozenset[str] = frozenset()
    seed: str = ""


@dataclass(frozen=True)
class QuestionSet:
    """Questions chosen for an interview, with the domain they resolved to."""

    engine: str
    domain: str
    questions: tuple[Question, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanRequest:
    """What a learning plan is built from.

    ``have``: skills the learner says they have; ``resume_skills``: on their resume;
    ``demonstrated``: answered well in an interview; ``exclude``: skipped by the learner
    (left out, implying nothing). ``role_skills`` False: the role only labels the plan.
    """

    target_role: str | None
    gaps: Sequence[str] = ()
    have: Sequence[str] = ()
    keep_done: Sequence[str] = ()
    hours_per_week: float = 6.0
    start: date = field(default_factory=date.today)
    resume_skills: Sequence[str] = ()
    demonstrated: Sequence[str] = ()
    exclude: Sequence[str] = ()
    role_skills: bool = True


@dataclass(frozen=True)
class EngineStatus:
    """Whether the engine is ready, and how it will judge (e.g. embeddings or a fallback)."""

    name: str
    ready: bool
    detail: str


class AIEngine(Protocol):
    """Every capability the domains need; every result names the engine that produced it."""

    name: str

    def status(self) -> EngineStatus: ...

    async def analyze_resume(
        self,
        parsed: ParsedResume,
        *,
        target_role: str | None = None,
        job_description: str | None = None,
    ) -> ResumeAnalysis: ...

    async def generate_questions(self, request: QuestionRequest) -> QuestionSet: ...

    async def evaluate_answer(self, question: Question, answer: str) -> AnswerEvaluation: ...

    async def build_learning_plan(self, request: PlanRequest) -> LearningPlanDraft: ...
