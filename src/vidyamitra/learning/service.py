"""Learning-plan use cases: create (from gaps, a role or a resume), track, re-plan, export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.ai.learning_models import ItemStatus, LearningPlanDraft, PlanItem
from vidyamitra.ai.port import AIEngine, PlanRequest
from vidyamitra.core.database import new_id, utcnow
from vidyamitra.core.errors import BadRequest, NotFound
from vidyamitra.interviews import service as interviews
from vidyamitra.interviews.models import Interview
from vidyamitra.learning import repository
from vidyamitra.learning.models import LearningPlan, LearningPlanItem
from vidyamitra.learning.schemas import LearningPlanRequest
from vidyamitra.resumes import service as resumes

STRONG_SCORE = 61  # an interview answer at or above this shows the skill ("Proficient" up)
_INPUT_KEYS = ("have", "resume_skills", "demonstrated", "exclude", "role_skills")


@dataclass
class PlanInputs:
    """What a plan is built from, kept with the plan so a re-plan builds from the same."""

    role: str | None
    gaps: list[str]
    have: list[str] = field(default_factory=list)
    resume_skills: list[str] = field(default_factory=list)
    demonstrated: list[str] = field(default_factory=list)
    role_skills: bool = True


async def _request_from_resume(
    session: AsyncSession, user_id: str, body: LearningPlanRequest
) -> PlanInputs:
    """Role, gaps and known skills, taking what the request leaves out from the resume."""
    if body.resume_id is None:
        return PlanInputs(body.target_role, list(body.gaps), list(body.have))
    resume = await resumes.get(session, user_id=user_id, resume_id=body.resume_id)
    analysis = resumes.analysis_of(resume)
    role = body.target_role or resume.target_role
    if body.target_role and body.target_role != resume.target_role:
        gaps = list(body.gaps)  # the resume's gaps were for another role: the role decides
    else:
        gaps = list(body.gaps) or [gap.skill for gap in analysis.gaps]
    on_resume = [skill.name for skill in analysis.skills]
    return PlanInputs(role, gaps, list(body.have), on_resume)


async def _plan_inputs(
    session: AsyncSession, user_id: str, body: LearningPlanRequest
) -> PlanInputs:
    """Role, gaps and known skills from the request, the resume and the interview report.

    From an interview without an explicit target_role, the plan covers the weak skills the
    report found (the role only labels it) and skips the skills answered well.
    """
    inputs = await _request_from_resume(session, user_id, body)
    if body.interview_id is None:
        return inputs
    interview = await interviews.get(session, user_id=user_id, interview_id=body.interview_id)
    report = interviews.report_of(interview)
    weak = list(report.next_steps)
    inputs.role = inputs.role or interview.role
    inputs.gaps += [skill for skill in weak if skill not in inputs.gaps]
    inputs.demonstrated = await _strong_skills(session, interview, set(weak))
    if body.target_role is None:
        inputs.role_skills = False
        if not inputs.gaps:
            raise BadRequest(
                "the interview found no weak skills to plan; give a target_role or gaps"
            )
    return inputs


async def _strong_skills(session: AsyncSession, interview: Interview, weak: set[str]) -> list[str]:
    """Skills of questions answered well, unless another question found them weak."""
    questions = interviews.questions_of(interview)
    rows = await interviews.answers(session, interview)
    strong = [
        skill
        for row in rows
        if row.score >= STRONG_SCORE and row.question_index < len(questions)
        for skill in questions[row.question_index].skills
    ]
    return [skill for skill in dict.fromkeys(strong) if skill not in weak]


def _stored_inputs(plan: LearningPlan) -> tuple[PlanInputs, list[str]]:
    """The inputs a plan was built from, and the skills skipped in earlier re-plans."""

    def names(key: str) -> list[str]:
        return [str(skill) for skill in plan.draft.get(key, [])]

    inputs = PlanInputs(
        plan.target_role,
        list(plan.gaps),
        names("have"),
        names("resume_skills"),
        names("demonstrated"),
        bool(plan.draft.get("role_skills", True)),
    )
    return inputs, names("exclude")


def _request(
    inputs: PlanInputs,
    *,
    hours_per_week: float,
    start: date,
    keep_done: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> PlanRequest:
    return PlanRequest(
        target_role=inputs.role,
        gaps=inputs.gaps,
        have=inputs.have,
        keep_done=keep_done,
        hours_per_week=hours_per_week,
        start=start,
        resume_skills=inputs.resume_skills,
        demonstrated=inputs.demonstrated,
        exclude=exclude,
        role_skills=inputs.role_skills,
    )


def _input_fields(inputs: PlanInputs, exclude: Sequence[str]) -> dict[str, object]:
    return {
        "have": inputs.have,
        "resume_skills": inputs.resume_skills,
        "demonstrated": inputs.demonstrated,
        "exclude": list(exclude),
        "role_skills": inputs.role_skills,
    }


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
    inputs = await _plan_inputs(session, user_id, body)
    start = body.start_date or date.today()
    draft = await engine.build_learning_plan(
        _request(inputs, hours_per_week=body.hours_per_week, start=start)
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
        draft={**_draft_fields(draft), **_input_fields(inputs, ())},
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
    inputs, excluded = _stored_inputs(plan)
    excluded += [row.skill for row in rows if row.status == "skipped" and row.skill not in excluded]
    draft = await engine.build_learning_plan(
        _request(
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
    plan.draft = {**_draft_fields(draft), **_input_fields(inputs, excluded)}
    plan.updated_at = utcnow()
    session.add_all(_replace_items(plan, draft))
    await session.flush()
    return plan


def draft_of(plan: LearningPlan, rows: Sequence[LearningPlanItem]) -> LearningPlanDraft:
    """The plan as the engine's model, with each item's current status."""
    fields = {key: value for key, value in plan.draft.items() if key not in _INPUT_KEYS}
    items = [PlanItem.model_validate({**row.detail, "status": row.status}) for row in rows]
    return LearningPlanDraft.model_validate({**fields, "items": items})


async def list_page(
    session: AsyncSession, *, user_id: str, limit: int, offset: int
) -> tuple[Sequence[LearningPlan], int, dict[str, list[LearningPlanItem]]]:
    plans, total = await repository.list_page(session, user_id=user_id, limit=limit, offset=offset)
    return plans, total, await repository.items_for(session, [plan.id for plan in plans])
