"""Learning-plan routes: thin — parse the request, call the service, return a schema."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, status
from fastapi.responses import PlainTextResponse, Response

from vidyamitra.api.deps import CurrentUser, EngineDep, SessionDep
from vidyamitra.api.pagination import Page, PageDep
from vidyamitra.learning import presenters, service
from vidyamitra.learning.schemas import (
    ItemRead,
    ItemUpdate,
    LearningPlanRead,
    LearningPlanRequest,
    PlanSummary,
    ReplanRequest,
)

router = APIRouter(tags=["learning"])


@router.post(
    "/api/learning/plan",
    status_code=status.HTTP_201_CREATED,
    summary="Build a learning plan from gaps, a target role or a resume",
)
async def create_plan(
    body: LearningPlanRequest, user: CurrentUser, session: SessionDep, engine: EngineDep
) -> LearningPlanRead:
    plan = await service.create(session, engine, user_id=user.id, body=body)
    return presenters.plan_read(plan, await service.items(session, plan))


@router.get("/api/learning/plan/{plan_id}", summary="A learning plan with progress")
async def get_plan(plan_id: str, user: CurrentUser, session: SessionDep) -> LearningPlanRead:
    plan = await service.get(session, user_id=user.id, plan_id=plan_id)
    return presenters.plan_read(plan, await service.items(session, plan))


@router.patch("/api/learning/plan/{plan_id}/items/{item_id}", summary="Set an item's status")
async def update_item(
    plan_id: str, item_id: str, body: ItemUpdate, user: CurrentUser, session: SessionDep
) -> ItemRead:
    row = await service.set_status(
        session, user_id=user.id, plan_id=plan_id, item_id=item_id, status=body.status
    )
    plan = await service.get(session, user_id=user.id, plan_id=plan_id)
    return ItemRead(
        item=presenters.item_read(row),
        progress=presenters.progress(await service.items(session, plan)),
    )


@router.post(
    "/api/learning/plan/{plan_id}/replan",
    summary="Rebuild the schedule from today, keeping done items",
)
async def replan(
    plan_id: str, body: ReplanRequest, user: CurrentUser, session: SessionDep, engine: EngineDep
) -> LearningPlanRead:
    plan = await service.replan(
        session,
        engine,
        user_id=user.id,
        plan_id=plan_id,
        hours_per_week=body.hours_per_week,
        start=body.start_date,
    )
    return presenters.plan_read(plan, await service.items(session, plan))


@router.get(
    "/api/learning/plan/{plan_id}/export",
    summary="Export as JSON, a Markdown checklist or an iCalendar file",
    responses={200: {"content": {"text/markdown": {}, "text/calendar": {}}}},
)
async def export_plan(
    plan_id: str,
    user: CurrentUser,
    session: SessionDep,
    format: Annotated[Literal["json", "markdown", "ical"], Query()] = "json",
) -> Response:
    from vidyamitra.ai.offline.learning import to_ical, to_markdown

    plan = await service.get(session, user_id=user.id, plan_id=plan_id)
    draft = service.draft_of(plan, await service.items(session, plan))
    if format == "markdown":
        return PlainTextResponse(to_markdown(draft), media_type="text/markdown")
    if format == "ical":
        return Response(
            to_ical(draft),
            media_type="text/calendar",
            headers={"Content-Disposition": f'attachment; filename="learning-plan-{plan.id}.ics"'},
        )
    return Response(draft.model_dump_json(), media_type="application/json")


@router.get("/api/learning/plans", summary="My learning plans, newest first")
async def list_plans(user: CurrentUser, session: SessionDep, page: PageDep) -> Page[PlanSummary]:
    plans, total, grouped = await service.list_page(
        session, user_id=user.id, limit=page.limit, offset=page.offset
    )
    items = [presenters.summary(plan, grouped[plan.id]) for plan in plans]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)
