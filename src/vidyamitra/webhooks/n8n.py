"""n8n resume intake: create one resume per ticket (or Idempotency-Key), however often retried."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.ai.port import AIEngine
from vidyamitra.core.errors import Conflict, NotFound, Unauthorized
from vidyamitra.core.settings import Settings
from vidyamitra.resumes import service as resumes
from vidyamitra.resumes.models import Resume
from vidyamitra.resumes.service import ResumeTarget
from vidyamitra.storage.port import FileStorage
from vidyamitra.users.models import User
from vidyamitra.webhooks import receipts
from vidyamitra.webhooks.models import WebhookReceipt
from vidyamitra.webhooks.tickets import UploadTicket

SOURCE = "n8n"
EVENT = "resume"
CREATED = 201


@dataclass(frozen=True)
class ResumeSubmission:
    """One resume handed over by n8n: text, uploaded bytes or a Drive file id."""

    target: ResumeTarget
    text: str | None = None
    data: bytes | None = None
    file_id: str | None = None
    filename: str | None = None


@dataclass(frozen=True)
class IntakeOutcome:
    """The resume the delivery produced and whether this call replayed an earlier one."""

    resume: Resume
    status_code: int
    replayed: bool


@dataclass(frozen=True)
class Services:
    """The long-lived collaborators the intake needs."""

    engine: AIEngine
    storage: FileStorage
    settings: Settings


def receipt_key(ticket: UploadTicket, idempotency_key: str | None) -> str:
    """The idempotency key: the caller's key scoped to the user, else the ticket id."""
    if idempotency_key:
        return f"key:{ticket.user_id}:{idempotency_key}"[:255]
    return f"ticket:{ticket.ticket_id}"


async def ingest(
    session: AsyncSession,
    services: Services,
    *,
    ticket: UploadTicket,
    submission: ResumeSubmission,
    idempotency_key: str | None = None,
) -> IntakeOutcome:
    """Analyse and store the resume once, then commit; a retry returns the first result.

    The commit happens here, not at the end of the request, so a concurrent duplicate that
    loses the unique key can be rolled back and answered with the winner's result.
    """
    key = receipt_key(ticket, idempotency_key)
    earlier = await receipts.get(session, source=SOURCE, key=key)
    if earlier is not None:
        return await _replay(session, earlier, ticket)
    if await session.get(User, ticket.user_id) is None:
        raise Unauthorized("the upload ticket's user no longer exists")
    resume = await _create(session, services, ticket.user_id, submission)
    file_key = resume.file_key
    try:
        await receipts.add(
            session,
            source=SOURCE,
            key=key,
            event=EVENT,
            user_id=ticket.user_id,
            resource_id=resume.id,
            status_code=CREATED,
            response={"resume_id": resume.id},
        )
        await session.commit()
    except IntegrityError:
        await session.rollback()
        if file_key:
            await services.storage.delete(file_key)
        winner = await receipts.get(session, source=SOURCE, key=key)
        if winner is None:
            raise
        return await _replay(session, winner, ticket)
    return IntakeOutcome(resume=resume, status_code=CREATED, replayed=False)


async def _create(
    session: AsyncSession, services: Services, user_id: str, submission: ResumeSubmission
) -> Resume:
    """Run the resumes service on whichever form the submission came in."""
    engine, storage, settings = services.engine, services.storage, services.settings
    if submission.text is not None:
        return await resumes.analyze_text(
            session,
            engine,
            settings,
            user_id=user_id,
            text=submission.text,
            target=submission.target,
            source="webhook",
        )
    data, filename = submission.data, submission.filename
    if data is None:
        assert submission.file_id is not None
        fetched = await storage.fetch_external(
            submission.file_id, max_bytes=settings.max_upload_bytes
        )
        data, filename = fetched.data, filename or fetched.filename
    return await resumes.analyze_file(
        session,
        engine,
        storage,
        settings,
        user_id=user_id,
        data=data,
        filename=filename,
        target=submission.target,
        source="webhook",
    )


async def _replay(
    session: AsyncSession, receipt: WebhookReceipt, ticket: UploadTicket
) -> IntakeOutcome:
    """Answer a retried delivery with the resume it created the first time."""
    if receipt.user_id != ticket.user_id or receipt.resource_id is None:
        raise Conflict("this idempotency key was already used for another request")
    try:
        resume = await resumes.get(session, user_id=ticket.user_id, resume_id=receipt.resource_id)
    except NotFound:
        raise Conflict("the resume this delivery created has since been deleted") from None
    return IntakeOutcome(resume=resume, status_code=receipt.status_code, replayed=True)
