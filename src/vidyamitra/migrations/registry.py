"""Import every table module so the metadata Alembic compares against is complete."""

from __future__ import annotations

import importlib

TABLE_MODULES = (
    "vidyamitra.users.models",
    "vidyamitra.resumes.models",
    "vidyamitra.interviews.models",
    "vidyamitra.learning.models",
    "vidyamitra.webhooks.models",
)


def import_all_models() -> None:
    for module in TABLE_MODULES:
        importlib.import_module(module)
