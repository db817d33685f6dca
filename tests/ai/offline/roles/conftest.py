"""Fixtures for the role-library tests: the shipped taxonomy and library, loaded once."""

from __future__ import annotations

import pytest

from vidyamitra.ai.offline.roles import RoleLibrary, load_role_library
from vidyamitra.ai.offline.skills import Taxonomy, load_taxonomy


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    """The taxonomy shipped in the package."""
    return load_taxonomy()


@pytest.fixture(scope="session")
def library(taxonomy: Taxonomy) -> RoleLibrary:
    """The role library shipped in the package."""
    return load_role_library(taxonomy)
