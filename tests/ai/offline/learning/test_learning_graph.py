"""The skill graph loader refuses cycles and unknown skills."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ai.offline.learning.conftest import FakeTaxonomy

from vidyamitra.ai.offline.learning import SkillGraph, SkillGraphError, load_skill_graph
from vidyamitra.ai.offline.learning.graph import find_cycle


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "graph.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_cycle_is_refused_with_its_path(fake_taxonomy: FakeTaxonomy, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "prerequisites:\n  Docker: [Linux]\n  Linux: [Kubernetes]\n  Kubernetes: [Docker]\n",
    )
    with pytest.raises(SkillGraphError) as caught:
        load_skill_graph(fake_taxonomy, path)
    cycle = [p for p in caught.value.problems if p.startswith("cycle:")]
    assert cycle == ["cycle: Docker -> Linux -> Kubernetes -> Docker"]


def test_unknown_skill_is_refused(fake_taxonomy: FakeTaxonomy, tmp_path: Path) -> None:
    path = write(tmp_path, "prerequisites:\n  Docker: [Linux, Cooking]\n")
    with pytest.raises(SkillGraphError) as caught:
        load_skill_graph(fake_taxonomy, path)
    assert caught.value.problems == ["unknown skill 'Cooking'"]


def test_transitive_prerequisites_nearest_first(
    fake_taxonomy: FakeTaxonomy, tmp_path: Path
) -> None:
    path = write(tmp_path, "prerequisites:\n  Kubernetes: [Docker]\n  Docker: [Linux]\n")
    graph = load_skill_graph(fake_taxonomy, path)
    assert graph.all_prerequisites("kubernetes") == ["Docker", "Linux"]
    assert graph.prerequisites("Linux") == ()


def test_find_cycle_on_acyclic_and_self_loop() -> None:
    assert find_cycle({"a": ("b",), "b": ("c",)}) is None
    assert find_cycle({"a": ("a",)}) == ["a", "a"]


def test_shipped_graph_is_acyclic_and_broad(graph: SkillGraph) -> None:
    assert len(graph.edges) >= 250
    assert find_cycle(graph.edges) is None
    assert "Docker" in graph.all_prerequisites("Kubernetes")
    assert "SQL" in graph.all_prerequisites("Database Design")
    assert "Python" in graph.all_prerequisites("Django")
    assert "Statistics" in graph.all_prerequisites("Machine Learning")
    assert "JavaScript" in graph.all_prerequisites("React")
    assert "Accounting" in graph.all_prerequisites("Financial Modeling")
