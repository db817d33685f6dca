"""Liveness and readiness probes (no sign-in)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str


@router.get("/health", summary="Liveness: the process answers")
async def health() -> Health:
    return Health(status="ok")


@router.get(
    "/ready",
    summary="Readiness: database reachable and AI engine loaded",
    responses={503: {"description": "Not ready; the body says which check failed."}},
)
async def ready(request: Request) -> JSONResponse:
    checks: dict[str, dict[str, object]] = {}
    try:
        async with request.app.state.db_engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        checks["database"] = {"ok": True, "dialect": request.app.state.db_engine.dialect.name}
    except Exception as exc:
        checks["database"] = {"ok": False, "error": type(exc).__name__}
    engine_status = request.app.state.ai_engine.status()
    checks["engine"] = {
        "ok": engine_status.ready,
        "name": engine_status.name,
        "detail": engine_status.detail,
    }
    ok = all(bool(check["ok"]) for check in checks.values())
    return JSONResponse(
        {"status": "ready" if ok else "not ready", "checks": checks}, status_code=200 if ok else 503
    )
