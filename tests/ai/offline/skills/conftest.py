"""Fixtures for the taxonomy tests: the shipped taxonomy, loaded once."""

from __future__ import annotations

import pytest

from vidyamitra.ai.offline.skills import Taxonomy, load_taxonomy


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    """The taxonomy shipped in the package."""
    return load_taxonomy()
