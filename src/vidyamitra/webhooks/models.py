"""The webhook_receipts table: one row per processed webhook delivery, for idempotency."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vidyamitra.core.database import Base, IdMixin, utcnow


class WebhookReceipt(IdMixin, Base):
    """A delivery already handled: a retry with the same (source, key) gets the same answer."""

    __tablename__ = "webhook_receipts"
    __table_args__ = (
        UniqueConstraint("source", "key"),
        Index("ix_webhook_receipts_source_resource_id", "source", "resource_id"),
    )

    source: Mapped[str] = mapped_column(String(16))  # n8n | clerk
    key: Mapped[str] = mapped_column(String(255))
    event: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    resource_id: Mapped[str | None] = mapped_column(String(255))
    status_code: Mapped[int] = mapped_column(Integer)
    response: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
