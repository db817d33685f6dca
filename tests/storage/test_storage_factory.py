"""build_storage picks the adapter from the settings and refuses an incomplete Drive setup."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from vidyamitra.core.errors import AppError
from vidyamitra.core.settings import Settings
from vidyamitra.storage.drive import GoogleDriveStorage
from vidyamitra.storage.factory import build_storage
from vidyamitra.storage.local import LocalFileStorage


async def test_local_by_default(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, VIDYAMITRA_DATA_DIR=tmp_path)  # type: ignore[call-arg]
    async with httpx.AsyncClient() as http:
        storage = build_storage(settings, http)
    assert isinstance(storage, LocalFileStorage)
    assert storage.name == "local"


async def test_gdrive_from_json_and_file(tmp_path: Path) -> None:
    key = json.dumps({"client_email": "a@b.iam", "private_key": "pem"})
    key_file = tmp_path / "sa.json"
    key_file.write_text(key)
    from_json = Settings(  # type: ignore[call-arg]
        _env_file=None,
        STORAGE_BACKEND="gdrive",
        GOOGLE_DRIVE_FOLDER_ID="f1",
        GOOGLE_SERVICE_ACCOUNT_JSON=key,
    )
    from_file = Settings(  # type: ignore[call-arg]
        _env_file=None,
        STORAGE_BACKEND="gdrive",
        GOOGLE_DRIVE_FOLDER_ID="f1",
        GOOGLE_SERVICE_ACCOUNT_FILE=key_file,
    )
    async with httpx.AsyncClient() as http:
        assert isinstance(build_storage(from_json, http), GoogleDriveStorage)
        assert build_storage(from_file, http).name == "gdrive"


async def test_gdrive_needs_folder_and_credentials() -> None:
    no_folder = Settings(_env_file=None, STORAGE_BACKEND="gdrive")  # type: ignore[call-arg]
    no_key = Settings(  # type: ignore[call-arg]
        _env_file=None, STORAGE_BACKEND="gdrive", GOOGLE_DRIVE_FOLDER_ID="f1"
    )
    async with httpx.AsyncClient() as http:
        with pytest.raises(AppError, match="GOOGLE_DRIVE_FOLDER_ID"):
            build_storage(no_folder, http)
        with pytest.raises(AppError, match="GOOGLE_SERVICE_ACCOUNT"):
            build_storage(no_key, http)
