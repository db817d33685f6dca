"""Webhook request and response shapes (n8n resume intake, upload tickets, Clerk events)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator


class UploadTicketRead(BaseModel):
    """A short-lived ticket that lets an n8n workflow add one resume to this account."""

    ticket: str = Field(description="Pass as `ticket` to POST /webhook/resume.")
    expires_at: datetime
    expires_in: int = Field(description="Seconds until the ticket expires.")


class WebhookResumeData(BaseModel):
    """What to analyse: pasted text or a Google Drive file id, with an optional target."""

    resume_text: str | None = Field(None, description="The resume as plain text.")
    file_id: str | None = Field(None, max_length=256, description="Google Drive file id.")
    filename: str | None = Field(None, max_length=255)
    target_role: str | None = Field(None, max_length=200)
    job_description: str | None = Field(None, max_length=30_000)

    @model_validator(mode="after")
    def _one_source(self) -> WebhookResumeData:
        if (self.resume_text is None) == (self.file_id is None):
            raise ValueError("give exactly one of data.resume_text or data.file_id")
        return self


class WebhookResumeRequest(BaseModel):
    """The JSON body of POST /webhook/resume (multipart with `ticket` and `file` also works)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "ticket": "<ticket from POST /api/resume/upload-ticket>",
                    "data": {"resume_text": "Asha Rao\nPython developer…"},
                }
            ]
        }
    )

    ticket: str = Field(max_length=4096)
    data: WebhookResumeData


class ClerkEmail(BaseModel):
    """One e-mail address of a Clerk user."""

    model_config = ConfigDict(extra="ignore")

    id: str
    email_address: str


class ClerkUserData(BaseModel):
    """The `data` of a Clerk user.* event (only the fields this service keeps)."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1, max_length=255)
    email_addresses: list[ClerkEmail] = Field(default_factory=list)
    primary_email_address_id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None

    @property
    def email(self) -> str | None:
        """The primary address, else the first one."""
        for address in self.email_addresses:
            if address.id == self.primary_email_address_id:
                return address.email_address
        return self.email_addresses[0].email_address if self.email_addresses else None

    @property
    def name(self) -> str | None:
        """First and last name, else the username."""
        full = " ".join(part for part in (self.first_name, self.last_name) if part)
        return full[:255] or self.username


class ClerkEvent(BaseModel):
    """A verified Clerk webhook event."""

    model_config = ConfigDict(extra="ignore")

    type: str
    data: dict[str, object]


class ClerkWebhookRead(BaseModel):
    """What was done with a Clerk event."""

    status: str = Field(description="upserted, deleted, absent, ignored or duplicate.")
    event: str
    user_id: str | None = Field(None, description="VidyaMitra user id, when one is concerned.")


def resume_webhook_openapi() -> dict[str, object]:
    """The OpenAPI request body of POST /webhook/resume (read from the raw body, not by FastAPI)."""
    schema = WebhookResumeRequest.model_json_schema()
    definitions = schema.pop("$defs")
    schema["properties"]["data"] = definitions["WebhookResumeData"]
    form = {
        "type": "object",
        "required": ["ticket", "file"],
        "properties": {
            "ticket": {"type": "string"},
            "file": {"type": "string", "format": "binary"},
            "filename": {"type": "string"},
            "target_role": {"type": "string"},
            "job_description": {"type": "string"},
        },
    }
    content = {"application/json": {"schema": schema}, "multipart/form-data": {"schema": form}}
    return {"requestBody": {"required": True, "content": content}}
