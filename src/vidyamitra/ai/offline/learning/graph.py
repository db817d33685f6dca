"""Skill prerequisite graph: which canonical skills to learn before which."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from vidyamitra.ai.offline.learning.ports import SkillNames
from vidyamitra.core.errors import AppError

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "data" / "skill_graph.yaml"


class SkillGraphError(AppError, ValueError):
    """The skill graph file is invalid; ``problems`` lists every problem found."""

    title = "Invalid skill graph"
    type_slug = "invalid-skill-graph"

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} skill-graph problem(s): " + "; ".join(problems))
        self.problems = problems


class SkillGraph:
    """Acyclic prerequisite relation between canonical skills (case-insensitive lookups)."""

    def __init__(self, prerequisites: Mapping[str, tuple[str, ...]]) -> None:
        self._prereqs = {k.casefold(): v for k, v in prerequisites.items()}
        self.edges: dict[str, tuple[str, ...]] = dict(prerequisites)

    def prerequisites(self, skill: str) -> tuple[str, ...]:
        """Direct prerequisites of a skill."""
        return self._prereqs.get(skill.casefold(), ())

    def all_prerequisites(self, skill: str) -> list[str]:
        """Every transitive prerequisite, nearest first, without repeats."""
        seen: dict[str, str] = {}
        frontier = list(self.prerequisites(skill))
        while frontier:
            nxt: list[str] = []
            for name in frontier:
                if name.casefold() not in seen:
                    seen[name.casefold()] = name
                    nxt.extend(self.prerequisites(name))
            frontier = nxt
        return list(seen.values())


def load_skill_graph(taxonomy: SkillNames, path: Path | None = None) -> SkillGraph:
    """Load and validate the graph file; raise SkillGraphError on unknown skills or a cycle."""
    import yaml

    document = yaml.safe_load((path or DEFAULT_PATH).read_text(encoding="utf-8")) or {}
    raw = document.get("prerequisites") if isinstance(document, dict) else None
    if not isinstance(raw, dict):
        raise SkillGraphError(["expected a mapping with a 'prerequisites' mapping"])
    problems: list[str] = []
    edges: dict[str, tuple[str, ...]] = {}
    for skill, prereqs in raw.items():
        if not isinstance(prereqs, list) or not all(isinstance(p, str) for p in prereqs):
            problems.append(f"{skill}: prerequisites must be a list of skill names")
            continue
        for name in [str(skill), *prereqs]:
            problems.extend(_name_problem(name, taxonomy))
        edges[str(skill)] = tuple(prereqs)
    cycle = find_cycle(edges)
    if cycle:
        problems.append("cycle: " + " -> ".join(cycle))
    if problems:
        raise SkillGraphError(sorted(set(problems), key=problems.index))
    return SkillGraph(edges)


def _name_problem(name: str, taxonomy: SkillNames) -> list[str]:
    """A problem when a name is not a canonical taxonomy skill."""
    canonical = taxonomy.canonical(name)
    if canonical is None:
        return [f"unknown skill {name!r}"]
    if canonical != name:
        return [f"skill {name!r} must be spelled {canonical!r}"]
    return []


def find_cycle(edges: Mapping[str, tuple[str, ...]]) -> list[str] | None:
    """A cycle as a path that starts and ends on the same skill, None when acyclic."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for root in edges:
        if state.get(root):
            continue
        path: list[str] = [root]
        stack = [iter(edges.get(root, ()))]
        state[root] = 1
        while stack:
            child = next(stack[-1], None)
            if child is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(child) == 1:
                return [*path[path.index(child) :], child]
            elif not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append(iter(edges.get(child, ())))
    return None
