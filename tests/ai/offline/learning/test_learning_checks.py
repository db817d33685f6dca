"""Milestone-check templates: per-skill overrides, category templates, default, validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from vidyamitra.ai.offline.learning import MilestoneChecks, load_milestone_checks
from vidyamitra.ai.offline.learning.checks import MilestoneChecksError
from vidyamitra.ai.offline.skills import Taxonomy


def test_skill_override_then_category_then_default() -> None:
    checks = MilestoneChecks(
        {"default": "{skill}: summarise.", "database": "{skill}: write queries."},
        {"SQL": "{skill}: load a dataset."},
    )
    assert checks.check("sql", "database") == "sql: load a dataset."
    assert checks.check("MongoDB", "database") == "MongoDB: write queries."
    assert checks.check("Knitting", None) == "Knitting: summarise."
    assert checks.check("Knitting", "crafts") == "Knitting: summarise."


@pytest.mark.parametrize(
    ("templates", "skills"),
    [
        ({"database": "{skill}"}, {}),
        ({"default": "no slot"}, {}),
        ({"default": "{skill}"}, {"SQL": "x"}),
    ],
)
def test_bad_templates_are_refused(templates: dict[str, str], skills: dict[str, str]) -> None:
    with pytest.raises(MilestoneChecksError):
        MilestoneChecks(templates, skills)


def test_file_must_map_names_to_text(tmp_path: Path) -> None:
    path = tmp_path / "checks.yaml"
    path.write_text("checks:\n  default: [not, text]\n", encoding="utf-8")
    with pytest.raises(MilestoneChecksError):
        load_milestone_checks(path)


def test_shipped_checks_cover_every_taxonomy_category(taxonomy: Taxonomy) -> None:
    checks = load_milestone_checks()
    default = checks.check("X", None)
    categories = {entry.category for entry in taxonomy.entries}
    generic = [c for c in categories if checks.check("X", c) == default]
    assert generic == []
