"""Choosing resources for a skill: level fit, then free, substance, focus, source, length."""

from __future__ import annotations

from collections.abc import Sequence

from vidyamitra.ai.learning_models import Level, Resource

LEVEL_RANK: dict[str, int] = {"beginner": 0, "intermediate": 1, "advanced": 2}
# Hand-checked entries first, then the OSSU curriculum, then the community lists.
SOURCE_RANK: dict[str, int] = {"curated": 0, "ossu": 1, "free-programming-books": 2}
ALTERNATIVES = 2
# A short reference article (an encyclopedia entry) orients but cannot carry a skill alone.
OVERVIEW_HOURS = 2.0


def rank_resources(skill: str, resources: Sequence[Resource], level: Level) -> list[Resource]:
    """Resources for one skill, best first."""
    wanted = LEVEL_RANK[level]
    key_skill = skill.casefold()

    def key(r: Resource) -> tuple[int, bool, bool, bool, int, float, str]:
        focused = r.skills[0].casefold() == key_skill
        overview = r.type == "article" and r.hours < OVERVIEW_HOURS
        return (
            abs(LEVEL_RANK[r.level] - wanted),
            not r.free,
            overview,
            not focused,
            SOURCE_RANK.get(r.source, len(SOURCE_RANK)),
            r.hours,
            r.id,
        )

    return sorted(resources, key=key)


def target_level(prerequisites: Sequence[str], held: set[str]) -> Level:
    """Intermediate when the learner already holds every prerequisite, else beginner."""
    if prerequisites and all(p.casefold() in held for p in prerequisites):
        return "intermediate"
    return "beginner"
