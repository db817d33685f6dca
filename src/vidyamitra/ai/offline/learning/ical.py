"""RFC 5545 export: one all-day VEVENT per weekly milestone of a plan."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from vidyamitra.ai.learning_models import LearningPlanDraft, Milestone

PRODID = "-//VidyaMitra//Learning plan//EN"
MAX_OCTETS = 75


def to_ical(plan: LearningPlanDraft, *, stamp: datetime | None = None) -> str:
    """The plan's milestones as a VCALENDAR (CRLF lines, folded at 75 octets, escaped text)."""
    when = (stamp or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape('Learning plan: ' + (plan.target_role or 'skill gaps'))}",
    ]
    for milestone in plan.milestones:
        lines += _event(plan, milestone, when)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _event(plan: LearningPlanDraft, milestone: Milestone, stamp: str) -> list[str]:
    """The lines of one all-day milestone event."""
    description = f"{milestone.check}\nSkills: {', '.join(milestone.skills)}"
    return [
        "BEGIN:VEVENT",
        f"UID:{_uid(plan, milestone)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{milestone.due.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(milestone.due + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{_escape(milestone.title)}",
        f"DESCRIPTION:{_escape(description)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def _uid(plan: LearningPlanDraft, milestone: Milestone) -> str:
    """Stable UID: same plan start, role and milestone skills give the same UID."""
    basis = "|".join(
        [plan.role_id or "", plan.start_date.isoformat(), str(milestone.week), *milestone.skills]
    )
    return f"{hashlib.sha256(basis.encode()).hexdigest()[:32]}@vidyamitra"


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets without splitting a character."""
    parts: list[str] = []
    current, size, limit = "", 0, MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, MAX_OCTETS - 1  # continuation lines start with a space
        current += ch
        size += width
    parts.append(current)
    return "\r\n ".join(parts)
