"""The shipped taxonomy resolves aliases, flags ambiguous names and rejects broken data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vidyamitra.ai.offline.skills import Taxonomy, TaxonomyError, load_taxonomy


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("JS", "JavaScript"),
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
        ("node", "Node.js"),
        ("ReactJS", "React"),
        ("React.js", "React"),
        ("golang", "Go"),
        ("Microsoft Excel", "Excel"),
        ("Amazon Web Services", "AWS"),
        ("Oracle Java", "Java"),
        ("ci/cd", "CI/CD"),
        ("restful apis", "REST APIs"),
        ("C#", "C#"),
        ("c++", "C++"),
    ],
)
def test_aliases_resolve_to_one_canonical_name(
    taxonomy: Taxonomy, written: str, canonical: str
) -> None:
    assert taxonomy.canonical(written) == canonical


def test_unknown_names_resolve_to_none(taxonomy: Taxonomy) -> None:
    assert taxonomy.get("Underwater basket weaving") is None
    assert taxonomy.canonical("") is None


@pytest.mark.parametrize("name", ["C", "R", "Go", "Swift", "Rust", "Excel", "Chef", "Puppet"])
def test_short_or_word_like_names_are_ambiguous(taxonomy: Taxonomy, name: str) -> None:
    entry = taxonomy.get(name)
    assert entry is not None
    assert entry.ambiguous
    assert entry.needs_context(name)


@pytest.mark.parametrize("name", ["Java", "Python", "Kubernetes", "Node.js"])
def test_distinctive_names_are_not_ambiguous(taxonomy: Taxonomy, name: str) -> None:
    entry = taxonomy.get(name)
    assert entry is not None
    assert not entry.ambiguous


def test_two_letter_aliases_need_context(taxonomy: Taxonomy) -> None:
    js = taxonomy.get("JavaScript")
    assert js is not None
    assert js.needs_context("JS")
    assert not js.needs_context("ECMAScript")


def test_ancestors_follow_parents_transitively(taxonomy: Taxonomy) -> None:
    assert taxonomy.ancestors("Django") == ("Python", "Backend Development")
    assert taxonomy.ancestors("Spring Boot") == ("Spring", "Backend Development", "Java")
    assert taxonomy.ancestors("GitHub") == ("Git", "Version Control")
    assert "JavaScript" in taxonomy.ancestors("Next.js")
    assert taxonomy.ancestors("nonexistent") == ()


def test_kinds_cover_soft_certification_and_languages(taxonomy: Taxonomy) -> None:
    kinds = {e.kind for e in taxonomy.entries}
    assert kinds == {"hard", "soft", "certification", "programming_language", "spoken_language"}
    assert taxonomy.get("Communication").kind == "soft"  # type: ignore[union-attr]
    assert taxonomy.get("PMP").kind == "certification"  # type: ignore[union-attr]
    assert taxonomy.get("Hindi").kind == "spoken_language"  # type: ignore[union-attr]


def test_onet_hot_flags_are_carried_over(taxonomy: Taxonomy) -> None:
    assert taxonomy.get("Python").hot  # type: ignore[union-attr]
    assert taxonomy.get("Kubernetes").hot  # type: ignore[union-attr]
    assert not taxonomy.get("Communication").hot  # type: ignore[union-attr]
    assert sum(e.hot for e in taxonomy.entries) > 100


def test_shipped_file_is_reasonably_small() -> None:
    from vidyamitra.ai.offline.skills.taxonomy import DEFAULT_PATH

    assert DEFAULT_PATH.stat().st_size < 3_000_000


def _write(tmp_path: Path, skills: list[dict[str, object]]) -> Path:
    path = tmp_path / "skills.json"
    path.write_text(json.dumps({"version": "t", "count": len(skills), "skills": skills}))
    return path


def _skill(name: str, **extra: object) -> dict[str, object]:
    return {"name": name, "kind": "hard", "category": "x", **extra}


def test_parent_cycles_are_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, [_skill("A", parents=["B"]), _skill("B", parents=["A"])])
    with pytest.raises(TaxonomyError, match="cycle"):
        load_taxonomy(path)


def test_unknown_parents_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="unknown parent"):
        load_taxonomy(_write(tmp_path, [_skill("A", parents=["Ghost"])]))


def test_an_alias_naming_two_skills_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, [_skill("A", aliases=["x"]), _skill("B", aliases=["X"])])
    with pytest.raises(TaxonomyError, match="names both"):
        load_taxonomy(path)


def test_duplicate_names_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="duplicate"):
        load_taxonomy(_write(tmp_path, [_skill("A"), _skill("A")]))


def test_a_valid_small_file_loads(tmp_path: Path) -> None:
    tax = load_taxonomy(_write(tmp_path, [_skill("A"), _skill("B", parents=["A"])]))
    assert tax.ancestors("b") == ("A",)
    assert [e.name for e in tax.entries] == ["A", "B"]
