"""Migrations run up and down on both databases, and match the models."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from tests.conftest import in_thread, make_settings

from vidyamitra.core import migrate
from vidyamitra.core.database import Base, create_engine
from vidyamitra.core.settings import Settings
from vidyamitra.migrations.registry import import_all_models

TABLES = {
    "users",
    "resumes",
    "interviews",
    "interview_answers",
    "learning_plans",
    "learning_plan_items",
}


async def _inspect(settings: Settings) -> tuple[set[str], list[object], bool]:
    engine = create_engine(settings)

    def read(connection: Connection) -> tuple[set[str], list[object], bool]:
        import_all_models()
        tables = set(inspect(connection).get_table_names())
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        rls = False
        if connection.dialect.name == "postgresql":
            rls = bool(
                connection.execute(
                    text("SELECT relrowsecurity FROM pg_class WHERE relname = 'resumes'")
                ).scalar()
            )
        return tables, diff, rls

    try:
        async with engine.connect() as connection:
            return await connection.run_sync(read)
    finally:
        await engine.dispose()


def test_upgrade_matches_models_and_downgrade_empties(database_url: str, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, database_url)
    tables, diff, rls = in_thread(asyncio.run, _inspect(settings))
    assert tables >= TABLES
    assert diff == []
    assert rls == database_url.startswith("postgresql")


def test_downgrade_to_base_and_up_again(database_url: str, tmp_path: Path) -> None:
    import uuid

    from tests.conftest import _create_database

    if database_url.startswith("sqlite"):
        url = f"sqlite+aiosqlite:///{tmp_path / 'roundtrip.db'}"
    else:
        base, name = database_url.rsplit("/", 1)[0], f"roundtrip_{uuid.uuid4().hex[:8]}"
        in_thread(asyncio.run, _create_database(base, name))
        url = f"{base}/{name}"
    settings = make_settings(tmp_path, url)
    in_thread(migrate.upgrade, settings)
    in_thread(migrate.downgrade, settings, "base")
    tables, _, _ = in_thread(asyncio.run, _inspect(settings))
    assert not tables & TABLES
    in_thread(migrate.upgrade, settings)
    tables, diff, _ = in_thread(asyncio.run, _inspect(settings))
    assert tables >= TABLES
    assert diff == []
