"""Plan exports for people: a Markdown checklist and plain terminal text."""

from __future__ import annotations

from vidyamitra.ai.learning_models import LearningPlanDraft, PlanItem


def to_markdown(plan: LearningPlanDraft) -> str:
    """The plan as a Markdown document with a ``- [ ]`` / ``- [x]`` checklist."""
    title = plan.target_role or "your skill gaps"
    lines = [
        f"# Learning plan: {title}",
        "",
        f"{plan.hours_per_week:g} hours/week · {plan.total_hours:g} hours to go · "
        f"{plan.weeks} weeks · {plan.start_date.isoformat()} to "
        f"{plan.estimated_finish.isoformat()}",
        "",
        "## Checklist",
        "",
    ]
    lines += [_checklist_line(item) for item in plan.items]
    if plan.milestones:
        lines += ["", "## Milestones", ""]
        lines += [
            f"- [ ] Week {m.week} (due {m.due.isoformat()}): {m.check}" for m in plan.milestones
        ]
    if plan.skipped_skills:
        lines += ["", "## Skipped", ""]
        lines += [f"- {s.skill}: {s.reason}" for s in plan.skipped_skills]
    if plan.notes:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in plan.notes]
    return "\n".join(lines) + "\n"


def _checklist_line(item: PlanItem) -> str:
    """One checklist line (with its alternatives as sub-bullets)."""
    box = "[x]" if item.status == "done" else "[ ]"
    head = f"- {box} **{_md(item.skill)}** ({item.importance}, {item.hours:g} h{_weeks(item)})"
    if item.resource is not None:
        r = item.resource
        line = f"{head}: [{_md(r.title)}]({r.url}) — {r.type}, {r.level}, {_cost(r.free)}"
    elif item.search_suggestion is not None:
        s = item.search_suggestion
        line = f'{head}: {s.label}: "{_md(s.query)}"'
    else:
        line = head
    alts = [
        f"  - alternative: [{_md(a.title)}]({a.url}) ({a.hours:g} h)" for a in item.alternatives
    ]
    return "\n".join([line, *alts])


def format_plan_text(plan: LearningPlanDraft) -> str:
    """The plan as readable plain text for the terminal."""
    lines = [
        f"Learning plan: {plan.target_role or 'skill gaps'} ({plan.engine})",
        f"{plan.hours_per_week:g} h/week, {plan.total_hours:g} h to go, {plan.weeks} weeks, "
        f"{plan.start_date.isoformat()} -> {plan.estimated_finish.isoformat()}",
        "",
    ]
    for item in plan.items:
        mark = "x" if item.status == "done" else " "
        lines.append(
            f"[{mark}] {item.position:>2}. {item.skill} ({item.importance}, {item.hours:g} h"
            f"{_weeks(item)})"
        )
        if item.resource is not None:
            lines.append(f"       {item.resource.title} — {item.resource.url}")
        elif item.search_suggestion is not None:
            lines.append(f"       {item.search_suggestion.label}: {item.search_suggestion.query}")
        if item.is_prerequisite:
            lines.append(f"       {item.why}")
    if plan.milestones:
        lines += ["", "Milestones:"]
        lines += [f"  week {m.week} ({m.due.isoformat()}): {m.check}" for m in plan.milestones]
    if plan.skipped_skills:
        lines += ["", "Skipped: " + ", ".join(s.skill for s in plan.skipped_skills)]
    lines += [f"Note: {note}" for note in plan.notes]
    return "\n".join(lines) + "\n"


def _weeks(item: PlanItem) -> str:
    """', week 2' or ', weeks 2-4' (empty when the item is not scheduled)."""
    if item.week is None:
        return ""
    if item.end_week is None or item.end_week == item.week:
        return f", week {item.week}"
    return f", weeks {item.week}-{item.end_week}"


def _cost(free: bool) -> str:
    """'free' or 'paid'."""
    return "free" if free else "paid"


def _md(text: str) -> str:
    """Text safe inside Markdown link labels and emphasis."""
    for ch in "\\[]*_`":
        text = text.replace(ch, "\\" + ch)
    return text
