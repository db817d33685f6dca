"""Enable row-level security on PostgreSQL with no policy for anon/authenticated roles.

Supabase exposes every table in `public` through its REST API to the `anon` and
`authenticated` roles. The service connects as the table owner (which bypasses RLS), so
enabling RLS with no policy closes that side door without changing how the API works.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "users",
    "resumes",
    "interviews",
    "interview_answers",
    "learning_plans",
    "learning_plan_items",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
