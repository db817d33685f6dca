"""Choosing resources for a skill: free, substance, level fit, curation, variety, focus, length."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from vidyamitra.ai.learning_models import Level, Resource

LEVEL_RANK: dict[str, int] = {"beginner": 0, "intermediate": 1, "advanced": 2}
# Hand-checked entries first, then the OSSU curriculum, then the community lists.
SOURCE_RANK: dict[str, int] = {"curated": 0, "ossu": 1, "free-programming-books": 2}
ALTERNATIVES = 2
# A short reference article (an encyclopedia entry) orients but cannot carry a skill alone.
OVERVIEW_HOURS = 2.0
# For a certification, anything shorter (an exam page, a portal's home) describes the exam.
CERT_MIN_HOURS = 5.0


def rank_resources(
    skill: str,
    resources: Sequence[Resource],
    level: Level,
    used: AbstractSet[str] = frozenset(),
    *,
    certification: bool = False,
) -> list[Resource]:
    """Resources for one skill, best first.

    A resource in ``used`` (already primary for an earlier skill) that also teaches this one
    is reused rather than adding a second one to study. For a certification an article is
    never primary over a study resource, nor is anything shorter than CERT_MIN_HOURS: those
    describe the exam, they do not prepare for it.
    """
    wanted = LEVEL_RANK[level]
    key_skill = skill.casefold()

    def key(r: Resource) -> tuple[bool, bool, bool, bool, bool, int, int, bool, float, str]:
        distance = abs(LEVEL_RANK[r.level] - wanted)
        short = r.hours < (CERT_MIN_HOURS if certification else OVERVIEW_HOURS)
        overview = (r.type == "article" and (certification or short)) or (certification and short)
        return (
            certification and overview,  # a paid exam course beats a free page about the exam
            not r.free,
            overview,  # an overview, not a course
            distance > 1,  # beginner vs advanced: a mismatch curation cannot make up for
            r.id not in used,  # keep studying the resource already started
            SOURCE_RANK.get(r.source, len(SOURCE_RANK)),
            distance,
            r.skills[0].casefold() != key_skill,  # about another skill first
            r.hours,
            r.id,
        )

    return sorted(resources, key=key)


def hours_for_skill(resource: Resource) -> float:
    """The share of a resource's hours that goes to one of the skills it teaches."""
    return max(1.0, round(resource.hours / len(resource.skills), 1))


def target_level(prerequisites: Sequence[str], held: set[str]) -> Level:
    """Intermediate when the learner already holds every prerequisite, else beginner."""
    if prerequisites and all(p.casefold() in held for p in prerequisites):
        return "intermediate"
    return "beginner"
