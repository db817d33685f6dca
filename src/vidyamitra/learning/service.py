"""Learning-plan use cases: create (from gaps, a role or a resume), track, re-plan, export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.ai.learning_models import ItemStatus, LearningPlanDraft, PlanItem
from vidyamitra.ai.port import AIEngine
from vidyamitra.core.database import new_id, utcnow
from vidyamitra.core.errors import NotFound
from vidyamitra.learning import inputs as plan_inputs
from vidyamitra.learning import repository
from vidyamitra.learning.models import LearningPlan, LearningPlanItem
from vidyamitra.learning.schemas import LearningPlanRequest


def _replace_items(plan: LearningPlan, draft: LearningPlanDraft) -> list[LearningPlanItem]:
    return [
        LearningPlanItem(
            id=new_id(),
            plan_id=plan.id,
            position=item.position,
            skill=item.skill,
            status=item.status,
            hours=item.hours,
            why=item.why,
            detail=item.model_dump(mode="json"),
        )
        for item in draft.items
    ]


def _draft_fields(draft: LearningPlanDraft) -> dict[str, object]:
    return draft.model_dump(mode="json", exclude={"items"})


async def create(
    session: AsyncSession, engine: AIEngine, *, user_id: str, body: LearningPlanRequest
) -> LearningPlan:
    inputs = await plan_inputs.gather_inputs(session, user_id, body)
    start = body.start_date or date.today()
    draft = await engine.build_learning_plan(
        plan_inputs.plan_request(inputs, hours_per_week=body.hours_per_week, start=start)
    )
    plan = LearningPlan(
        id=new_id(),
        user_id=user_id,
        resume_id=body.resume_id,
        target_role=draft.target_role,
        role_id=draft.role_id,
        hours_per_week=draft.hours_per_week,
        start_date=draft.start_date,
        engine=draft.engine,
        gaps=inputs.gaps,
        draft={**_draft_fields(draft), **plan_inputs.input_fields(inputs, ())},
    )
    session.add(plan)
    await session.flush()
    session.add_all(_replace_items(plan, draft))
    await session.flush()
    return plan


async def get(session: AsyncSession, *, user_id: str, plan_id: str) -> LearningPlan:
    plan = await repository.get(session, user_id=user_id, plan_id=plan_id)
    if plan is None:
        raise NotFound(f"no learning plan {plan_id!r} in your account")
    return plan


async def items(session: AsyncSession, plan: LearningPlan) -> Sequence[LearningPlanItem]:
    return await repository.items(session, plan.id)


async def set_status(
    session: AsyncSession, *, user_id: str, plan_id: str, item_id: str, status: ItemStatus
) -> LearningPlanItem:
    plan = await get(session, user_id=user_id, plan_id=plan_id)
    row = await repository.item(session, plan_id=plan.id, item_id=item_id)
    if row is None:
        raise NotFound(f"no item {item_id!r} in this learning plan")
    row.status = status
    row.detail = {**row.detail, "status": status}
    plan.updated_at = utcnow()
    await session.flush()
    return row


async def replan(
    session: AsyncSession,
    engine: AIEngine,
    *,
    user_id: str,
    plan_id: str,
    hours_per_week: float | None,
    start: date | None,
) -> LearningPlan:
    """Rebuild the schedule from today (or ``start``), keeping items already done.

    Items the learner skipped stay out of the plan (and out of later re-plans) without
    implying anything about other skills.
    """
    plan = await get(session, user_id=user_id, plan_id=plan_id)
    rows = await repository.items(session, plan.id)
    done = [row.skill for row in rows if row.status == "done"]
    inputs, excluded = plan_inputs.stored_inputs(plan)
    excluded += [row.skill for row in rows if row.status == "skipped" and row.skill not in excluded]
    draft = await engine.build_learning_plan(
        plan_inputs.plan_request(
            inputs,
            hours_per_week=hours_per_week or plan.hours_per_week,
            start=start or date.today(),
            keep_done=done,
            exclude=excluded,
        )
    )
    await repository.delete_items(session, plan.id)
    plan.hours_per_week, plan.start_date = draft.hours_per_week, draft.start_date
    plan.engine = draft.engine
    plan.draft = {**_draft_fields(draft), **plan_inputs.input_fields(inputs, excluded)}
    plan.updated_at = utcnow()
    session.add_all(_replace_items(plan, draft))
    await session.flush()
    return plan


def draft_of(plan: LearningPlan, rows: Sequence[LearningPlanItem]) -> LearningPlanDraft:
    """The plan as the engine's model, with each item's current status."""
    fields = {key: value for key, value in plan.draft.items() if key not in plan_inputs.INPUT_KEYS}
    items = [PlanItem.model_validate({**row.detail, "status": row.status}) for row in rows]
    return LearningPlanDraft.model_validate({**fields, "items": items})


async def list_page(
    session: AsyncSession, *, user_id: str, limit: int, offset: int
) -> tuple[Sequence[LearningPlan], int, dict[str, list[LearningPlanItem]]]:
    plans, total = await repository.list_page(session, user_id=user_id, limit=limit, offset=offset)
    return plans, total, await repository.items_for(session, [plan.id for plan in plans])
