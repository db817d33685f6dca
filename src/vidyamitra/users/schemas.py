"""API schemas for the signed-in user."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str = Field(description="VidyaMitra user id.")
    external_id: str = Field(description="Identity-provider subject (Clerk user id).")
    email: str | None = None
    name: str | None = None
    created_at: datetime


class DataExport(BaseModel):
    """Everything stored about the user, as one document."""

    exported_at: datetime
    user: UserRead
    resumes: list[dict[str, Any]]
    interviews: list[dict[str, Any]]
    learning_plans: list[dict[str, Any]]


class DeletionReport(BaseModel):
    deleted: bool = True
    resumes: int = Field(description="Resumes deleted.")
    interviews: int = Field(description="Interviews deleted.")
    learning_plans: int = Field(description="Learning plans deleted.")
    files: int = Field(description="Stored files deleted.")
