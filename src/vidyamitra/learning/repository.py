"""All SQL about learning plans and their items; plans are scoped to the owner."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.core import ownership
from vidyamitra.learning.models import LearningPlan, LearningPlanItem


async def get(session: AsyncSession, *, user_id: str, plan_id: str) -> LearningPlan | None:
    result = await session.execute(
        select(LearningPlan).where(LearningPlan.id == plan_id, LearningPlan.user_id == user_id)
    )
    return result.scalar_one_or_none()


async def items(session: AsyncSession, plan_id: str) -> Sequence[LearningPlanItem]:
    result = await session.execute(
        select(LearningPlanItem)
        .where(LearningPlanItem.plan_id == plan_id)
        .order_by(LearningPlanItem.position)
    )
    return result.scalars().all()


async def item(session: AsyncSession, *, plan_id: str, item_id: str) -> LearningPlanItem | None:
    result = await session.execute(
        select(LearningPlanItem).where(
            LearningPlanItem.id == item_id, LearningPlanItem.plan_id == plan_id
        )
    )
    return result.scalar_one_or_none()


async def delete_items(session: AsyncSession, plan_id: str) -> None:
    await session.execute(delete(LearningPlanItem).where(LearningPlanItem.plan_id == plan_id))


async def list_page(
    session: AsyncSession, *, user_id: str, limit: int, offset: int
) -> tuple[Sequence[LearningPlan], int]:
    return await ownership.page(session, LearningPlan, user_id=user_id, limit=limit, offset=offset)


async def count(session: AsyncSession, *, user_id: str) -> int:
    return await ownership.count(session, LearningPlan, user_id=user_id)


async def items_for(
    session: AsyncSession, plan_ids: Sequence[str]
) -> dict[str, list[LearningPlanItem]]:
    grouped: dict[str, list[LearningPlanItem]] = {plan_id: [] for plan_id in plan_ids}
    if not plan_ids:
        return grouped
    result = await session.execute(
        select(LearningPlanItem)
        .where(LearningPlanItem.plan_id.in_(plan_ids))
        .order_by(LearningPlanItem.position)
    )
    for row in result.scalars():
        grouped[row.plan_id].append(row)
    return grouped


async def list_all(session: AsyncSession, *, user_id: str) -> Sequence[LearningPlan]:
    return await ownership.all_rows(session, LearningPlan, user_id=user_id)
