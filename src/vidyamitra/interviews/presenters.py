"""Turn interview rows into the API's response schemas."""

from __future__ import annotations

from collections.abc import Sequence

from vidyamitra.ai.interview_models import Question
from vidyamitra.interviews.models import Interview, InterviewAnswer
from vidyamitra.interviews.schemas import (
    AnswerRead,
    CategoryTrend,
    InterviewHistory,
    InterviewRead,
    InterviewSummary,
    Progress,
    QuestionPublic,
    TrendPoint,
)
from vidyamitra.interviews.service import evaluation_of, questions_of


def public_questions(questions: Sequence[Question]) -> list[QuestionPublic]:
    return [
        QuestionPublic(
            question_index=i,
            position=i + 1,
            id=q.id,
            text=q.text,
            type=q.type,
            level=q.level,
            skills=q.skills,
            source=q.source,
        )
        for i, q in enumerate(questions)
    ]


def progress(total: int, answered_indexes: Sequence[int]) -> Progress:
    done = set(answered_indexes)
    unanswered = [i for i in range(total) if i not in done]
    following = unanswered[0] if unanswered else None
    label = (
        f"question {following + 1} of {total}"
        if following is not None
        else f"all {total} questions answered"
    )
    return Progress(
        answered=len(done),
        total=total,
        unanswered=unanswered,
        next_question_index=following,
        label=label,
    )


def answer_reads(
    questions: Sequence[Question], rows: Sequence[InterviewAnswer]
) -> list[AnswerRead]:
    return [
        AnswerRead(
            question_index=row.question_index,
            question=questions[row.question_index].text,
            answer=row.answer,
            score=row.score,
            evaluation=evaluation_of(row),
            revision=row.revision,
            updated_at=row.updated_at,
        )
        for row in rows
    ]


def interview_read(interview: Interview, rows: Sequence[InterviewAnswer]) -> InterviewRead:
    from vidyamitra.interviews.service import report_of

    questions = questions_of(interview)
    return InterviewRead(
        interview_id=interview.id,
        domain=interview.domain,
        role=interview.role,
        level=interview.level,
        status=interview.status,
        engine=interview.engine,
        questions=public_questions(questions),
        answers=answer_reads(questions, rows),
        progress=progress(len(questions), [row.question_index for row in rows]),
        score=interview.score,
        report=report_of(interview) if interview.report is not None else None,
        created_at=interview.created_at,
        completed_at=interview.completed_at,
    )


def summary(interview: Interview, answered: int) -> InterviewSummary:
    return InterviewSummary(
        interview_id=interview.id,
        domain=interview.domain,
        role=interview.role,
        level=interview.level,
        status=interview.status,
        score=interview.score,
        questions=len(interview.questions),
        answered=answered,
        created_at=interview.created_at,
        completed_at=interview.completed_at,
    )


def history(interviews: Sequence[Interview]) -> InterviewHistory:
    """Overall and per-category score trends over completed interviews, oldest first."""
    overall: list[TrendPoint] = []
    categories: dict[str, list[TrendPoint]] = {}
    for interview in interviews:
        if interview.completed_at is None or interview.report is None:
            continue
        if interview.score is not None:
            overall.append(
                TrendPoint(
                    interview_id=interview.id,
                    completed_at=interview.completed_at,
                    score=interview.score,
                )
            )
        for category in interview.report.get("per_category", []):
            categories.setdefault(category["category"], []).append(
                TrendPoint(
                    interview_id=interview.id,
                    completed_at=interview.completed_at,
                    score=category["score"],
                )
            )
    trends = [
        CategoryTrend(
            category=name,
            points=points,
            change=points[-1].score - points[0].score if len(points) > 1 else None,
        )
        for name, points in sorted(categories.items())
    ]
    return InterviewHistory(completed=len(overall), overall=overall, categories=trends)
