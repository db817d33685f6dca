"""Run Alembic migrations from code (the CLI and the test fixtures use this)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from vidyamitra.core.settings import Settings


def alembic_config(settings: Settings) -> Config:
    config = Config()
    config.set_main_option("script_location", "vidyamitra:migrations")
    config.attributes["settings"] = settings
    return config


def upgrade(settings: Settings, revision: str = "head") -> None:
    """Bring the configured database to ``revision`` (blocking; not for a running loop)."""
    command.upgrade(alembic_config(settings), revision)


def downgrade(settings: Settings, revision: str) -> None:
    command.downgrade(alembic_config(settings), revision)
