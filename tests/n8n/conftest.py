"""Fixtures for replaying the n8n workflows against the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import make_settings
from tests.webhooks.conftest import SECRETS
from vidyamitra.core.settings import Settings


@pytest.fixture
def settings(data_dir: Path, database_url: str) -> Settings:
    """The shared settings plus the webhook secrets the workflows need."""
    return make_settings(data_dir, database_url, **SECRETS)
