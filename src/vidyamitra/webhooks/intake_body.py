"""Read the n8n resume body: JSON (text or Drive file id) or multipart (a file and a ticket)."""

from __future__ import annotations

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from vidyamitra.core.errors import BadRequest, UnsupportedMediaType
from vidyamitra.core.settings import Settings
from vidyamitra.resumes.service import ResumeTarget
from vidyamitra.webhooks.n8n import ResumeSubmission
from vidyamitra.webhooks.schemas import WebhookResumeRequest

_TEXT_LIMIT = 30_000


async def read_submission(
    request: Request, body: bytes, settings: Settings
) -> tuple[str, ResumeSubmission]:
    """Return the ticket and the submission, whichever form the body came in."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        return await _from_form(request, settings)
    if content_type not in ("application/json", ""):
        raise UnsupportedMediaType("send application/json or multipart/form-data")
    try:
        parsed = WebhookResumeRequest.model_validate_json(body)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False)) from None
    data = parsed.data
    target = ResumeTarget(data.target_role, data.job_description)
    submission = ResumeSubmission(
        target=target, text=data.resume_text, file_id=data.file_id, filename=data.filename
    )
    return parsed.ticket, submission


async def _from_form(request: Request, settings: Settings) -> tuple[str, ResumeSubmission]:
    """A multipart body with `ticket`, `file` and optional `target_role`/`job_description`."""
    async with request.form() as form:
        ticket, upload = form.get("ticket"), form.get("file")
        if not isinstance(ticket, str) or not ticket:
            raise BadRequest("the multipart body needs a `ticket` field")
        if not isinstance(upload, UploadFile):
            raise BadRequest("the multipart body needs a `file` part")
        data = await upload.read(settings.max_upload_bytes + 1)
        target_role, description = form.get("target_role"), form.get("job_description")
        target = ResumeTarget(_text(target_role, 200), _text(description))
        filename = _text(form.get("filename"), 255) or upload.filename
    return ticket, ResumeSubmission(target=target, data=data, filename=filename)


def _text(value: object, limit: int = _TEXT_LIMIT) -> str | None:
    """An optional text field, refused when too long."""
    if not isinstance(value, str) or not value.strip():
        return None
    if len(value) > limit:
        raise BadRequest(f"a form field is longer than {limit} characters")
    return value
