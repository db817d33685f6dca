"""Skill taxonomy: load it once at startup and pass it to the engines that need it."""

from vidyamitra.ai.offline.skills.taxonomy import (
    SkillEntry,
    SkillKind,
    Taxonomy,
    TaxonomyError,
    load_taxonomy,
)

__all__ = ["SkillEntry", "SkillKind", "Taxonomy", "TaxonomyError", "load_taxonomy"]
