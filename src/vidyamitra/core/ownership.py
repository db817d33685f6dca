"""Queries every owner-scoped table shares: one user's rows, counted, paged or all."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.core.database import OwnedRecord

RowT = TypeVar("RowT", bound=OwnedRecord)


async def count(session: AsyncSession, model: type[RowT], *, user_id: str) -> int:
    total = await session.scalar(
        select(func.count()).select_from(model).where(model.user_id == user_id)
    )
    return int(total or 0)


async def page(
    session: AsyncSession, model: type[RowT], *, user_id: str, limit: int, offset: int
) -> tuple[Sequence[RowT], int]:
    """One page of the user's rows, newest first, and how many there are in all."""
    result = await session.execute(
        select(model)
        .where(model.user_id == user_id)
        .order_by(model.created_at.desc(), model.id)
        .limit(limit)
        .offset(offset)
    )
    return result.scalars().all(), await count(session, model, user_id=user_id)


async def all_rows(session: AsyncSession, model: type[RowT], *, user_id: str) -> Sequence[RowT]:
    """Every row of the user's, oldest first."""
    result = await session.execute(
        select(model).where(model.user_id == user_id).order_by(model.created_at)
    )
    return result.scalars().all()
