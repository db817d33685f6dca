"""Turn learning-plan rows into the API's response schemas."""

from __future__ import annotations

from collections.abc import Sequence

from vidyamitra.learning.models import LearningPlan, LearningPlanItem
from vidyamitra.learning.schemas import LearningPlanRead, PlanItemRead, PlanProgress, PlanSummary
from vidyamitra.learning.service import draft_of


def progress(rows: Sequence[LearningPlanItem]) -> PlanProgress:
    """Percent of planned hours done; skipped items leave the denominator."""
    counts = dict.fromkeys(("todo", "in_progress", "done", "skipped"), 0)
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    planned = sum(row.hours for row in rows if row.status != "skipped")
    done = sum(row.hours for row in rows if row.status == "done")
    percent = round(100.0 * done / planned, 1) if planned > 0 else 0.0
    return PlanProgress(
        percent=percent,
        total=len(rows),
        hours_done=round(done, 1),
        hours_planned=round(planned, 1),
        **counts,
    )


def item_read(row: LearningPlanItem) -> PlanItemRead:
    return PlanItemRead.model_validate({**row.detail, "status": row.status, "item_id": row.id})


def plan_read(plan: LearningPlan, rows: Sequence[LearningPlanItem]) -> LearningPlanRead:
    draft = draft_of(plan, rows)
    return LearningPlanRead(
        plan_id=plan.id,
        resources=[item.resource for item in draft.items if item.resource],
        engine=draft.engine,
        target_role=draft.target_role,
        role_id=draft.role_id,
        hours_per_week=draft.hours_per_week,
        total_hours=draft.total_hours,
        weeks=draft.weeks,
        start_date=draft.start_date,
        estimated_finish=draft.estimated_finish,
        items=[item_read(row) for row in rows],
        schedule=draft.schedule,
        milestones=draft.milestones,
        skipped_skills=draft.skipped_skills,
        notes=draft.notes,
        progress=progress(rows),
        created_at=plan.created_at,
        updated_at=plan.updated_at,
    )


def summary(plan: LearningPlan, rows: Sequence[LearningPlanItem]) -> PlanSummary:
    return PlanSummary(
        plan_id=plan.id,
        target_role=plan.target_role,
        engine=plan.engine,
        items=len(rows),
        progress=progress(rows),
        estimated_finish=plan.draft["estimated_finish"],
        created_at=plan.created_at,
    )
