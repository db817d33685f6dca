"""Interview use cases: start, answer, complete, read and history — always for one owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.ai.interview_models import AnswerEvaluation, InterviewReport, Level, Question
from vidyamitra.ai.port import AIEngine, QuestionRequest
from vidyamitra.core.database import new_id, utcnow
from vidyamitra.core.errors import Conflict, NotFound, UnprocessableContent
from vidyamitra.interviews import repository
from vidyamitra.interviews.models import Interview, InterviewAnswer
from vidyamitra.interviews.reporting import build_report
from vidyamitra.interviews.schemas import CustomQuestion, InterviewStartRequest
from vidyamitra.resumes import service as resumes

RECENT_INTERVIEWS = 10


@dataclass(frozen=True)
class SavedAnswer:
    row: InterviewAnswer
    replaced: bool
    question: Question
    total: int
    answered: tuple[int, ...]


def questions_of(interview: Interview) -> list[Question]:
    return [Question.model_validate(question) for question in interview.questions]


def _custom(questions: Sequence[CustomQuestion], domain: str, level: str) -> list[Question]:
    return [
        Question(
            id=f"custom-{index + 1}",
            text=q.text,
            type=q.type,
            level=level,
            domain=domain,
            skills=q.skills,
            key_points=q.key_points,
            model_answer=q.model_answer,
            source="custom",
        )
        for index, q in enumerate(questions)
    ]


async def _recent_question_ids(session: AsyncSession, user_id: str) -> frozenset[str]:
    interviews = await repository.recent(session, user_id=user_id, limit=RECENT_INTERVIEWS)
    return frozenset(q["id"] for i in interviews for q in i.questions if q.get("source") == "bank")


@dataclass(frozen=True)
class ResumeContext:
    """What a resume tells an interview: skills to tailor to, gaps to probe, its target role."""

    skills: list[str]
    gaps: list[str]
    role: str | None


async def _resume_context(
    session: AsyncSession, user_id: str, resume_id: str | None
) -> ResumeContext:
    if resume_id is None:
        return ResumeContext([], [], None)
    resume = await resumes.get(session, user_id=user_id, resume_id=resume_id)
    analysis = resumes.analysis_of(resume)
    role = resume.target_role or (analysis.role_match.role_title if analysis.role_match else None)
    return ResumeContext([s.name for s in analysis.skills], [g.skill for g in analysis.gaps], role)


async def start(
    session: AsyncSession, engine: AIEngine, *, user_id: str, request: InterviewStartRequest
) -> tuple[Interview, tuple[str, ...]]:
    """Choose the questions (bank, tailored, or the caller's own) and open the interview."""
    context = await _resume_context(session, user_id, request.resume_id)
    interview_id = new_id()
    role = request.role or (None if request.domain else context.role)
    notes: tuple[str, ...] = ()
    if request.custom_questions:
        domain = request.domain or "custom"
        questions = _custom(request.custom_questions, domain, request.level)
        engine_name = engine.name
        notes = (f"Using your {len(questions)} custom questions; none were added from the bank.",)
    else:
        if not (request.domain or role):
            raise UnprocessableContent(
                "this resume has no target role: give a domain or a role for the interview"
            )
        chosen = await engine.generate_questions(
            QuestionRequest(
                domain=request.domain,
                role=role,
                level=request.level,
                count=request.count,
                skills=context.skills,
                gap_skills=context.gaps,
                avoid_ids=await _recent_question_ids(session, user_id),
                seed=interview_id,
            )
        )
        domain, questions, engine_name = chosen.domain, list(chosen.questions), chosen.engine
        notes = chosen.notes
    interview = Interview(
        id=interview_id,
        user_id=user_id,
        resume_id=request.resume_id,
        domain=domain,
        role=role,
        level=request.level,
        status="in_progress",
        engine=engine_name,
        questions=[q.model_dump(mode="json") for q in questions],
    )
    session.add(interview)
    await session.flush()
    return interview, notes


async def get(session: AsyncSession, *, user_id: str, interview_id: str) -> Interview:
    interview = await repository.get(session, user_id=user_id, interview_id=interview_id)
    if interview is None:
        raise NotFound(f"no interview {interview_id!r} in your account")
    return interview


async def answers(session: AsyncSession, interview: Interview) -> Sequence[InterviewAnswer]:
    return await repository.answers(session, interview.id)


async def answer(
    session: AsyncSession,
    engine: AIEngine,
    *,
    user_id: str,
    interview_id: str,
    question_index: int,
    text: str,
) -> SavedAnswer:
    """Evaluate and save one answer; a second answer to the same question replaces the first."""
    interview = await get(session, user_id=user_id, interview_id=interview_id)
    if interview.status == "completed":
        raise Conflict("this interview is completed; start a new one to keep practising")
    questions = questions_of(interview)
    if question_index >= len(questions):
        raise UnprocessableContent(
            f"question_index {question_index} is out of range: this interview has "
            f"{len(questions)} questions (0–{len(questions) - 1})"
        )
    question = questions[question_index]
    evaluation = await engine.evaluate_answer(question, text)
    earlier = {row.question_index for row in await repository.answers(session, interview.id)}
    row = await repository.save_answer(
        session,
        interview_id=interview.id,
        question_index=question_index,
        answer=text,
        evaluation=evaluation.model_dump(mode="json"),
        score=evaluation.score,
    )
    interview.updated_at = utcnow()
    return SavedAnswer(
        row=row,
        replaced=question_index in earlier,
        question=question,
        total=len(questions),
        answered=tuple(sorted(earlier | {question_index})),
    )


def evaluation_of(row: InterviewAnswer) -> AnswerEvaluation:
    return AnswerEvaluation.model_validate(row.evaluation)


def report_for(interview: Interview, rows: Sequence[InterviewAnswer]) -> InterviewReport:
    by_index = {row.question_index: evaluation_of(row) for row in rows}
    questions = questions_of(interview)
    return build_report(
        interview_id=interview.id,
        domain=interview.domain,
        role=interview.role or interview.domain,
        level=cast(Level, interview.level),
        started_at=interview.created_at,
        completed_at=interview.completed_at,
        questions=questions,
        evaluations=[by_index.get(i) for i in range(len(questions))],
    )


async def complete(
    session: AsyncSession, *, user_id: str, interview_id: str
) -> tuple[Interview, Sequence[InterviewAnswer]]:
    """Close the interview and store its report; completing twice returns the same report."""
    interview = await get(session, user_id=user_id, interview_id=interview_id)
    rows = await repository.answers(session, interview.id)
    if interview.status == "completed":
        return interview, rows
    if not rows:
        raise UnprocessableContent("answer at least one question before completing the interview")
    interview.status = "completed"
    interview.completed_at = utcnow()
    report = report_for(interview, rows)
    interview.report = report.model_dump(mode="json")
    interview.score = report.overall_score
    await session.flush()
    return interview, rows


def report_of(interview: Interview) -> InterviewReport:
    if interview.report is None:
        raise Conflict("the interview is not completed yet; complete it to get the report")
    return InterviewReport.model_validate(interview.report)


async def list_page(
    session: AsyncSession, *, user_id: str, limit: int, offset: int
) -> tuple[Sequence[Interview], int, dict[str, int]]:
    rows, total = await repository.list_page(session, user_id=user_id, limit=limit, offset=offset)
    counts = await repository.answered_counts(session, [row.id for row in rows])
    return rows, total, counts


async def completed(session: AsyncSession, *, user_id: str) -> Sequence[Interview]:
    return await repository.completed(session, user_id=user_id)
