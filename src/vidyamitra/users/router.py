"""Routes about the signed-in user: profile, data export and erasure."""

from __future__ import annotations

from fastapi import APIRouter

from vidyamitra.api.deps import CurrentUser, SessionDep, StorageDep
from vidyamitra.users import service
from vidyamitra.users.schemas import DataExport, DeletionReport, UserRead

router = APIRouter(tags=["me"])


@router.get("/api/me", summary="The signed-in user")
async def me(user: CurrentUser) -> UserRead:
    return UserRead.model_validate(user)


@router.get("/api/me/export", summary="All my data as one JSON document")
async def export(user: CurrentUser, session: SessionDep) -> DataExport:
    return await service.export(session, user)


@router.delete("/api/me", summary="Delete my account: every row and every stored file")
async def erase(user: CurrentUser, session: SessionDep, storage: StorageDep) -> DeletionReport:
    return await service.erase(session, storage, user)
