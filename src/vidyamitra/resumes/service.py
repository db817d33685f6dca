"""Resume use cases: analyse text or a file, read, list and delete — always for one owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.ai.port import AIEngine
from vidyamitra.ai.resume_models import ResumeAnalysis
from vidyamitra.core.database import new_id
from vidyamitra.core.errors import NotFound
from vidyamitra.core.settings import Settings
from vidyamitra.resumes import repository
from vidyamitra.resumes.intake import Intake, parse_text, parse_upload
from vidyamitra.resumes.models import Resume
from vidyamitra.storage.port import FileStorage, user_file_key


@dataclass(frozen=True)
class ResumeTarget:
    """What to match the resume against."""

    target_role: str | None = None
    job_description: str | None = None


async def analyze_text(
    session: AsyncSession,
    engine: AIEngine,
    settings: Settings,
    *,
    user_id: str,
    text: str,
    target: ResumeTarget,
    source: str = "text",
) -> Resume:
    """Parse and analyse pasted text, then store it."""
    intake = await parse_text(text, settings)
    return await _store(
        session, engine, user_id=user_id, intake=intake, target=target, source=source
    )


async def analyze_file(
    session: AsyncSession,
    engine: AIEngine,
    storage: FileStorage,
    settings: Settings,
    *,
    user_id: str,
    data: bytes,
    filename: str | None,
    target: ResumeTarget,
    source: str = "upload",
) -> Resume:
    """Parse and analyse an uploaded file; the file is kept only when everything succeeded."""
    intake = await parse_upload(data, filename, settings)
    resume = await _store(
        session,
        engine,
        user_id=user_id,
        intake=intake,
        target=target,
        source=source,
        filename=filename,
    )
    key = user_file_key(user_id, resume.id, filename or f"resume.{intake.kind}")
    stored = await storage.put(key, data, intake.content_type)
    resume.file_key, resume.file_sha256, resume.file_size = stored.key, stored.sha256, stored.size
    await session.flush()
    return resume


async def _store(
    session: AsyncSession,
    engine: AIEngine,
    *,
    user_id: str,
    intake: Intake,
    target: ResumeTarget,
    source: str,
    filename: str | None = None,
) -> Resume:
    analysis = await engine.analyze_resume(
        intake.parsed, target_role=target.target_role, job_description=target.job_description
    )
    resume = Resume(
        id=new_id(),
        user_id=user_id,
        source=source,
        filename=filename,
        content_type=intake.content_type,
        text=intake.parsed.text,
        target_role=target.target_role,
        job_description=target.job_description,
        parsed=intake.parsed.resume.model_dump(mode="json", exclude_none=True),
        analysis=analysis.model_dump(mode="json"),
        score=analysis.score.total,
        engine=analysis.engine,
    )
    session.add(resume)
    await session.flush()
    return resume


async def get(session: AsyncSession, *, user_id: str, resume_id: str) -> Resume:
    resume = await repository.get(session, user_id=user_id, resume_id=resume_id)
    if resume is None:
        raise NotFound(f"no resume {resume_id!r} in your account")
    return resume


def analysis_of(resume: Resume) -> ResumeAnalysis:
    return ResumeAnalysis.model_validate(resume.analysis)


async def list_page(
    session: AsyncSession, *, user_id: str, limit: int, offset: int
) -> tuple[Sequence[Resume], int]:
    return await repository.list_page(session, user_id=user_id, limit=limit, offset=offset)


async def delete(
    session: AsyncSession, storage: FileStorage, *, user_id: str, resume_id: str
) -> None:
    """Delete the row and its stored file."""
    resume = await get(session, user_id=user_id, resume_id=resume_id)
    await repository.delete_one(session, user_id=user_id, resume_id=resume_id)
    await session.flush()
    if resume.file_key:
        await storage.delete(resume.file_key)
