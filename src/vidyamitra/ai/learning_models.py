"""Learning-plan result types: catalog resources, plan items, weekly schedule and milestones."""

from __future__ import annotations

from datetime import date
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

ResourceType = Literal["docs", "course", "video", "book", "article", "interactive", "project"]
Level = Literal["beginner", "intermediate", "advanced"]
Importance = Literal["required", "preferred", "extra"]
ItemStatus = Literal["todo", "in_progress", "done", "skipped"]

SEARCH_LABEL: Final = "No catalog resource yet — search suggestion"


class Resource(BaseModel):
    """One learning resource from the catalog."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable catalog id, e.g. 'fpb-python-3f2a1c'.")
    title: str = Field(description="Title as published.")
    url: str = Field(description="https URL of the resource.")
    type: ResourceType = Field(description="Kind of resource.")
    free: bool = Field(description="True when the material can be studied at no cost.")
    level: Level = Field(description="Level the resource is pitched at.")
    hours: float = Field(gt=0, description="Estimated study hours to work through it.")
    skills: list[str] = Field(min_length=1, description="Canonical taxonomy skills it teaches.")
    provider: str = Field(description="Who publishes it (author, university, vendor).")
    source: str = Field(description="Catalog it came from: curated, ossu, free-programming-books.")


class SearchSuggestion(BaseModel):
    """A search to run when the catalog has nothing for a skill; never a URL."""

    label: Literal["No catalog resource yet — search suggestion"] = Field(
        default=SEARCH_LABEL, description="Fixed label telling the user this is not a vetted link."
    )
    query: str = Field(description="Search query to type into a search engine or course site.")


class PlanItem(BaseModel):
    """One skill to learn, with its chosen resource and where it sits in the schedule."""

    position: int = Field(ge=1, description="1-based order in the plan (prerequisites first).")
    skill: str = Field(description="Canonical skill name (or the name as given when unknown).")
    importance: Importance = Field(
        description="required (by the target role, or named as a gap), preferred by the role, "
        "or extra (a prerequisite or a skill done in an earlier plan)."
    )
    why: str = Field(description="Why this skill is in the plan.")
    resource: Resource | None = Field(description="Primary resource; None when none is catalogued.")
    alternatives: list[Resource] = Field(
        default_factory=list, description="Other catalog resources for the same skill."
    )
    search_suggestion: SearchSuggestion | None = Field(
        default=None, description="Set only when the catalog has no resource for the skill."
    )
    hours: float = Field(
        ge=0,
        description="Study hours budgeted: the primary resource's hours shared among the skills "
        "it teaches (at least 1), or a rough estimate when there is no resource.",
    )
    week: int | None = Field(description="Week (1-based) the item starts in; None when done.")
    end_week: int | None = Field(default=None, description="Week the item finishes in.")
    status: ItemStatus = Field(default="todo", description="Progress status.")
    prerequisites: list[str] = Field(
        default_factory=list, description="Skills to know first (from the skill graph)."
    )
    is_prerequisite: bool = Field(
        default=False, description="True when pulled in only because a later skill needs it."
    )


class ScheduleEntry(BaseModel):
    """Hours of one item studied in one week."""

    skill: str = Field(description="Skill of the plan item.")
    position: int = Field(description="Position of the plan item.")
    hours: float = Field(gt=0, description="Hours of that item scheduled this week.")


class ScheduleWeek(BaseModel):
    """One week of the schedule."""

    week: int = Field(ge=1, description="1-based week number.")
    starts: date = Field(description="First day of the week.")
    ends: date = Field(description="Last day of the week.")
    hours: float = Field(description="Hours scheduled this week (at most hours_per_week).")
    entries: list[ScheduleEntry] = Field(description="Items studied this week.")


class Milestone(BaseModel):
    """A weekly checkpoint closed by a small project or self-check."""

    week: int = Field(ge=1, description="Week the milestone closes.")
    title: str = Field(description="Short title.")
    skills: list[str] = Field(description="Skills finished by this milestone.")
    check: str = Field(description="Small project or self-check that proves the skills.")
    due: date = Field(description="Last day of the milestone's week.")


class SkippedSkill(BaseModel):
    """A skill left out of the plan and why."""

    skill: str = Field(description="Skill name.")
    reason: str = Field(description="Why it was left out.")


class LearningPlanDraft(BaseModel):
    """A learning plan produced by an engine, before it is stored."""

    engine: str = Field(description="What produced the plan, e.g. 'offline-v1'.")
    target_role: str | None = Field(description="Role title the plan aims at, if any.")
    role_id: str | None = Field(description="Role-library id of the target role, if any.")
    hours_per_week: float = Field(ge=1, le=60, description="Study hours available per week.")
    total_hours: float = Field(ge=0, description="Hours still to study (items not done).")
    weeks: int = Field(ge=0, description="Number of weeks in the schedule.")
    start_date: date = Field(description="First day of week 1.")
    estimated_finish: date = Field(description="Last day of the final scheduled week.")
    items: list[PlanItem] = Field(description="Skills in study order.")
    schedule: list[ScheduleWeek] = Field(description="Week-by-week allocation of hours.")
    milestones: list[Milestone] = Field(description="Weekly checkpoints.")
    skipped_skills: list[SkippedSkill] = Field(description="Skills left out, with reasons.")
    notes: list[str] = Field(default_factory=list, description="Caveats about the plan.")

    @computed_field(description="Every resource in the plan, primaries first.")  # type: ignore[prop-decorator]
    @property
    def resources(self) -> list[Resource]:
        """Distinct resources of the plan: primary resources first, then alternatives."""
        seen: dict[str, Resource] = {}
        for item in self.items:
            if item.resource is not None:
                seen.setdefault(item.resource.id, item.resource)
        for item in self.items:
            for alt in item.alternatives:
                seen.setdefault(alt.id, alt)
        return list(seen.values())
