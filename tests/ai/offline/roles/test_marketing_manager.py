"""A marketing manager is not read as a digital marketing specialist."""

from __future__ import annotations

import pytest

from vidyamitra.ai.offline.roles import RoleLibrary


@pytest.mark.parametrize(
    "title", ["Marketing Manager", "Sr. Marketing Manager", "Brand Manager", "marketing mgr"]
)
def test_marketing_manager_titles_resolve_to_their_own_role(
    library: RoleLibrary, title: str
) -> None:
    assert library.resolve(title).id == "marketing-manager"


def test_digital_marketing_titles_keep_their_role(library: RoleLibrary) -> None:
    assert library.resolve("Digital Marketing Manager").id == "digital-marketing-specialist"


def test_marketing_manager_asks_for_strategy_budget_and_leadership(library: RoleLibrary) -> None:
    role = library.resolve("Marketing Manager")
    required = {s.skill for s in role.required}
    assert {"Business Strategy", "Budgeting", "Leadership", "Marketing Analytics"} <= required
