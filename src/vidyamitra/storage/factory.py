"""Choose the file storage once, at startup, from the settings."""

from __future__ import annotations

import httpx

from vidyamitra.core.settings import Settings
from vidyamitra.storage.local import LocalFileStorage
from vidyamitra.storage.port import FileStorage


def build_storage(settings: Settings, http: httpx.AsyncClient) -> FileStorage:
    """Local disk under the data folder by default; Google Drive when configured."""
    if settings.storage_backend == "gdrive":
        from vidyamitra.storage.drive import build_drive_storage

        return build_drive_storage(settings, http)
    return LocalFileStorage(settings.data_dir / "files")
