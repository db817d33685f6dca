"""Fixtures for the learning planner: the real data files, and small fake worlds at the ports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from vidyamitra.ai.offline.learning import (
    Catalog,
    LearningPlanner,
    SkillGraph,
    load_catalog,
    load_skill_graph,
)
from vidyamitra.ai.offline.roles import RoleLibrary, load_role_library
from vidyamitra.ai.offline.skills import Taxonomy, load_taxonomy
from vidyamitra.core.errors import UnknownRole


@dataclass(frozen=True)
class FakeEntry:
    """A taxonomy entry: only the category matters to the planner."""

    name: str
    category: str


@dataclass
class FakeTaxonomy:
    """A tiny taxonomy: canonical names with aliases and categories."""

    skills: dict[str, str]  # canonical name -> category
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> canonical
    parents: dict[str, tuple[str, ...]] = field(default_factory=dict)  # skill -> broader skills

    def canonical(self, name: str, /) -> str | None:
        key = name.strip().casefold()
        for canon in self.skills:
            if canon.casefold() == key:
                return canon
        return self.aliases.get(key)

    def get(self, name: str, /) -> FakeEntry | None:
        canon = self.canonical(name)
        return FakeEntry(canon, self.skills[canon]) if canon else None

    def ancestors(self, name: str, /) -> tuple[str, ...]:
        canon = self.canonical(name)
        return self.parents.get(canon, ()) if canon else ()


@dataclass(frozen=True)
class FakeRoleSkill:
    skill: str
    why: str


@dataclass(frozen=True)
class FakeRole:
    id: str
    title: str
    required: tuple[FakeRoleSkill, ...]
    preferred: tuple[FakeRoleSkill, ...]


@dataclass
class FakeRoles:
    """Resolves role titles exactly; anything else is an UnknownRole."""

    roles: list[FakeRole]

    def resolve(self, free_text: str, /) -> FakeRole:
        for role in self.roles:
            if free_text.casefold() in {role.id, role.title.casefold()}:
                return role
        raise UnknownRole(f"no role matches {free_text!r}", closest=[])


SKILLS = {
    "HTML": "programming_language",
    "CSS": "programming_language",
    "JavaScript": "programming_language",
    "React": "web_framework",
    "Linux": "devops",
    "Docker": "devops",
    "Kubernetes": "devops",
    "Git": "devops",
    "SQL": "database",
    "Statistics": "data",
}
GRAPH = {
    "CSS": ("HTML",),
    "JavaScript": ("HTML",),
    "React": ("JavaScript", "CSS"),
    "Docker": ("Linux",),
    "Kubernetes": ("Docker", "Linux"),
}


def resource(rid: str, skill: str, **overrides: Any) -> dict[str, Any]:
    """One valid raw catalog entry."""
    entry: dict[str, Any] = {
        "id": rid,
        "title": f"Learn {skill} ({rid})",
        "url": f"https://learn.example.org/{rid}",
        "type": "course",
        "free": True,
        "level": "beginner",
        "hours": 4.0,
        "skills": [skill],
        "provider": "Example",
    }
    entry.update(overrides)
    return entry


CatalogWriter = Callable[..., Path]


@pytest.fixture
def write_catalog(tmp_path: Path) -> CatalogWriter:
    """Write entries into a catalog folder and return the folder."""

    def write(entries: list[dict[str, Any]], name: str = "test.yaml") -> Path:
        folder = tmp_path / "catalog"
        folder.mkdir(exist_ok=True)
        document = {"source": "curated", "resources": entries}
        (folder / name).write_text(yaml.safe_dump(document), encoding="utf-8")
        return folder

    return write


@pytest.fixture
def fake_taxonomy() -> FakeTaxonomy:
    return FakeTaxonomy(
        dict(SKILLS), {"js": "JavaScript", "k8s": "Kubernetes"}, {"React": ("JavaScript",)}
    )


@pytest.fixture
def fake_world(fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter) -> LearningPlanner:
    """A planner over a ten-skill world: two resources per skill, one paid advanced."""
    entries = []
    for skill in SKILLS:
        slug = skill.lower()
        entries.append(resource(f"{slug}-free", skill, hours=5.0))
        entries.append(resource(f"{slug}-paid", skill, free=False, level="advanced", hours=9.0))
    catalog = load_catalog(fake_taxonomy, write_catalog(entries))
    role = FakeRole(
        id="frontend-developer",
        title="Frontend Developer",
        required=(FakeRoleSkill("React", "Builds the UI."), FakeRoleSkill("Git", "Team work.")),
        preferred=(FakeRoleSkill("Kubernetes", "Deploys."),),
    )
    return LearningPlanner(fake_taxonomy, FakeRoles([role]), catalog, SkillGraph(GRAPH))


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="session")
def catalog(taxonomy: Taxonomy) -> Catalog:
    return load_catalog(taxonomy)


@pytest.fixture(scope="session")
def graph(taxonomy: Taxonomy) -> SkillGraph:
    return load_skill_graph(taxonomy)


@pytest.fixture(scope="session")
def roles(taxonomy: Taxonomy) -> RoleLibrary:
    return load_role_library(taxonomy)


@pytest.fixture(scope="session")
def planner(
    taxonomy: Taxonomy, roles: RoleLibrary, catalog: Catalog, graph: SkillGraph
) -> LearningPlanner:
    return LearningPlanner(taxonomy, roles, catalog, graph)
