"""Resume routes: thin — parse the request, call the service, return a schema."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Query, UploadFile, status
from fastapi.responses import JSONResponse, Response

from vidyamitra.api.deps import CurrentUser, EngineDep, SessionDep, SettingsDep, StorageDep
from vidyamitra.api.pagination import Page, PageDep
from vidyamitra.resumes import service
from vidyamitra.resumes.models import Resume
from vidyamitra.resumes.schemas import ResumeAnalysisRead, ResumeAnalyzeRequest, ResumeSummary
from vidyamitra.resumes.service import ResumeTarget

router = APIRouter(tags=["resumes"])


def _read(resume: Resume) -> ResumeAnalysisRead:
    return ResumeAnalysisRead(
        resume_id=resume.id,
        analysis=service.analysis_of(resume),
        filename=resume.filename,
        source=resume.source,
        created_at=resume.created_at,
    )


@router.post(
    "/api/resume/analyze", status_code=status.HTTP_201_CREATED, summary="Analyse resume text"
)
async def analyze_text(
    body: ResumeAnalyzeRequest,
    user: CurrentUser,
    session: SessionDep,
    engine: EngineDep,
    settings: SettingsDep,
) -> ResumeAnalysisRead:
    resume = await service.analyze_text(
        session,
        engine,
        settings,
        user_id=user.id,
        text=body.resume_text,
        target=ResumeTarget(body.target_role, body.job_description),
    )
    return _read(resume)


@router.post(
    "/api/resumes",
    status_code=status.HTTP_201_CREATED,
    summary="Upload a resume file (PDF, DOCX or text) and analyse it",
)
async def upload(
    file: Annotated[UploadFile, File(description="PDF, DOCX or plain-text resume, ≤ 5 MB.")],
    user: CurrentUser,
    session: SessionDep,
    engine: EngineDep,
    storage: StorageDep,
    settings: SettingsDep,
    target_role: Annotated[str | None, Form(max_length=200)] = None,
    job_description: Annotated[str | None, Form(max_length=30_000)] = None,
) -> ResumeAnalysisRead:
    data = await file.read(settings.max_upload_bytes + 1)
    resume = await service.analyze_file(
        session,
        engine,
        storage,
        settings,
        user_id=user.id,
        data=data,
        filename=file.filename,
        target=ResumeTarget(target_role, job_description),
    )
    return _read(resume)


@router.get(
    "/api/resume/{resume_id}",
    summary="A resume with its analysis",
    responses={
        200: {"description": "The analysis, or the JSON Resume document when format=jsonresume."}
    },
)
async def get_resume(
    resume_id: str,
    user: CurrentUser,
    session: SessionDep,
    format: Annotated[Literal["analysis", "jsonresume"], Query()] = "analysis",
) -> ResumeAnalysisRead | dict[str, Any]:
    resume = await service.get(session, user_id=user.id, resume_id=resume_id)
    if format == "jsonresume":
        return JSONResponse(resume.parsed)  # type: ignore[return-value]
    return _read(resume)


@router.get("/api/resumes", summary="My resumes, newest first")
async def list_resumes(
    user: CurrentUser, session: SessionDep, page: PageDep
) -> Page[ResumeSummary]:
    rows, total = await service.list_page(
        session, user_id=user.id, limit=page.limit, offset=page.offset
    )
    items = [
        ResumeSummary(
            resume_id=row.id,
            filename=row.filename,
            source=row.source,
            name=(row.parsed.get("basics") or {}).get("name"),
            score=row.score,
            target_role=row.target_role,
            engine=row.engine,
            created_at=row.created_at,
        )
        for row in rows
    ]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


@router.delete(
    "/api/resume/{resume_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    response_model=None,
    summary="Delete a resume and its stored file",
)
async def delete_resume(
    resume_id: str, user: CurrentUser, session: SessionDep, storage: StorageDep
) -> None:
    await service.delete(session, storage, user_id=user.id, resume_id=resume_id)
