"""The role library: target roles with the skills they require, why, and seniority signals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from vidyamitra.ai.offline.skills import Taxonomy
from vidyamitra.core.errors import UnknownRole

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "data" / "roles" / "roles.yaml"
FUZZY_THRESHOLD = 86.0
# A fuzzy winner must beat the next role by this much; otherwise the text is ambiguous.
AMBIGUITY_MARGIN = 3.0
# Words that qualify a title without changing the role ("Senior Java Developer").
_QUALIFIERS = re.compile(
    r"\b(senior|sr|junior|jr|lead|principal|staff|intern|internship|trainee|fresher|entry[- ]level|"
    r"graduate|associate|assistant|head|chief|i{1,3}|iv|remote|contract|freelance|part[- ]time|"
    r"full[- ]time)\b\.?"
)
_EXPANSIONS = {"engg": "engineer", "eng": "engineer", "dev": "developer", "mgr": "manager"}
_ABBREVIATIONS = re.compile(r"\b(?:engg|eng|dev|mgr)\b")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RoleSkill(_Frozen):
    """A skill a role asks for, with why it matters for that role."""

    skill: str = Field(description="canonical taxonomy name")
    why: str = Field(min_length=10)


class SeniorityLevel(_Frozen):
    """Typical years and resume keywords of one seniority level."""

    years: tuple[int, int | None]
    keywords: tuple[str, ...]


class Seniority(_Frozen):
    """Entry, mid and senior signals."""

    entry: SeniorityLevel
    mid: SeniorityLevel
    senior: SeniorityLevel


class Role(_Frozen):
    """One target role."""

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    title: str
    domain: str
    onet_soc: str | None = None
    aliases: tuple[str, ...] = ()
    education: str
    required: tuple[RoleSkill, ...] = Field(min_length=5, max_length=10)
    preferred: tuple[RoleSkill, ...] = Field(min_length=3, max_length=8)
    seniority: Seniority

    def skills(self) -> tuple[RoleSkill, ...]:
        """Required then preferred skills."""
        return (*self.required, *self.preferred)


class _RawRole(Role):
    seniority: Seniority | None = None  # type: ignore[assignment]


class _Defaults(_Frozen):
    seniority: Seniority


class _RolesFile(_Frozen):
    version: str
    defaults: _Defaults
    roles: tuple[_RawRole, ...]

    @field_validator("roles")
    @classmethod
    def _unique_ids(cls, roles: tuple[_RawRole, ...]) -> tuple[_RawRole, ...]:
        ids = [r.id for r in roles]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate role ids: {sorted(dupes)}")
        return roles


class RoleLibraryError(ValueError):
    """The role data file is inconsistent (a packaging bug, not a user error)."""


def normalize_title(text: str) -> str:
    """Lower-case a job title and drop seniority qualifiers and punctuation noise."""
    text = text.casefold().replace("&", " and ")
    text = _QUALIFIERS.sub(" ", text)
    text = _ABBREVIATIONS.sub(lambda m: _EXPANSIONS[m.group(0)], text)
    text = re.sub(r"[^\w+#./ -]", " ", text)
    text = re.sub(r"(?<=\w)[-/](?=\w)", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class RoleLibrary:
    """All roles, looked up by id or resolved from free text."""

    version: str
    roles: tuple[Role, ...]
    _by_id: dict[str, Role] = field(repr=False)
    _names: dict[str, Role] = field(repr=False)

    def get(self, role_id: str) -> Role | None:
        """The role with this id, or None."""
        return self._by_id.get(role_id)

    def resolve(self, free_text: str) -> Role:
        """Exact id/title/alias, then a clear fuzzy winner; else raise UnknownRole (3 closest)."""
        from rapidfuzz import fuzz, process

        key = normalize_title(free_text)
        exact = self._by_id.get(free_text.strip().casefold()) or self._names.get(key)
        if exact is not None:
            return exact
        best: dict[str, tuple[float, Role]] = {}
        for name, score, _ in process.extract(key, list(self._names), scorer=fuzz.WRatio, limit=60):
            role = self._names[name]
            if role.id not in best or score > best[role.id][0]:
                best[role.id] = (score, role)
        ranked = sorted(best.values(), key=lambda pair: -pair[0])
        top = ranked[0][0] if ranked else 0.0
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if top >= FUZZY_THRESHOLD and top - runner_up >= AMBIGUITY_MARGIN:
            return ranked[0][1]
        closest = [role for _, role in ranked]
        raise UnknownRole(
            f"No role in the library matches {free_text.strip()!r}.",
            closest=[{"id": r.id, "title": r.title} for r in closest[:3]],
        )


def _safe_yaml(text: str) -> object:
    """Safe-load YAML, with libyaml when present (same result, about ten times faster)."""
    if hasattr(yaml, "CSafeLoader"):
        return yaml.load(text, Loader=yaml.CSafeLoader)
    return yaml.safe_load(text)


def load_role_library(taxonomy: Taxonomy, path: Path | None = None) -> RoleLibrary:
    """Load and validate roles.yaml; every skill must be a canonical taxonomy name."""
    raw = _safe_yaml((path or DEFAULT_PATH).read_text(encoding="utf-8"))
    doc = _RolesFile.model_validate(raw)
    roles: list[Role] = []
    names: dict[str, Role] = {}
    for spec in doc.roles:
        data = spec.model_dump()
        data["seniority"] = spec.seniority or doc.defaults.seniority
        role = Role.model_validate(data)
        _check_skills(role, taxonomy)
        for name in (role.title, *role.aliases):
            key = normalize_title(name)
            if names.setdefault(key, role) is not role:
                raise RoleLibraryError(f"{name!r} names both {names[key].id!r} and {role.id!r}")
        roles.append(role)
    return RoleLibrary(doc.version, tuple(roles), {r.id: r for r in roles}, names)


def _check_skills(role: Role, taxonomy: Taxonomy) -> None:
    """Every role skill is a canonical taxonomy name, listed once."""
    seen: set[str] = set()
    for item in role.skills():
        if taxonomy.canonical(item.skill) != item.skill:
            raise RoleLibraryError(f"role {role.id!r}: {item.skill!r} is not a canonical skill")
        if item.skill in seen:
            raise RoleLibraryError(f"role {role.id!r} lists {item.skill!r} twice")
        seen.add(item.skill)
