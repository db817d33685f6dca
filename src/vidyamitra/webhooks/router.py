"""Webhook routes: upload tickets for signed-in users, n8n resume intake, Clerk user events."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response, status
from pydantic import SecretStr

from vidyamitra.api.deps import (
    CurrentUser,
    EngineDep,
    SessionDep,
    SettingsDep,
    StorageDep,
)
from vidyamitra.resumes import service as resumes
from vidyamitra.resumes.schemas import ResumeAnalysisRead
from vidyamitra.webhooks import clerk, n8n
from vidyamitra.webhooks.intake_body import read_submission
from vidyamitra.webhooks.schemas import (
    ClerkWebhookRead,
    UploadTicketRead,
    resume_webhook_openapi,
)
from vidyamitra.webhooks.signatures import verify_n8n_request
from vidyamitra.webhooks.tickets import TicketSigner

router = APIRouter(tags=["webhooks"])


def get_ticket_signer(request: Request) -> TicketSigner:
    """The ticket signer the lifespan built from the settings."""
    signer: TicketSigner = request.app.state.ticket_signer
    return signer


SignerDep = Annotated[TicketSigner, Depends(get_ticket_signer)]


def _secret(value: SecretStr | None) -> str | None:
    """The plain value of an optional secret setting."""
    return value.get_secret_value() if value else None


async def verify_n8n(request: Request, settings: SettingsDep) -> bytes:
    """Authenticate an n8n call and return its raw body."""
    body = await request.body()
    verify_n8n_request(
        secret=_secret(settings.n8n_webhook_secret),
        hmac_secret=_secret(settings.n8n_webhook_hmac_secret),
        presented_secret=request.headers.get("X-Webhook-Secret"),
        timestamp=request.headers.get("X-Webhook-Timestamp"),
        signature=request.headers.get("X-Webhook-Signature"),
        body=body,
    )
    return body


@router.post(
    "/api/resume/upload-ticket",
    status_code=status.HTTP_201_CREATED,
    summary="A short-lived ticket that lets an n8n workflow add one resume for me",
)
async def upload_ticket(
    user: CurrentUser, signer: SignerDep, settings: SettingsDep
) -> UploadTicketRead:
    issued = signer.issue(user.id)
    return UploadTicketRead(
        ticket=issued.token,
        expires_at=issued.expires_at,
        expires_in=settings.upload_ticket_ttl_seconds,
    )


@router.post(
    "/webhook/resume",
    status_code=status.HTTP_201_CREATED,
    summary="n8n: analyse a resume for the user named by an upload ticket",
    openapi_extra=resume_webhook_openapi(),
)
async def webhook_resume(
    request: Request,
    response: Response,
    body: Annotated[bytes, Depends(verify_n8n)],
    session: SessionDep,
    engine: EngineDep,
    storage: StorageDep,
    settings: SettingsDep,
    signer: SignerDep,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> ResumeAnalysisRead:
    token, submission = await read_submission(request, body, settings)
    outcome = await n8n.ingest(
        session,
        n8n.Services(engine, storage, settings),
        ticket=signer.verify(token),
        submission=submission,
        idempotency_key=idempotency_key,
    )
    response.status_code = outcome.status_code
    if outcome.replayed:
        response.headers["Idempotent-Replayed"] = "true"
    resume = outcome.resume
    return ResumeAnalysisRead(
        resume_id=resume.id,
        analysis=resumes.analysis_of(resume),
        filename=resume.filename,
        source=resume.source,
        created_at=resume.created_at,
    )


@router.post("/webhook/clerk", summary="Clerk (Svix) user events: mirror users, erase on delete")
async def webhook_clerk(
    request: Request, session: SessionDep, storage: StorageDep, settings: SettingsDep
) -> ClerkWebhookRead:
    body = await request.body()
    event = clerk.verify(_secret(settings.clerk_webhook_signing_secret), body, request.headers)
    message_id = request.headers.get("svix-id") or request.headers.get("webhook-id") or ""
    return await clerk.handle(session, storage, message_id=message_id, event=event)
