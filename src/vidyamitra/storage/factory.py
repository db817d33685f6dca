"""Choose the file storage once, at startup, from the settings."""

from __future__ import annotations

import httpx

from vidyamitra.core.errors import AppError
from vidyamitra.core.settings import Settings
from vidyamitra.storage.local import LocalFileStorage
from vidyamitra.storage.port import FileStorage


def build_storage(settings: Settings, http: httpx.AsyncClient) -> FileStorage:
    """Local disk under the data folder by default; Google Drive when configured."""
    if settings.storage_backend == "gdrive":
        return build_drive_storage(settings, http)
    return LocalFileStorage(settings.data_dir / "files")


def build_drive_storage(settings: Settings, http: httpx.AsyncClient) -> FileStorage:
    """Build the Drive adapter from GOOGLE_* settings; raises AppError when they are incomplete."""
    from vidyamitra.storage.drive import GoogleDriveStorage
    from vidyamitra.storage.google_auth import ServiceAccountCredentials

    if not settings.google_drive_folder_id:
        raise AppError("STORAGE_BACKEND=gdrive needs GOOGLE_DRIVE_FOLDER_ID")
    if settings.google_service_account_json:
        secret = settings.google_service_account_json.get_secret_value()
        credentials = ServiceAccountCredentials.from_json(secret)
    elif settings.google_service_account_file:
        credentials = ServiceAccountCredentials.from_file(settings.google_service_account_file)
    else:
        raise AppError(
            "STORAGE_BACKEND=gdrive needs GOOGLE_SERVICE_ACCOUNT_JSON"
            " or GOOGLE_SERVICE_ACCOUNT_FILE"
        )
    return GoogleDriveStorage(
        http, credentials, settings.google_drive_folder_id, api_base=settings.google_api_base
    )
