"""Learning-plan tables: the plan and one row per item with its own status."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vidyamitra.core.database import Base, IdMixin, OwnedRecord, TimestampMixin


class LearningPlan(OwnedRecord, Base):
    __tablename__ = "learning_plans"
    __table_args__ = (Index("ix_learning_plans_user_id_created_at", "user_id", "created_at"),)

    resume_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("resumes.id", ondelete="SET NULL"), index=True
    )
    target_role: Mapped[str | None] = mapped_column(String(200))
    role_id: Mapped[str | None] = mapped_column(String(100))
    hours_per_week: Mapped[float] = mapped_column(Float)
    start_date: Mapped[date] = mapped_column(Date)
    engine: Mapped[str] = mapped_column(String(100))
    gaps: Mapped[list[str]] = mapped_column(JSON)
    draft: Mapped[dict[str, Any]] = mapped_column(JSON)  # schedule, milestones, skipped, notes


class LearningPlanItem(IdMixin, TimestampMixin, Base):
    __tablename__ = "learning_plan_items"

    plan_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("learning_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    skill: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="todo")
    hours: Mapped[float] = mapped_column(Float)
    why: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)  # the engine's PlanItem
