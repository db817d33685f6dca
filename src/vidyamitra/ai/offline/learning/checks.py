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
    """Check templates keyed by skill category, with a default."""

    def __init__(self, templates: Mapping[str, str]) -> None:
        if "default" not in templates:
            raise MilestoneChecksError("milestone checks need a 'default' template")
        bad = [k for k, v in templates.items() if "{skill}" not in v]
        if bad:
            raise MilestoneChecksError(f"templates without a {{skill}} slot: {', '.join(bad)}")
        self._templates = dict(templates)

    def check(self, skill: str, category: str | None) -> str:
        """The check text for one skill of a category."""
        template = self._templates.get(category or "default", self._templates["default"])
        return template.replace("{skill}", skill)


def load_milestone_checks(path: Path | None = None) -> MilestoneChecks:
    """Load the check templates file."""
    import yaml

    document = yaml.safe_load((path or DEFAULT_PATH).read_text(encoding="utf-8")) or {}
    checks = document.get("checks") if isinstance(document, dict) else None
    if not isinstance(checks, dict) or not all(isinstance(v, str) for v in checks.values()):
        raise MilestoneChecksError("expected a 'checks' mapping of category to template text")
    return MilestoneChecks({str(k): v for k, v in checks.items()})
