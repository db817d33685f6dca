"""API schemas for learning plans."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from vidyamitra.ai.learning_models import (
    ItemStatus,
    Milestone,
    PlanItem,
    Resource,
    ScheduleWeek,
    SkippedSkill,
)


class LearningPlanRequest(BaseModel):
    """`{gaps, target_role}` (the original request) or `{resume_id, target_role}`."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"gaps": ["Docker", "Kubernetes"], "target_role": "DevOps Engineer"},
                {"resume_id": "…", "target_role": "Data Analyst", "hours_per_week": 8},
            ]
        }
    )

    gaps: list[str] = Field(default_factory=list, max_length=50)
    target_role: str | None = Field(None, max_length=200)
    resume_id: str | None = Field(None, max_length=64)
    interview_id: str | None = Field(
        None,
        max_length=64,
        description="Plan the skills a completed interview found weak (the whole role "
        "profile only when target_role is also given).",
    )
    have: list[Annotated[str, StringConstraints(max_length=100)]] = Field(
        default_factory=list, max_length=200, description="Skills already known (skipped)."
    )
    hours_per_week: float = Field(6.0, ge=1, le=60)
    start_date: date | None = Field(None, description="First day of week 1 (default: today).")

    @model_validator(mode="after")
    def _something_to_plan(self) -> LearningPlanRequest:
        if not (self.gaps or self.target_role or self.resume_id or self.interview_id):
            raise ValueError("give gaps, a target_role, a resume_id or an interview_id")
        if any(len(gap) > 100 or not gap.strip() for gap in self.gaps):
            raise ValueError("each gap is a skill name of 1–100 characters")
        return self


class ReplanRequest(BaseModel):
    hours_per_week: float | None = Field(None, ge=1, le=60)
    start_date: date | None = None


class ItemUpdate(BaseModel):
    status: ItemStatus


class PlanItemRead(PlanItem):
    item_id: str = Field(description="Use with PATCH …/items/{item_id}.")


class PlanProgress(BaseModel):
    percent: float = Field(description="Done hours over planned (not skipped) hours, 0–100.")
    done: int
    in_progress: int
    todo: int
    skipped: int
    total: int
    hours_done: float
    hours_planned: float


class LearningPlanRead(BaseModel):
    """`plan_id` + `resources`, as in the original API, plus the full plan."""

    plan_id: str
    resources: list[Resource] = Field(description="Primary resource of each item, in order.")
    engine: str
    target_role: str | None
    role_id: str | None
    hours_per_week: float
    total_hours: float
    weeks: int
    start_date: date
    estimated_finish: date
    items: list[PlanItemRead]
    schedule: list[ScheduleWeek]
    milestones: list[Milestone]
    skipped_skills: list[SkippedSkill]
    notes: list[str]
    progress: PlanProgress
    created_at: datetime
    updated_at: datetime


class PlanSummary(BaseModel):
    plan_id: str
    target_role: str | None
    engine: str
    items: int
    progress: PlanProgress
    estimated_finish: date
    created_at: datetime


class ItemRead(BaseModel):
    item: PlanItemRead
    progress: PlanProgress
