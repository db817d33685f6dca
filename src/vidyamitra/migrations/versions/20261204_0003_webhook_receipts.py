"""webhook receipts: one row per processed n8n or Clerk delivery, for idempotent retries

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 20:25:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "webhook_receipts",
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("event", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=True),
        sa.Column("resource_id", sa.String(length=255), nullable=True),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("response", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_webhook_receipts_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_receipts")),
        sa.UniqueConstraint("source", "key", name=op.f("uq_webhook_receipts_source_key")),
    )
    with op.batch_alter_table("webhook_receipts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_webhook_receipts_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_webhook_receipts_user_id"), ["user_id"], unique=False)
        batch_op.create_index(
            "ix_webhook_receipts_source_resource_id", ["source", "resource_id"], unique=False
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute('ALTER TABLE "webhook_receipts" ENABLE ROW LEVEL SECURITY')


def downgrade() -> None:
    with op.batch_alter_table("webhook_receipts", schema=None) as batch_op:
        batch_op.drop_index("ix_webhook_receipts_source_resource_id")
        batch_op.drop_index(batch_op.f("ix_webhook_receipts_user_id"))
        batch_op.drop_index(batch_op.f("ix_webhook_receipts_created_at"))
    op.drop_table("webhook_receipts")
