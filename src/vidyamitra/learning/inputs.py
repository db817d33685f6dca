"""What a learning plan is built from: the request, the resume, the interview report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.ai.interview_models import WEAK_MAX
from vidyamitra.ai.port import PlanRequest
from vidyamitra.core.errors import BadRequest
from vidyamitra.interviews import service as interviews
from vidyamitra.interviews.models import Interview
from vidyamitra.learning.models import LearningPlan
from vidyamitra.learning.schemas import LearningPlanRequest
from vidyamitra.resumes import service as resumes

INPUT_KEYS = ("have", "resume_skills", "demonstrated", "exclude", "role_skills")


@dataclass
class PlanInputs:
    """What a plan is built from, kept with the plan so a re-plan builds from the same."""

    role: str | None
    gaps: list[str]
    have: list[str] = field(default_factory=list)
    resume_skills: list[str] = field(default_factory=list)
    demonstrated: list[str] = field(default_factory=list)
    role_skills: bool = True


async def inputs_from_resume(
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


async def gather_inputs(
    session: AsyncSession, user_id: str, body: LearningPlanRequest
) -> PlanInputs:
    """Role, gaps and known skills from the request, the resume and the interview report.

    From an interview without an explicit target_role, the plan covers the weak skills the
    report found (the role only labels it) and skips the skills answered well.
    """
    inputs = await inputs_from_resume(session, user_id, body)
    if body.interview_id is None:
        return inputs
    interview = await interviews.get(session, user_id=user_id, interview_id=body.interview_id)
    report = interviews.report_of(interview)
    weak = list(report.next_steps)
    inputs.role = inputs.role or interview.role
    inputs.gaps += [skill for skill in weak if skill not in inputs.gaps]
    inputs.demonstrated = await strong_skills(session, interview, set(weak))
    if body.target_role is None:
        inputs.role_skills = False
        if not inputs.gaps:
            raise BadRequest(
                "the interview found no weak skills to plan; give a target_role or gaps"
            )
    return inputs


async def strong_skills(session: AsyncSession, interview: Interview, weak: set[str]) -> list[str]:
    """Skills of questions answered well, unless another question found them weak."""
    questions = interviews.questions_of(interview)
    rows = await interviews.answers(session, interview)
    strong = [
        skill
        for row in rows
        if row.score > WEAK_MAX and row.question_index < len(questions)
        for skill in questions[row.question_index].skills
    ]
    return [skill for skill in dict.fromkeys(strong) if skill not in weak]


def stored_inputs(plan: LearningPlan) -> tuple[PlanInputs, list[str]]:
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


def plan_request(
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


def input_fields(inputs: PlanInputs, exclude: Sequence[str]) -> dict[str, object]:
    return {
        "have": inputs.have,
        "resume_skills": inputs.resume_skills,
        "demonstrated": inputs.demonstrated,
        "exclude": list(exclude),
        "role_skills": inputs.role_skills,
    }
