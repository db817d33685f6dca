"""Packing plan items into weeks by hours, and the weekly milestones that close them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from vidyamitra.ai.learning_models import Milestone, PlanItem, ScheduleEntry, ScheduleWeek

EPSILON = 1e-6


def pack_weeks(
    items: Sequence[PlanItem], hours_per_week: float, start: date
) -> tuple[list[PlanItem], list[ScheduleWeek]]:
    """Items with week/end_week set, and the weeks; an item longer than a week spans weeks."""
    weeks: list[list[ScheduleEntry]] = [[]]
    left = hours_per_week
    placed: list[PlanItem] = []
    for item in items:
        if item.status in ("done", "skipped"):
            placed.append(item.model_copy(update={"week": None, "end_week": None}))
            continue
        remaining = item.hours
        if left <= EPSILON:
            weeks.append([])
            left = hours_per_week
        first = len(weeks)
        while remaining > EPSILON:
            if left <= EPSILON:
                weeks.append([])
                left = hours_per_week
            take = min(left, remaining)
            weeks[-1].append(ScheduleEntry(skill=item.skill, position=item.position, hours=take))
            remaining -= take
            left -= take
        placed.append(item.model_copy(update={"week": first, "end_week": len(weeks)}))
    if not weeks[-1]:
        weeks.pop()
    return placed, [_week(n, entries, start) for n, entries in enumerate(weeks, start=1)]


def _week(number: int, entries: list[ScheduleEntry], start: date) -> ScheduleWeek:
    """One schedule week with its dates and total hours."""
    starts = start + timedelta(days=7 * (number - 1))
    total = round(sum(e.hours for e in entries), 4)
    return ScheduleWeek(
        week=number, starts=starts, ends=starts + timedelta(days=6), hours=total, entries=entries
    )


def milestones(
    items: Sequence[PlanItem], weeks: Sequence[ScheduleWeek], check_for: Callable[[str], str]
) -> list[Milestone]:
    """One milestone per week in which items finish, closed by a templated check."""
    finishing: dict[int, list[str]] = {}
    for item in items:
        if item.end_week is not None:
            finishing.setdefault(item.end_week, []).append(item.skill)
    found: list[Milestone] = []
    for week in weeks:
        skills = finishing.get(week.week)
        if not skills:
            continue
        checks = dict.fromkeys(check_for(skill) for skill in skills)
        found.append(
            Milestone(
                week=week.week,
                title=f"Week {week.week}: {', '.join(skills)}",
                skills=skills,
                check=" ".join(checks),
                due=week.ends,
            )
        )
    return found
