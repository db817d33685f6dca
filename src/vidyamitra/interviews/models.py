"""Interview tables: the interview with its question snapshot, and one row per answer."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vidyamitra.core.database import Base, IdMixin, OwnedRecord, TimestampMixin


class Interview(OwnedRecord, Base):
    __tablename__ = "interviews"
    __table_args__ = (Index("ix_interviews_user_id_created_at", "user_id", "created_at"),)

    resume_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("resumes.id", ondelete="SET NULL"), index=True
    )
    domain: Mapped[str] = mapped_column(String(100))
    role: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="in_progress")
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    engine: Mapped[str] = mapped_column(String(100))
    score: Mapped[int | None] = mapped_column(Integer)
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    completed_at: Mapped[datetime | None] = mapped_column()


class InterviewAnswer(IdMixin, TimestampMixin, Base):
    """One answer per (interview, question): a new submission replaces the row, never a list."""

    __tablename__ = "interview_answers"
    __table_args__ = (UniqueConstraint("interview_id", "question_index"),)

    interview_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    question_index: Mapped[int] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(Text)
    evaluation: Mapped[dict[str, Any]] = mapped_column(JSON)
    score: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer, default=1)
