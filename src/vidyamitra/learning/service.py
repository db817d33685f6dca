"""Learning-plan use cases: create (from gaps, a role or a resume), track, re-plan, export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.ai.learning_models import ItemStatus, LearningPlanDraft, PlanItem
from vidyamitra.ai.port import AIEngine, PlanRequest
from vidyamitra.core.database import new_id, utcnow
from vidyamitra.core.errors import NotFound
from vidyamitra.interviews import service as interviews
from vidyamitra.learning import repository
from vidyamitra.learning.models import LearningPlan, LearningPlanItem
from vidyamitra.learning.schemas import LearningPlanRequest
from vidyamitra.resumes import service as resumes


async def _request_from_resume(
    session: AsyncSession, user_id: str, body: LearningPlanRequest
) -> tuple[str | None, list[str], list[str]]:
    """Role, gaps and known skills, taking what the request leaves out from the resume."""
    if body.resume_id is None:
        return body.target_role, list(body.gaps), list(body.have)
    resume = await resumes.get(session, user_id=user_id, resume_id=body.resume_id)
    analysis = resumes.analysis_of(resume)
    role = body.target_role or resume.target_role
    if body.target_role and body.target_role != resume.target_role:
        gaps = list(body.gaps)  # the resume's gaps were for another role: the role decides
    else:
        gaps = list(body.gaps) or [gap.skill for gap in analysis.gaps]
    have = list(body.have) + [skill.name for skill in analysis.skills]
    return role, gaps, have


async def _plan_inputs(
    session: AsyncSession, user_id: str, body: LearningPlanRequest
) -> tuple[str | None, list[str], list[str]]:
    """Role, gaps and known skills from the request, the resume and the interview report."""
    role, gaps, have = await _request_from_resume(session, user_id, body)
    if body.interview_id is not None:
        interview = await interviews.get(session, user_id=user_id, interview_id=body.interview_id)
        report = interviews.report_of(interview)
        role = role or interview.role
        gaps += [skill for skill in report.next_steps if skill not in gaps]
    return role, gaps, have


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
    role, gaps, have = await _plan_inputs(session, user_id, body)
    start = body.start_date or date.today()
    draft = await engine.build_learning_plan(
        PlanRequest(
            target_role=role, gaps=gaps, have=have, hours_per_week=body.hours_per_week, start=start
        )
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
        gaps=gaps,
        draft=_draft_fields(draft),
    )
    plan.draft["have"] = have
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
    """Rebuild the schedule from today (or ``start``), keeping items already done."""
    plan = await get(session, user_id=user_id, plan_id=plan_id)
    rows = await repository.items(session, plan.id)
    done = [row.skill for row in rows if row.status == "done"]
    skipped = [row.skill for row in rows if row.status == "skipped"]
    have = [str(skill) for skill in plan.draft.get("have", [])]
    draft = await engine.build_learning_plan(
        PlanRequest(
            target_role=plan.target_role,
            gaps=plan.gaps,
            have=have + skipped,
            keep_done=done,
            hours_per_week=hours_per_week or plan.hours_per_week,
            start=start or date.today(),
        )
    )
    await repository.delete_items(session, plan.id)
    plan.hours_per_week, plan.start_date = draft.hours_per_week, draft.start_date
    plan.engine, plan.draft = draft.engine, {**_draft_fields(draft), "have": have + skipped}
    plan.updated_at = utcnow()
    session.add_all(_replace_items(plan, draft))
    await session.flush()
    return plan


def draft_of(plan: LearningPlan, rows: Sequence[LearningPlanItem]) -> LearningPlanDraft:
    """The plan as the engine's model, with each item's current status."""
    fields = {key: value for key, value in plan.draft.items() if key != "have"}
    items = [PlanItem.model_validate({**row.detail, "status": row.status}) for row in rows]
    return LearningPlanDraft.model_validate({**fields, "items": items})


async def list_page(
    session: AsyncSession, *, user_id: str, limit: int, offset: int
) -> tuple[Sequence[LearningPlan], int, dict[str, list[LearningPlanItem]]]:
    plans, total = await repository.list_page(session, user_id=user_id, limit=limit, offset=offset)
    return plans, total, await repository.items_for(session, [plan.id for plan in plans])
