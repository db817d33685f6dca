"""Fixtures for the embedding tests: the real MiniLM, loaded once per session."""

from __future__ import annotations

import pytest

from vidyamitra.ai.offline.embeddings import MiniLMEncoder, load_minilm


@pytest.fixture(scope="session")
def minilm() -> MiniLMEncoder:
    """The packaged all-MiniLM-L6-v2, loaded once."""
    return load_minilm()
