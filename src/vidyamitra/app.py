"""The application factory: everything long-lived is built in the lifespan, nothing at import."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from vidyamitra.ai.factory import build_engine
from vidyamitra.ai.port import AIEngine
from vidyamitra.api.router import api_router
from vidyamitra.auth.factory import build_verifier
from vidyamitra.core.database import create_engine, create_sessionmaker
from vidyamitra.core.logging import configure_logging
from vidyamitra.core.middleware import BodySizeLimitMiddleware, RequestIdMiddleware
from vidyamitra.core.problems import install_problem_handlers
from vidyamitra.core.settings import Settings
from vidyamitra.storage.factory import build_storage
from vidyamitra.webhooks.tickets import build_ticket_signer

logger = logging.getLogger("vidyamitra")

DESCRIPTION = """Career-readiness API: resume analysis, mock interviews and learning plans.

Runs fully offline by default (SQLite, local files, development sign-in, built-in AI engine).
Every `/api` route needs `Authorization: Bearer <token>`: a Clerk session token in production,
or `vidyamitra dev-token --user alice` in development. Errors are RFC 9457 problem documents.
"""


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    db_engine = create_engine(settings)
    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0)) as http:
        app.state.db_engine = db_engine
        app.state.sessionmaker = create_sessionmaker(db_engine)
        app.state.http = http
        app.state.verifier = build_verifier(settings, http)
        app.state.storage = build_storage(settings, http)
        app.state.ticket_signer = build_ticket_signer(settings)
        app.state.ai_engine = app.state.preset_engine or await asyncio.to_thread(
            build_engine, settings, http
        )
        logger.info(
            "ready: engine=%s storage=%s database=%s",
            app.state.ai_engine.name,
            app.state.storage.name,
            db_engine.dialect.name,
        )
        try:
            yield
        finally:
            await db_engine.dispose()


def create_app(settings: Settings | None = None, *, ai_engine: AIEngine | None = None) -> FastAPI:
    """Build the ASGI app; ``settings`` and ``ai_engine`` override the defaults (tests do)."""
    settings = settings or Settings()
    configure_logging(settings.log_level, json_lines=settings.json_logs)
    app = FastAPI(
        title="VidyaMitra API",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.preset_engine = ai_engine
    install_problem_handlers(app)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "X-Request-ID"],
        expose_headers=["X-Request-ID"],
    )
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_upload_bytes)
    app.add_middleware(RequestIdMiddleware)
    app.include_router(api_router)
    return app
