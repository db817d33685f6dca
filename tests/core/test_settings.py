"""Settings: defaults, parsing, and the production start refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from vidyamitra.core.settings import Settings

PRODUCTION_OK = {
    "VIDYAMITRA_ENV": "production",
    "DATABASE_URL": "postgresql://u:p@db.example.test:5432/app",
    "CLERK_JWKS_URL": "https://clerk.example.test/.well-known/jwks.json",
    "CLERK_ISSUER": "https://clerk.example.test",
    "CLERK_AUTHORIZED_PARTIES": "https://app.example.test",
    "CORS_ORIGINS": "https://app.example.test",
}


def test_defaults_are_embedded(tmp_path: Path) -> None:
    settings = Settings.model_validate({"VIDYAMITRA_DATA_DIR": tmp_path})
    assert settings.resolved_database_url == f"sqlite+aiosqlite:///{tmp_path / 'vidyamitra.db'}"
    assert settings.resolved_auth_mode == "dev"
    assert settings.storage_backend == "local"
    assert settings.max_upload_bytes == 5 * 1024 * 1024
    assert not settings.json_logs


def test_lists_and_urls_are_parsed() -> None:
    settings = Settings.model_validate(
        PRODUCTION_OK | {"CORS_ORIGINS": "https://a.test, https://b.test"}
    )
    assert settings.cors_origins == ["https://a.test", "https://b.test"]
    assert settings.resolved_database_url.startswith("postgresql+asyncpg://u:p@db.example.test")
    assert settings.resolved_auth_mode == "clerk"
    assert settings.json_logs


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"CLERK_JWKS_URL": None}, "development sign-in"),
        ({"DATABASE_URL": None}, "SQLite"),
        ({"CLERK_ISSUER": None}, "CLERK_ISSUER"),
        ({"CLERK_AUTHORIZED_PARTIES": ""}, "CLERK_AUTHORIZED_PARTIES"),
        ({"CORS_ORIGINS": "*"}, "wildcard"),
    ],
)
def test_production_refuses_unsafe_settings(change: dict[str, object], message: str) -> None:
    values = {k: v for k, v in (PRODUCTION_OK | change).items() if v is not None}
    with pytest.raises(ValidationError, match=message):
        Settings.model_validate(values)


def test_production_accepts_a_complete_configuration() -> None:
    assert Settings.model_validate(PRODUCTION_OK).is_production
