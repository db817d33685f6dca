"""Preparation estimates for certification skills: how long the exam takes to prepare for."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vidyamitra.ai.learning_models import PlanItem
from vidyamitra.ai.offline.learning.ports import SkillNames
from vidyamitra.core.errors import AppError

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "data" / "catalog" / "certifications.yaml"


class CertificationsError(AppError, ValueError):
    """The certification estimates file is invalid; ``problems`` lists every problem found."""

    title = "Invalid certification estimates"
    type_slug = "invalid-certifications"

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} certification problem(s): " + "; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Preparation:
    """Typical preparation for one certification."""

    hours: float
    note: str | None = None


class Certifications:
    """Preparation estimates by canonical skill (case-insensitive)."""

    def __init__(self, estimates: dict[str, Preparation]) -> None:
        self._by_skill = {skill.casefold(): prep for skill, prep in estimates.items()}

    def get(self, skill: str) -> Preparation | None:
        """The estimate for a certification skill, None for other skills."""
        return self._by_skill.get(skill.casefold())


def load_certifications(
    taxonomy: SkillNames | None = None, path: Path | None = None
) -> Certifications:
    """Load and validate the estimates; raise CertificationsError listing every problem.

    With a taxonomy every skill must be a canonical taxonomy name.
    """
    import yaml

    document = yaml.safe_load((path or DEFAULT_PATH).read_text(encoding="utf-8")) or {}
    raw = document.get("certifications") if isinstance(document, dict) else None
    if not isinstance(raw, dict):
        raise CertificationsError(["expected a mapping with a 'certifications' mapping"])
    problems: list[str] = []
    estimates: dict[str, Preparation] = {}
    for skill, entry in raw.items():
        hours = entry.get("hours") if isinstance(entry, dict) else None
        note = entry.get("note") if isinstance(entry, dict) else None
        if taxonomy is not None and taxonomy.canonical(str(skill)) != skill:
            problems.append(f"{skill}: not a canonical taxonomy skill")
        elif not isinstance(hours, int | float) or isinstance(hours, bool) or hours <= 0:
            problems.append(f"{skill}: hours must be a positive number")
        elif note is not None and not isinstance(note, str):
            problems.append(f"{skill}: note must be text")
        else:
            estimates[str(skill)] = Preparation(float(hours), note)
    if problems:
        raise CertificationsError(problems)
    return Certifications(estimates)


def certification_notes(items: list[PlanItem], certifications: Certifications) -> list[str]:
    """One note on the certifications in the plan: hours are preparation, fees are extra."""
    found = []
    for item in items:
        prep = certifications.get(item.skill) if item.status != "done" else None
        if prep is not None:
            found.append(
                f"{item.skill} {prep.hours:g} h" + (f" ({prep.note})" if prep.note else "")
            )
    if not found:
        return []
    return [
        "Certifications are budgeted at their typical preparation time, not the length of one "
        f"resource: {'; '.join(found)}. Exam and registration fees are not included."
    ]
