"""The built-in offline engine: taxonomies, parser, analyser, question bank, evaluator, planner.

Everything is loaded once by ``OfflineEngine.load`` (at startup, off the event loop); the async
methods run the CPU work in worker threads so the event loop never stalls.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from vidyamitra.ai.interview_models import AnswerEvaluation, Question
from vidyamitra.ai.learning_models import LearningPlanDraft
from vidyamitra.ai.offline.interview import AnswerEvaluator
from vidyamitra.ai.offline.learning import LearningPlanner
from vidyamitra.ai.offline.questionbank import QuestionBank
from vidyamitra.ai.offline.resume import ResumeAnalyzer
from vidyamitra.ai.offline.roles import RoleLibrary
from vidyamitra.ai.parsed import ParsedResume
from vidyamitra.ai.port import EngineStatus, PlanRequest, QuestionRequest, QuestionSet
from vidyamitra.ai.resume_models import ResumeAnalysis
from vidyamitra.core.errors import UnprocessableContent

ENGINE_NAME = "offline-v1"
GENERAL_DOMAINS = ("behavioural_hr", "aptitude")
logger = logging.getLogger("vidyamitra.ai")


@dataclass
class OfflineEngine:
    """Implements the AIEngine port with no network and no account."""

    analyzer: ResumeAnalyzer
    roles: RoleLibrary
    bank: QuestionBank
    evaluator: AnswerEvaluator
    planner: LearningPlanner
    embeddings_detail: str
    name: str = ENGINE_NAME

    @classmethod
    def load(cls, *, embeddings: bool = True) -> OfflineEngine:
        """Load every data file and the embedding model (blocking: call it in a thread)."""
        from vidyamitra.ai.offline.embeddings import EmbeddingsUnavailable, load_minilm
        from vidyamitra.ai.offline.learning import load_catalog, load_skill_graph
        from vidyamitra.ai.offline.questionbank import load_question_bank
        from vidyamitra.ai.offline.roles import load_role_library
        from vidyamitra.ai.offline.skills import load_taxonomy

        taxonomy = load_taxonomy()
        roles = load_role_library(taxonomy)
        encoder = None
        detail = "embeddings disabled by VIDYAMITRA_EMBEDDINGS=false: lexical matching"
        if embeddings:
            try:
                encoder = load_minilm()
                detail = f"embeddings: {encoder.name}"
            except EmbeddingsUnavailable as exc:
                detail = f"embedding weights unavailable ({exc}): lexical matching"
                logger.warning("answer evaluation falls back to lexical matching: %s", exc)
        return cls(
            analyzer=ResumeAnalyzer(taxonomy, roles),
            roles=roles,
            bank=load_question_bank(),
            evaluator=AnswerEvaluator(encoder, engine_name=ENGINE_NAME),
            planner=LearningPlanner(
                taxonomy,
                roles,
                load_catalog(taxonomy),
                load_skill_graph(taxonomy),
                engine_name=ENGINE_NAME,
            ),
            embeddings_detail=detail,
        )

    def status(self) -> EngineStatus:
        return EngineStatus(name=self.name, ready=True, detail=self.embeddings_detail)

    async def analyze_resume(
        self,
        parsed: ParsedResume,
        *,
        target_role: str | None = None,
        job_description: str | None = None,
    ) -> ResumeAnalysis:
        return await asyncio.to_thread(
            self.analyzer.analyze,
            parsed,
            target_role=target_role,
            job_description=job_description,
        )

    async def generate_questions(self, request: QuestionRequest) -> QuestionSet:
        try:
            domain = self.bank.resolve_domain(request.domain, request.role)
        except UnprocessableContent:
            if request.domain or not request.role:
                raise
            return self._general_questions(request)
        questions = self._select(domain, request, request.count)
        await asyncio.to_thread(self._warm, questions)
        return QuestionSet(engine=self.name, domain=domain, questions=tuple(questions))

    def _warm(self, questions: list[Question]) -> None:
        """Encode the questions' rubrics now, so each answer only encodes itself."""
        for question in questions:
            self.evaluator.warm(question)

    def _select(self, domain: str, request: QuestionRequest, count: int) -> list[Question]:
        return self.bank.select(
            domain=domain,
            level=request.level,
            count=count,
            skills=request.skills,
            gap_skills=request.gap_skills,
            avoid_ids=request.avoid_ids,
            seed=request.seed,
        )

    def _general_questions(self, request: QuestionRequest) -> QuestionSet:
        """A known role with no bank of its own gets behavioural plus aptitude questions."""
        assert request.role is not None
        role = self.roles.resolve(request.role)  # UnknownRole (422, closest roles) otherwise
        behavioural = (request.count + 1) // 2
        questions = self._select(GENERAL_DOMAINS[0], request, behavioural)
        if request.count > behavioural:
            questions += self._select(GENERAL_DOMAINS[1], request, request.count - behavioural)
        note = (
            f"There is no {role.title} question bank yet: this interview uses behavioural "
            "and aptitude questions. Add your own with custom_questions."
        )
        return QuestionSet(
            engine=self.name, domain="general", questions=tuple(questions), notes=(note,)
        )

    async def evaluate_answer(self, question: Question, answer: str) -> AnswerEvaluation:
        return await asyncio.to_thread(self.evaluator.evaluate, question, answer)

    async def build_learning_plan(self, request: PlanRequest) -> LearningPlanDraft:
        return await asyncio.to_thread(
            self.planner.plan,
            target_role=request.target_role,
            gaps=request.gaps,
            have=request.have,
            hours_per_week=request.hours_per_week,
            start=request.start,
            keep_done=request.keep_done,
            resume_skills=request.resume_skills,
            demonstrated=request.demonstrated,
            exclude=request.exclude,
            role_skills=request.role_skills,
        )
