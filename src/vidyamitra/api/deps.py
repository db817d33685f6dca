"""Dependencies every route shares: settings, session, engine, storage and the signed-in user."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.ai.port import AIEngine
from vidyamitra.auth.port import TokenVerifier
from vidyamitra.core.database import session_scope
from vidyamitra.core.errors import Unauthorized
from vidyamitra.core.settings import Settings
from vidyamitra.storage.port import FileStorage
from vidyamitra.users import repository as users
from vidyamitra.users.models import User

_bearer = HTTPBearer(auto_error=False, description="Clerk session token (or a dev-token).")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_engine(request: Request) -> AIEngine:
    engine: AIEngine = request.app.state.ai_engine
    return engine


def get_storage(request: Request) -> FileStorage:
    storage: FileStorage = request.app.state.storage
    return storage


def get_verifier(request: Request) -> TokenVerifier:
    verifier: TokenVerifier = request.app.state.verifier
    return verifier


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with session_scope(request.app.state.sessionmaker) as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]
EngineDep = Annotated[AIEngine, Depends(get_engine)]
StorageDep = Annotated[FileStorage, Depends(get_storage)]


async def get_current_user(
    session: SessionDep,
    verifier: Annotated[TokenVerifier, Depends(get_verifier)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    """Verify the bearer token and return its user, creating the row on first sight."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("missing bearer token in the Authorization header")
    identity = await verifier.verify(credentials.credentials)
    return await users.ensure(session, external_id=identity.subject, email=identity.email)


CurrentUser = Annotated[User, Depends(get_current_user)]
