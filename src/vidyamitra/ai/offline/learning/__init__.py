"""Offline learning plans: resource catalog, skill prerequisite graph, planner and exports."""

from vidyamitra.ai.offline.learning.catalog import Catalog, CatalogError, load_catalog
from vidyamitra.ai.offline.learning.checks import MilestoneChecks, load_milestone_checks
from vidyamitra.ai.offline.learning.export import format_plan_text, to_markdown
from vidyamitra.ai.offline.learning.graph import SkillGraph, SkillGraphError, load_skill_graph
from vidyamitra.ai.offline.learning.ical import to_ical
from vidyamitra.ai.offline.learning.links import LinkReport, check_links
from vidyamitra.ai.offline.learning.planner import LearningPlanner

__all__ = [
    "Catalog",
    "CatalogError",
    "LearningPlanner",
    "LinkReport",
    "MilestoneChecks",
    "SkillGraph",
    "SkillGraphError",
    "check_links",
    "format_plan_text",
    "load_catalog",
    "load_milestone_checks",
    "load_skill_graph",
    "to_ical",
    "to_markdown",
]
