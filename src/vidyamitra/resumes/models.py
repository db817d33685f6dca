"""The resumes table: the file's metadata, its extracted text and the analysis."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vidyamitra.core.database import Base, OwnedRecord


class Resume(OwnedRecord, Base):
    __tablename__ = "resumes"
    __table_args__ = (Index("ix_resumes_user_id_created_at", "user_id", "created_at"),)

    source: Mapped[str] = mapped_column(String(16))  # text | upload | webhook
    filename: Mapped[str | None] = mapped_column(String(255))
    content_type: Mapped[str | None] = mapped_column(String(100))
    file_key: Mapped[str | None] = mapped_column(String(512))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    file_size: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    target_role: Mapped[str | None] = mapped_column(String(200))
    job_description: Mapped[str | None] = mapped_column(Text)
    parsed: Mapped[dict[str, Any]] = mapped_column(JSON)
    analysis: Mapped[dict[str, Any]] = mapped_column(JSON)
    score: Mapped[int | None] = mapped_column(Integer)
    engine: Mapped[str] = mapped_column(String(100))
