"""All SQL about interviews and their answers; interviews are scoped to the owner."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.core import ownership
from vidyamitra.core.database import new_id, utcnow
from vidyamitra.core.upsert import insert_for
from vidyamitra.interviews.models import Interview, InterviewAnswer


async def get(session: AsyncSession, *, user_id: str, interview_id: str) -> Interview | None:
    result = await session.execute(
        select(Interview).where(Interview.id == interview_id, Interview.user_id == user_id)
    )
    return result.scalar_one_or_none()


async def answers(session: AsyncSession, interview_id: str) -> Sequence[InterviewAnswer]:
    result = await session.execute(
        select(InterviewAnswer)
        .where(InterviewAnswer.interview_id == interview_id)
        .order_by(InterviewAnswer.question_index)
    )
    return result.scalars().all()


async def answer_for(
    session: AsyncSession, interview_id: str, question_index: int
) -> InterviewAnswer | None:
    result = await session.execute(
        select(InterviewAnswer).where(
            InterviewAnswer.interview_id == interview_id,
            InterviewAnswer.question_index == question_index,
        )
    )
    return result.scalar_one_or_none()


async def save_answer(
    session: AsyncSession,
    *,
    interview_id: str,
    question_index: int,
    answer: str,
    evaluation: dict[str, Any],
    score: int,
) -> InterviewAnswer:
    """Insert the answer, or replace the one already there (a single atomic statement)."""
    now = utcnow()
    statement = insert_for(session, InterviewAnswer).values(
        id=new_id(),
        interview_id=interview_id,
        question_index=question_index,
        answer=answer,
        evaluation=evaluation,
        score=score,
        revision=1,
        created_at=now,
        updated_at=now,
    )
    statement = statement.on_conflict_do_update(
        index_elements=["interview_id", "question_index"],
        set_={
            "answer": answer,
            "evaluation": evaluation,
            "score": score,
            "updated_at": now,
            "revision": InterviewAnswer.revision + 1,
        },
    )
    await session.execute(statement)
    row = await answer_for(session, interview_id, question_index)
    assert row is not None
    await session.refresh(row)
    return row


async def list_page(
    session: AsyncSession, *, user_id: str, limit: int, offset: int
) -> tuple[Sequence[Interview], int]:
    return await ownership.page(session, Interview, user_id=user_id, limit=limit, offset=offset)


async def count(session: AsyncSession, *, user_id: str) -> int:
    return await ownership.count(session, Interview, user_id=user_id)


async def answers_for(
    session: AsyncSession, interview_ids: Sequence[str]
) -> dict[str, list[InterviewAnswer]]:
    """The answers of several interviews in one query, grouped by interview."""
    grouped: dict[str, list[InterviewAnswer]] = {interview_id: [] for interview_id in interview_ids}
    if not interview_ids:
        return grouped
    result = await session.execute(
        select(InterviewAnswer)
        .where(InterviewAnswer.interview_id.in_(interview_ids))
        .order_by(InterviewAnswer.question_index)
    )
    for row in result.scalars():
        grouped[row.interview_id].append(row)
    return grouped


async def answered_counts(session: AsyncSession, interview_ids: Sequence[str]) -> dict[str, int]:
    if not interview_ids:
        return {}
    result = await session.execute(
        select(InterviewAnswer.interview_id, func.count())
        .where(InterviewAnswer.interview_id.in_(interview_ids))
        .group_by(InterviewAnswer.interview_id)
    )
    return {interview_id: int(count) for interview_id, count in result.all()}


async def recent(session: AsyncSession, *, user_id: str, limit: int) -> Sequence[Interview]:
    result = await session.execute(
        select(Interview)
        .where(Interview.user_id == user_id)
        .order_by(Interview.created_at.desc())
        .limit(limit)
    )
    return result.scalars().all()


async def completed(session: AsyncSession, *, user_id: str) -> Sequence[Interview]:
    result = await session.execute(
        select(Interview)
        .where(Interview.user_id == user_id, Interview.status == "completed")
        .order_by(Interview.completed_at)
    )
    return result.scalars().all()


async def list_all(session: AsyncSession, *, user_id: str) -> Sequence[Interview]:
    return await ownership.all_rows(session, Interview, user_id=user_id)
