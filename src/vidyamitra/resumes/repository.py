"""All SQL about resumes; every query is scoped to the owner."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.resumes.models import Resume


async def get(session: AsyncSession, *, user_id: str, resume_id: str) -> Resume | None:
    result = await session.execute(
        select(Resume).where(Resume.id == resume_id, Resume.user_id == user_id)
    )
    return result.scalar_one_or_none()


async def list_page(
    session: AsyncSession, *, user_id: str, limit: int, offset: int
) -> tuple[Sequence[Resume], int]:
    total = await session.scalar(
        select(func.count()).select_from(Resume).where(Resume.user_id == user_id)
    )
    result = await session.execute(
        select(Resume)
        .where(Resume.user_id == user_id)
        .order_by(Resume.created_at.desc(), Resume.id)
        .limit(limit)
        .offset(offset)
    )
    return result.scalars().all(), int(total or 0)


async def list_all(session: AsyncSession, *, user_id: str) -> Sequence[Resume]:
    result = await session.execute(
        select(Resume).where(Resume.user_id == user_id).order_by(Resume.created_at)
    )
    return result.scalars().all()


async def delete_one(session: AsyncSession, *, user_id: str, resume_id: str) -> None:
    await session.execute(delete(Resume).where(Resume.id == resume_id, Resume.user_id == user_id))
