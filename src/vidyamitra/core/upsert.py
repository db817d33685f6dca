"""Dialect-aware INSERT … ON CONFLICT, for the two databases the service runs on."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.core.database import Base


def insert_for(session: AsyncSession, model: type[Base]) -> Any:
    """An INSERT of ``model``'s table with ``on_conflict_do_*`` for the session's dialect.

    Typed ``Any`` because the two dialects' Insert classes share no typed base that has
    ``on_conflict_do_update``; both accept the same keyword arguments used here.
    """
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    if dialect == "postgresql":
        return postgresql.insert(model)
    return sqlite.insert(model)
