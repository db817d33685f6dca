"""Typed settings from the environment (and `.env`); production refuses unsafe defaults."""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Environment(StrEnum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"


def _split_csv(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """Every setting the service reads; `.env.example` documents each one."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    env: Environment = Field(Environment.DEVELOPMENT, alias="VIDYAMITRA_ENV")
    data_dir: Path = Field(Path("./data"), alias="VIDYAMITRA_DATA_DIR")
    database_url: str | None = Field(None, alias="DATABASE_URL")
    database_pool_size: int = Field(5, alias="DATABASE_POOL_SIZE", ge=1, le=100)
    database_prepared_statements: bool = Field(True, alias="DATABASE_PREPARED_STATEMENTS")
    log_level: str = Field("INFO", alias="LOG_LEVEL")
    log_json: bool | None = Field(None, alias="LOG_JSON")

    auth_mode: Literal["clerk", "dev"] | None = Field(None, alias="AUTH_MODE")
    clerk_jwt_key: SecretStr | None = Field(None, alias="CLERK_JWT_KEY")
    clerk_jwks_url: str | None = Field(None, alias="CLERK_JWKS_URL")
    clerk_issuer: str | None = Field(None, alias="CLERK_ISSUER")
    clerk_authorized_parties: Annotated[list[str], NoDecode] = Field(
        default_factory=list, alias="CLERK_AUTHORIZED_PARTIES"
    )
    clerk_leeway_seconds: int = Field(5, alias="CLERK_LEEWAY_SECONDS", ge=0, le=60)
    clerk_webhook_signing_secret: SecretStr | None = Field(
        None, alias="CLERK_WEBHOOK_SIGNING_SECRET"
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["http://localhost:3000", "http://127.0.0.1:3000"],
        alias="CORS_ORIGINS",
    )

    ai_engine: Literal["offline"] = Field("offline", alias="AI_ENGINE")
    embeddings: bool = Field(True, alias="VIDYAMITRA_EMBEDDINGS")

    storage_backend: Literal["local", "gdrive"] = Field("local", alias="STORAGE_BACKEND")
    google_service_account_file: Path | None = Field(None, alias="GOOGLE_SERVICE_ACCOUNT_FILE")
    google_service_account_json: SecretStr | None = Field(None, alias="GOOGLE_SERVICE_ACCOUNT_JSON")
    google_drive_folder_id: str | None = Field(None, alias="GOOGLE_DRIVE_FOLDER_ID")
    google_api_base: str = Field("https://www.googleapis.com", alias="GOOGLE_API_BASE")

    n8n_webhook_secret: SecretStr | None = Field(None, alias="N8N_WEBHOOK_SECRET")
    n8n_webhook_hmac_secret: SecretStr | None = Field(None, alias="N8N_WEBHOOK_HMAC_SECRET")
    upload_ticket_secret: SecretStr | None = Field(None, alias="UPLOAD_TICKET_SECRET")
    upload_ticket_ttl_seconds: int = Field(900, alias="UPLOAD_TICKET_TTL_SECONDS", ge=30)

    max_upload_bytes: int = Field(5 * 1024 * 1024, alias="MAX_UPLOAD_BYTES", ge=1024)
    max_text_chars: int = Field(50_000, alias="MAX_TEXT_CHARS", ge=100)
    max_pdf_pages: int = Field(20, alias="MAX_PDF_PAGES", ge=1)
    parse_timeout_seconds: float = Field(10.0, alias="PARSE_TIMEOUT_SECONDS", gt=0)

    @field_validator("clerk_authorized_parties", "cors_origins", mode="before")
    @classmethod
    def _csv(cls, value: object) -> object:
        return _split_csv(value)

    @cached_property
    def resolved_database_url(self) -> str:
        """The configured URL, or SQLite in the data folder; plain postgres URLs use asyncpg."""
        url = self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'vidyamitra.db'}"
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+asyncpg://" + url[len(prefix) :]
        return url

    @property
    def resolved_auth_mode(self) -> Literal["clerk", "dev"]:
        """Clerk when any Clerk key is configured (or asked for), development keys otherwise."""
        if self.auth_mode:
            return self.auth_mode
        return "clerk" if (self.clerk_jwt_key or self.clerk_jwks_url) else "dev"

    @property
    def is_production(self) -> bool:
        return self.env is Environment.PRODUCTION

    @property
    def json_logs(self) -> bool:
        return self.log_json if self.log_json is not None else self.is_production

    def production_problems(self) -> list[str]:
        """Every reason this configuration must not serve production traffic."""
        problems: list[str] = []
        if self.resolved_auth_mode == "dev":
            problems.append("development sign-in is on: set CLERK_JWT_KEY or CLERK_JWKS_URL")
        if self.resolved_database_url.startswith("sqlite"):
            problems.append("DATABASE_URL is SQLite: production needs PostgreSQL")
        if not (self.clerk_jwt_key or self.clerk_jwks_url):
            problems.append("CLERK_JWT_KEY or CLERK_JWKS_URL is missing")
        if not self.clerk_issuer:
            problems.append("CLERK_ISSUER is missing")
        if not self.clerk_authorized_parties:
            problems.append("CLERK_AUTHORIZED_PARTIES is missing")
        if any("*" in origin for origin in self.cors_origins):
            problems.append("CORS_ORIGINS contains a wildcard origin")
        if self.n8n_webhook_secret and not self.upload_ticket_secret:
            problems.append("N8N_WEBHOOK_SECRET is set but UPLOAD_TICKET_SECRET is missing")
        if self.storage_backend == "gdrive" and not self.google_drive_folder_id:
            problems.append("STORAGE_BACKEND=gdrive needs GOOGLE_DRIVE_FOLDER_ID")
        if self.storage_backend == "gdrive" and not (
            self.google_service_account_file or self.google_service_account_json
        ):
            problems.append("STORAGE_BACKEND=gdrive needs a Google service account")
        return problems

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.is_production and (problems := self.production_problems()):
            raise ValueError("refusing to start in production: " + "; ".join(problems))
        return self
