"""Milestone checks: the small project or self-check that closes a week, per skill category."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from vidyamitra.core.errors import AppError

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "data" / "catalog" / "milestone_checks.yaml"


class MilestoneChecksError(AppError, ValueError):
    """The milestone-check file is invalid."""

    title = "Invalid milestone checks"
    type_slug = "invalid-milestone-checks"


class MilestoneChecks:
    """Check templates keyed by skill category (with a default) and by skill (overrides)."""

    def __init__(
        self, templates: Mapping[str, str], skills: Mapping[str, str] | None = None
    ) -> None:
        if "default" not in templates:
            raise MilestoneChecksError("milestone checks need a 'default' template")
        overrides = dict(skills or {})
        bad = [k for k, v in {**templates, **overrides}.items() if "{skill}" not in v]
        if bad:
            raise MilestoneChecksError(f"templates without a {{skill}} slot: {', '.join(bad)}")
        self._templates = dict(templates)
        self._skills = {k.casefold(): v for k, v in overrides.items()}

    def check(self, skill: str, category: str | None) -> str:
        """The check text for one skill: its own template, else its category's, else default."""
        template = self._skills.get(skill.casefold()) or self._templates.get(
            category or "default", self._templates["default"]
        )
        return template.replace("{skill}", skill)


def load_milestone_checks(path: Path | None = None) -> MilestoneChecks:
    """Load the check templates file."""
    import yaml

    document = yaml.safe_load((path or DEFAULT_PATH).read_text(encoding="utf-8")) or {}
    if not isinstance(document, dict):
        raise MilestoneChecksError("expected a mapping with 'checks' and 'skills'")
    return MilestoneChecks(
        _templates(document.get("checks"), "checks"),
        _templates(document.get("skills", {}), "skills"),
    )


def _templates(raw: object, name: str) -> dict[str, str]:
    """A mapping of names to template text, or MilestoneChecksError."""
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise MilestoneChecksError(f"expected a '{name}' mapping of names to template text")
    return {str(k): str(v) for k, v in raw.items()}
