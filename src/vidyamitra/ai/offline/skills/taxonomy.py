"""The skill taxonomy: canonical skills, their aliases, kinds, categories and parents."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "data" / "skills" / "skills.json"
SkillKind = Literal["hard", "soft", "certification", "programming_language", "spoken_language"]


class SkillEntry(BaseModel):
    """One canonical skill as stored in skills.json."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    kind: SkillKind
    category: str
    aliases: tuple[str, ...] = ()
    context_aliases: tuple[str, ...] = Field(
        default=(), description="aliases that count only with context (like an ambiguous name)"
    )
    parents: tuple[str, ...] = ()
    ambiguous: bool = Field(default=False, description="the name counts only with context")
    hot: bool = Field(default=False, description="O*NET 'Hot Technology' flag")
    in_demand: bool = Field(default=False, description="O*NET 'In Demand' flag")
    sources: tuple[str, ...] = ()

    def forms(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)

    def needs_context(self, form: str) -> bool:
        """True when this written form counts only with context."""
        if form == self.name:
            return self.ambiguous
        return form in self.context_aliases or len(form) <= 2


class TaxonomyFile(BaseModel):
    """The whole skills.json document."""

    model_config = ConfigDict(extra="forbid")

    version: str
    count: int
    skills: tuple[SkillEntry, ...]


class TaxonomyError(ValueError):
    """The taxonomy data file is inconsistent (a packaging bug, not a user error)."""


@dataclass(frozen=True)
class Taxonomy:
    """Validated skills with lookup by canonical name or alias (case-insensitive)."""

    version: str
    entries: tuple[SkillEntry, ...]
    _index: dict[str, SkillEntry] = field(repr=False)
    _by_name: dict[str, SkillEntry] = field(repr=False)

    def get(self, name_or_alias: str) -> SkillEntry | None:
        """The entry a name or alias denotes, or None."""
        return self._index.get(_key(name_or_alias))

    def canonical(self, name: str) -> str | None:
        """The canonical name for a name or alias, or None."""
        entry = self.get(name)
        return entry.name if entry else None

    def ancestors(self, name: str) -> tuple[str, ...]:
        """Every transitive parent of a skill, nearest first (empty for unknown names)."""
        entry = self.get(name)
        out: list[str] = []
        frontier = list(entry.parents) if entry else []
        while frontier:
            parent = frontier.pop(0)
            if parent not in out:
                out.append(parent)
                frontier.extend(self._by_name[parent].parents)
        return tuple(out)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Load and validate skills.json; raise TaxonomyError on any inconsistency."""
    raw = json.loads((path or DEFAULT_PATH).read_text(encoding="utf-8"))
    doc = TaxonomyFile.model_validate(raw)
    by_name: dict[str, SkillEntry] = {}
    index: dict[str, SkillEntry] = {}
    for entry in doc.skills:
        if entry.name in by_name:
            raise TaxonomyError(f"duplicate skill name {entry.name!r}")
        by_name[entry.name] = entry
    for entry in doc.skills:
        for form in entry.forms():
            other = index.setdefault(_key(form), entry)
            if other is not entry:
                raise TaxonomyError(f"{form!r} names both {other.name!r} and {entry.name!r}")
    _check_parents(by_name)
    return Taxonomy(doc.version, doc.skills, index, by_name)


def _check_parents(by_name: dict[str, SkillEntry]) -> None:
    """Every parent exists and the parent graph has no cycle."""
    state: dict[str, int] = {}

    def visit(name: str, path: tuple[str, ...]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            raise TaxonomyError("parent cycle: " + " -> ".join((*path, name)))
        state[name] = 1
        for parent in by_name[name].parents:
            if parent not in by_name:
                raise TaxonomyError(f"{name!r} has unknown parent {parent!r}")
            visit(parent, (*path, name))
        state[name] = 2

    for name in by_name:
        visit(name, ())
