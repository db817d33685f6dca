"""Shared fixtures: both databases, the app on each, signed-in clients, loopback servers."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import httpx
import pytest

from tests.pg import postgres_cluster
from vidyamitra.ai.port import AIEngine
from vidyamitra.app import create_app
from vidyamitra.auth.dev import mint_dev_token
from vidyamitra.core import migrate
from vidyamitra.core.settings import Settings

T = TypeVar("T")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def in_thread(function: Callable[..., T], *args: object) -> T:
    """Run blocking code that calls ``asyncio.run`` away from the test session's event loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result()


@pytest.fixture(scope="session")
def postgres_base_url() -> Iterator[str]:
    """A real PostgreSQL cluster for the session; a failure in CI, a skip elsewhere."""
    try:
        with postgres_cluster() as url:
            yield url
    except (FileNotFoundError, OSError) as exc:
        if IN_CI:
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")


async def _create_database(base_url: str, name: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(
        base_url.replace("postgresql+asyncpg", "postgresql") + "/postgres"
    )
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


def make_settings(data_dir: Path, database_url: str | None, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "VIDYAMITRA_ENV": "development",
        "VIDYAMITRA_DATA_DIR": data_dir,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
        **overrides,
    }
    return Settings.model_validate(values)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated database of each kind, shared by the session (tests use distinct users)."""
    if request.param == "sqlite":
        folder = tmp_path_factory.mktemp("sqlite")
        url = f"sqlite+aiosqlite:///{folder / 'test.db'}"
    else:
        base = request.getfixturevalue("postgres_base_url")
        name = f"vidyamitra_{uuid.uuid4().hex[:8]}"
        in_thread(asyncio.run, _create_database(base, name))
        url = f"{base}/{name}"
    in_thread(migrate.upgrade, make_settings(tmp_path_factory.mktemp("migrate"), url))
    return url


@pytest.fixture(scope="session")
def offline_engine() -> AIEngine:
    """The real offline engine, loaded once for the whole session."""
    from vidyamitra.ai.offline.engine import OfflineEngine

    return OfflineEngine.load()


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture
def settings(data_dir: Path, database_url: str) -> Settings:
    return make_settings(data_dir, database_url)


@pytest.fixture
async def app_client(
    settings: Settings, offline_engine: AIEngine
) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its lifespan running, reached in-process over ASGI."""
    app = create_app(settings, ai_engine=offline_engine)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            client.app = app  # type: ignore[attr-defined]
            yield client


TokenFactory = Callable[[str], dict[str, str]]


@pytest.fixture
def auth_for(settings: Settings) -> TokenFactory:
    """Authorization headers for a named user (names are made unique per test)."""
    suffix = uuid.uuid4().hex[:8]

    def headers(user: str) -> dict[str, str]:
        token = mint_dev_token(settings.data_dir, f"{user}-{suffix}")
        return {"Authorization": f"Bearer {token}"}

    return headers


@pytest.fixture
def alice(auth_for: TokenFactory) -> dict[str, str]:
    return auth_for("alice")


@pytest.fixture
def bob(auth_for: TokenFactory) -> dict[str, str]:
    return auth_for("bob")
