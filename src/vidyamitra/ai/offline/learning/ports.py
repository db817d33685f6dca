"""What the learning planner needs from the skill taxonomy and the role library."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class SkillNames(Protocol):
    """Normalises skill names; the skills taxonomy satisfies this."""

    def canonical(self, name: str, /) -> str | None:
        """Canonical spelling of a skill name or alias, None when unknown."""
        ...


class RoleSkillLike(Protocol):
    """One skill a role asks for, with the reason."""

    @property
    def skill(self) -> str: ...

    @property
    def why(self) -> str: ...


class RoleLike(Protocol):
    """A target role from the role library."""

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def required(self) -> Sequence[RoleSkillLike]: ...

    @property
    def preferred(self) -> Sequence[RoleSkillLike]: ...


class RoleResolver(Protocol):
    """Resolves free text to a role; raises UnknownRole when nothing fits."""

    def resolve(self, free_text: str, /) -> RoleLike:
        """The role the text names."""
        ...


class SkillEntryLike(Protocol):
    """A taxonomy entry; only its category is used (to pick milestone checks)."""

    @property
    def category(self) -> str: ...


class SkillTaxonomy(SkillNames, Protocol):
    """Skill names plus per-skill entries; the skills taxonomy satisfies this."""

    def get(self, name: str, /) -> SkillEntryLike | None:
        """The entry for a name or alias, None when unknown."""
        ...

    def ancestors(self, name: str, /) -> tuple[str, ...]:
        """Broader skills a skill implies, nearest first (empty when unknown)."""
        ...
