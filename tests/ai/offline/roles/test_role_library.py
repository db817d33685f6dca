"""The shipped role library is complete, consistent with the taxonomy and resolves titles."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vidyamitra.ai.offline.roles import RoleLibrary, RoleLibraryError, load_role_library
from vidyamitra.ai.offline.roles.library import DEFAULT_PATH
from vidyamitra.ai.offline.skills import Taxonomy
from vidyamitra.core.errors import UnknownRole


def test_library_has_at_least_sixty_roles_across_domains(library: RoleLibrary) -> None:
    assert len(library.roles) >= 60
    domains = {r.domain for r in library.roles}
    assert {"software", "data", "design", "business", "engineering", "finance"} <= domains


def test_every_role_skill_is_a_canonical_taxonomy_skill(
    library: RoleLibrary, taxonomy: Taxonomy
) -> None:
    for role in library.roles:
        assert 5 <= len(role.required) <= 10, role.id
        assert 3 <= len(role.preferred) <= 8, role.id
        for item in role.skills():
            assert taxonomy.canonical(item.skill) == item.skill, (role.id, item.skill)
            assert item.why.endswith("."), (role.id, item.skill)


def test_every_role_has_seniority_and_education(library: RoleLibrary) -> None:
    for role in library.roles:
        assert role.education
        assert role.seniority.senior.years[0] >= role.seniority.mid.years[0]
        assert "mentored" in role.seniority.senior.keywords


def test_get_by_id(library: RoleLibrary) -> None:
    role = library.get("backend-developer")
    assert role is not None
    assert role.title == "Backend Developer"
    assert library.get("no-such-role") is None


@pytest.mark.parametrize(
    ("text", "role_id"),
    [
        ("backend-developer", "backend-developer"),
        ("Backend Developer", "backend-developer"),
        ("SWE Backend", "backend-developer"),
        ("Node developer", "backend-developer"),
        ("SDE", "software-engineer"),
        ("Senior Java Developer", "java-developer"),
        ("data science", "data-scientist"),
        ("frontend dev", "frontend-developer"),
        ("Backend Engg", "backend-developer"),
        ("ml engineer", "machine-learning-engineer"),
        ("Full Stack Web Developer", "full-stack-developer"),
        ("staff nurse", "registered-nurse"),
        ("Flutter developer intern", "mobile-developer"),
    ],
)
def test_resolve_exact_and_fuzzy(library: RoleLibrary, text: str, role_id: str) -> None:
    assert library.resolve(text).id == role_id


def test_unknown_role_lists_three_closest(library: RoleLibrary) -> None:
    with pytest.raises(UnknownRole) as caught:
        library.resolve("astronaut")
    closest = caught.value.extra["closest"]
    assert len(closest) == 3
    assert all(set(item) == {"id", "title"} for item in closest)
    assert caught.value.status == 422


def test_ambiguous_text_is_not_guessed(library: RoleLibrary) -> None:
    with pytest.raises(UnknownRole) as caught:
        library.resolve("Marketing")
    ids = [c["id"] for c in caught.value.extra["closest"]]
    assert "digital-marketing-specialist" in ids


def _copy_with(tmp_path: Path, change: dict[str, object]) -> Path:
    doc = yaml.safe_load(DEFAULT_PATH.read_text())
    doc["roles"] = [dict(doc["roles"][0], **change)]
    path = tmp_path / "roles.yaml"
    path.write_text(yaml.safe_dump(doc))
    return path


def test_unknown_skill_in_a_role_is_rejected(tmp_path: Path, taxonomy: Taxonomy) -> None:
    role = yaml.safe_load(DEFAULT_PATH.read_text())["roles"][0]
    required = [*role["required"][:-1], {"skill": "Telepathy", "why": "Reads minds quickly."}]
    with pytest.raises(RoleLibraryError, match="Telepathy"):
        load_role_library(taxonomy, _copy_with(tmp_path, {"required": required}))


def test_alias_skill_name_must_be_canonical(tmp_path: Path, taxonomy: Taxonomy) -> None:
    role = yaml.safe_load(DEFAULT_PATH.read_text())["roles"][0]
    required = [*role["required"][:-1], {"skill": "k8s", "why": "Runs the containers."}]
    with pytest.raises(RoleLibraryError, match="canonical"):
        load_role_library(taxonomy, _copy_with(tmp_path, {"required": required}))
