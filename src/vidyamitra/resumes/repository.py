"""All SQL about resumes; every query is scoped to the owner."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.core import ownership
from vidyamitra.resumes.models import Resume


async def get(session: AsyncSession, *, user_id: str, resume_id: str) -> Resume | None:
    result = await session.execute(
        select(Resume).where(Resume.id == resume_id, Resume.user_id == user_id)
    )
    return result.scalar_one_or_none()


async def list_page(
    session: AsyncSession, *, user_id: str, limit: int, offset: int
) -> tuple[Sequence[Resume], int]:
    return await ownership.page(session, Resume, user_id=user_id, limit=limit, offset=offset)


async def count(session: AsyncSession, *, user_id: str) -> int:
    return await ownership.count(session, Resume, user_id=user_id)


async def list_all(session: AsyncSession, *, user_id: str) -> Sequence[Resume]:
    return await ownership.all_rows(session, Resume, user_id=user_id)


async def delete_one(session: AsyncSession, *, user_id: str, resume_id: str) -> None:
    await session.execute(delete(Resume).where(Resume.id == resume_id, Resume.user_id == user_id))
