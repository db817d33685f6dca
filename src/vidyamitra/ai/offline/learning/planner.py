"""Offline learning planner: role and gap skills to an ordered, scheduled plan with resources."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from vidyamitra.ai.learning_models import LearningPlanDraft, PlanItem, SearchSuggestion
from vidyamitra.ai.offline.learning.catalog import Catalog
from vidyamitra.ai.offline.learning.certifications import (
    Certifications,
    certification_notes,
    load_certifications,
)
from vidyamitra.ai.offline.learning.checks import MilestoneChecks, load_milestone_checks
from vidyamitra.ai.offline.learning.graph import SkillGraph
from vidyamitra.ai.offline.learning.ports import RoleLike, RoleResolver, SkillTaxonomy
from vidyamitra.ai.offline.learning.schedule import milestones, pack_weeks
from vidyamitra.ai.offline.learning.selection import (
    ALTERNATIVES,
    hours_for_skill,
    rank_resources,
    target_level,
)
from vidyamitra.ai.offline.learning.wants import (
    Want,
    canonical_or_raw,
    collect_wants,
    held_skills,
    with_prerequisites,
)
from vidyamitra.core.errors import BadRequest, UnknownRole

UNKNOWN_SKILL_HOURS = 8.0
CERT = "certification"  # taxonomy category whose skills are exams, not subjects
LONG_PLAN_WEEKS = 52
MIN_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK = 1.0, 60.0


class LearningPlanner:
    """Builds learning plans from the taxonomy, role library, catalog and skill graph."""

    def __init__(
        self,
        taxonomy: SkillTaxonomy,
        roles: RoleResolver,
        catalog: Catalog,
        graph: SkillGraph,
        *,
        engine_name: str = "offline-v1",
        checks: MilestoneChecks | None = None,
        certifications: Certifications | None = None,
    ) -> None:
        self._taxonomy = taxonomy
        self._roles = roles
        self._catalog = catalog
        self._graph = graph
        self._engine = engine_name
        self._checks = checks or load_milestone_checks()
        self._certifications = certifications or load_certifications()

    def plan(
        self,
        *,
        target_role: str | None,
        gaps: Sequence[str] = (),
        have: Sequence[str] = (),
        hours_per_week: float = 6.0,
        start: date,
        keep_done: Sequence[str] = (),
        resume_skills: Sequence[str] = (),
        demonstrated: Sequence[str] = (),
        exclude: Sequence[str] = (),
        role_skills: bool = True,
    ) -> LearningPlanDraft:
        """A plan for the role's skills and the gaps, minus what the learner has or skipped.

        ``have`` are skills the learner says they have, ``resume_skills`` those on their
        resume, ``demonstrated`` those answered well in an interview: each is left out with a
        reason saying which, and covers the broader skills it implies. ``exclude`` are skills
        the learner chose to skip: left out, implying nothing. With ``role_skills`` False the
        role only labels the plan (None when unknown) and only the gaps are planned.
        """
        if not MIN_HOURS_PER_WEEK <= hours_per_week <= MAX_HOURS_PER_WEEK:
            raise BadRequest(f"hours_per_week must be between 1 and 60, got {hours_per_week}")
        role = self._role(target_role, role_skills)
        if not (role is not None and role_skills) and not any(g.strip() for g in gaps):
            raise BadRequest("give a target role or at least one gap skill")
        held = held_skills(
            self._taxonomy, resume=resume_skills, said=have, demonstrated=demonstrated
        )
        excluded = {canonical_or_raw(self._taxonomy, e).casefold() for e in exclude if e.strip()}
        wants, skipped = collect_wants(
            self._taxonomy, role if role_skills else None, gaps, keep_done, held, excluded
        )
        wants = with_prerequisites(wants, held.keys(), self._graph, excluded)
        items, notes = self._items(wants, set(held))
        placed, weeks = pack_weeks(items, hours_per_week, start)
        if len(weeks) > LONG_PLAN_WEEKS:
            notes.append(
                f"At {hours_per_week:g} hours a week this plan takes {len(weeks)} weeks; more "
                "hours a week, or fewer preferred skills, would shorten it."
            )
        return LearningPlanDraft(
            engine=self._engine,
            target_role=role.title if role else None,
            role_id=role.id if role else None,
            hours_per_week=hours_per_week,
            total_hours=round(sum(i.hours for i in placed if i.status != "done"), 2),
            weeks=len(weeks),
            start_date=start,
            estimated_finish=start + timedelta(days=max(7 * len(weeks) - 1, 0)),
            items=placed,
            schedule=weeks,
            milestones=milestones(placed, weeks, self._check),
            skipped_skills=skipped,
            notes=notes,
        )

    def _role(self, target_role: str | None, role_skills: bool) -> RoleLike | None:
        """The role the text names; as a label only, an unknown role is None, not an error."""
        if not (target_role and target_role.strip()):
            return None
        if role_skills:
            return self._roles.resolve(target_role)
        try:
            return self._roles.resolve(target_role)
        except UnknownRole:
            return None

    def _items(self, wants: list[Want], held: set[str]) -> tuple[list[PlanItem], list[str]]:
        """Plan items with resources (or search suggestions) in the given order."""
        used: set[str] = set()
        items = []
        for position, want in enumerate(wants, start=1):
            item = self._item(position, want, held, used)
            if item.resource is not None:
                used.add(item.resource.id)
            items.append(item)
        notes = certification_notes(items, self._certifications)
        missing = [i.skill for i in items if i.resource is None]
        if missing:
            notes.append(
                f"No catalog resource for {', '.join(missing)}: a search suggestion is given "
                f"instead and {UNKNOWN_SKILL_HOURS:g} hours are budgeted as a rough estimate."
            )
        return items, notes

    def _item(self, position: int, want: Want, held: set[str], used: set[str]) -> PlanItem:
        """One plan item for a wanted skill; resources already primary elsewhere rank lower."""
        prereqs = list(self._graph.prerequisites(want.skill)) if want.known else []
        level = "beginner" if want.is_prerequisite else target_level(prereqs, held)
        prep = self._certifications.get(want.skill) if want.known else None
        entry = self._taxonomy.get(want.skill) if want.known else None
        certification = prep is not None or (entry is not None and entry.category == CERT)
        found = self._catalog.for_skill(want.skill)
        ranked = rank_resources(want.skill, found, level, used, certification=certification)
        primary = ranked[0] if ranked else None
        hours = hours_for_skill(primary) if primary else UNKNOWN_SKILL_HOURS
        if prep is not None:
            hours = max(hours, prep.hours)
        return PlanItem(
            position=position,
            skill=want.skill,
            importance=want.importance,
            why=want.why,
            resource=primary,
            alternatives=ranked[1 : 1 + ALTERNATIVES],
            search_suggestion=None if primary else _suggestion(want.skill),
            hours=hours,
            week=None,
            status="done" if want.done else "todo",
            prerequisites=prereqs,
            is_prerequisite=want.is_prerequisite,
        )

    def _check(self, skill: str) -> str:
        """Milestone check text for a skill, by its taxonomy category."""
        entry = self._taxonomy.get(skill)
        return self._checks.check(skill, entry.category if entry else None)


def _suggestion(skill: str) -> SearchSuggestion:
    """What to search for when the catalog has nothing for the skill."""
    return SearchSuggestion(query=f"{skill} free course for beginners")
