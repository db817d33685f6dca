"""Which canonical skills a resume covers, directly or through a more specific skill."""

from __future__ import annotations

from vidyamitra.ai.offline.skills import Taxonomy
from vidyamitra.ai.resume_models import Evidence, ExtractedSkill


class Coverage:
    """Which canonical skills the resume covers, directly or through a more specific one."""

    def __init__(self, skills: list[ExtractedSkill], taxonomy: Taxonomy) -> None:
        self._evidence = {s.name: s.evidence for s in skills}
        self._years = {s.name: s.years or 0.0 for s in skills}
        self._via: dict[str, str] = {s.name: s.name for s in skills}
        for skill in skills:
            for parent in taxonomy.ancestors(skill.name):
                self._via.setdefault(parent, skill.name)
                # a parent's years: the most of any skill that covers it
                self._years[parent] = max(self._years.get(parent, 0.0), skill.years or 0.0)

    def via(self, skill: str) -> str | None:
        """The resume skill that covers ``skill`` (itself when named directly), or None."""
        return self._via.get(skill)

    def years(self, skill: str) -> float:
        """Most years of ``skill`` or any resume skill that covers it (0 when uncovered)."""
        return self._years.get(skill, 0.0)

    def evidence(self, skill: str) -> list[Evidence]:
        """Evidence of the resume skill that covers ``skill``."""
        via = self._via.get(skill)
        return list(self._evidence.get(via, [])) if via else []
