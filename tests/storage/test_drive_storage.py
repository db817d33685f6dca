"""GoogleDriveStorage against a fake Drive served over loopback HTTP."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from tests.storage.drive_fake import FOLDER, FakeDrive, FakeFile
from vidyamitra.core.errors import (
    BadRequest,
    NotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
)
from vidyamitra.storage.drive import GoogleDriveStorage
from vidyamitra.storage.google_auth import ServiceAccountCredentials, StorageUnavailable
from vidyamitra.storage.port import user_file_key, user_prefix


async def test_put_get_replace_delete(
    drive_storage: GoogleDriveStorage, fake_drive: FakeDrive
) -> None:
    key = user_file_key("u1", "r1", "cv.pdf")
    stored = await drive_storage.put(key, b"%PDF first", "application/pdf")
    assert stored.sha256 == hashlib.sha256(b"%PDF first").hexdigest()
    [(file_id, file)] = fake_drive.files.items()
    assert (file.name, file.parents, file.mime_type) == (key, [FOLDER], "application/pdf")
    assert await drive_storage.get(key) == b"%PDF first"

    await drive_storage.put(key, b"%PDF second", "application/pdf")
    assert list(fake_drive.files) == [file_id]
    assert await drive_storage.get(key) == b"%PDF second"

    await drive_storage.delete(key)
    await drive_storage.delete(key)
    assert fake_drive.files == {}
    with pytest.raises(NotFound):
        await drive_storage.get(key)


async def test_every_drive_call_supports_all_drives_and_token_is_cached(
    drive_storage: GoogleDriveStorage, fake_drive: FakeDrive
) -> None:
    key = user_file_key("u1", "r1", "cv.txt")
    await drive_storage.put(key, b"text", "text/plain")
    await drive_storage.get(key)
    await drive_storage.delete_prefix(user_prefix("u1"))
    seen = fake_drive.drive_requests()
    assert len(seen) >= 5
    assert all(r.query.get("supportsAllDrives") == "true" for r in seen)
    lists = [r for r in seen if r.path == "/drive/v3/files" and r.method == "GET"]
    assert all(r.query["includeItemsFromAllDrives"] == "true" for r in lists)
    assert fake_drive.token_requests == 1


async def test_rejected_token_is_refreshed_once(
    drive_storage: GoogleDriveStorage, fake_drive: FakeDrive
) -> None:
    await drive_storage.put("users/u1/a.txt", b"a", "text/plain")
    fake_drive.tokens.clear()
    assert await drive_storage.get("users/u1/a.txt") == b"a"
    assert fake_drive.token_requests == 2


async def test_delete_prefix_pages_through_and_spares_other_users(
    drive_storage: GoogleDriveStorage, fake_drive: FakeDrive
) -> None:
    for index in range(5):
        await drive_storage.put(user_file_key("u1", f"r{index}", "cv.pdf"), b"x", "application/pdf")
    await drive_storage.put(user_file_key("u10", "r1", "cv.pdf"), b"y", "application/pdf")
    assert await drive_storage.delete_prefix(user_prefix("u1")) == 5
    assert [f.name for f in fake_drive.files.values()] == ["users/u10/resumes/r1/cv.pdf"]
    assert any("pageToken" in r.query for r in fake_drive.requests)
    with pytest.raises(BadRequest):
        await drive_storage.delete_prefix("users/u10")


async def test_fetch_external_binary_file(
    drive_storage: GoogleDriveStorage, fake_drive: FakeDrive
) -> None:
    fake_drive.add("ext1", FakeFile("My CV.pdf", [FOLDER], "application/pdf", b"%PDF-1.4 cv"))
    fetched = await drive_storage.fetch_external("ext1", max_bytes=1000)
    assert (fetched.data, fetched.filename, fetched.content_type) == (
        b"%PDF-1.4 cv",
        "My CV.pdf",
        "application/pdf",
    )


async def test_fetch_external_exports_google_docs_as_text(
    drive_storage: GoogleDriveStorage, fake_drive: FakeDrive
) -> None:
    doc = FakeFile("Resume", [FOLDER], "application/vnd.google-apps.document", b"Jane Doe\nPython")
    fake_drive.add("doc1", doc)
    fetched = await drive_storage.fetch_external("doc1", max_bytes=1000)
    assert fetched.data == b"Jane Doe\nPython"
    assert (fetched.filename, fetched.content_type) == ("Resume.txt", "text/plain")
    assert any(r.path == "/drive/v3/files/doc1/export" for r in fake_drive.requests)
    with pytest.raises(PayloadTooLarge):
        await drive_storage.fetch_external("doc1", max_bytes=5)


async def test_fetch_external_is_confined_to_the_folder(
    drive_storage: GoogleDriveStorage, fake_drive: FakeDrive
) -> None:
    fake_drive.add("other", FakeFile("secret.pdf", ["elsewhere"], "application/pdf", b"secret"))
    with pytest.raises(NotFound):
        await drive_storage.fetch_external("other", max_bytes=1000)
    with pytest.raises(NotFound):
        await drive_storage.fetch_external("missing", max_bytes=1000)
    with pytest.raises(NotFound):
        await drive_storage.fetch_external("../../upload/drive/v3/files", max_bytes=1000)
    assert not any(r.query.get("alt") == "media" for r in fake_drive.requests)


async def test_fetch_external_checks_size_before_download_and_refuses_other_google_types(
    drive_storage: GoogleDriveStorage, fake_drive: FakeDrive
) -> None:
    fake_drive.add("big", FakeFile("big.pdf", [FOLDER], "application/pdf", b"x" * 2000))
    fake_drive.add("sheet", FakeFile("s", [FOLDER], "application/vnd.google-apps.spreadsheet", b""))
    with pytest.raises(PayloadTooLarge):
        await drive_storage.fetch_external("big", max_bytes=1000)
    assert not any(r.query.get("alt") == "media" for r in fake_drive.requests)
    with pytest.raises(UnsupportedMediaType):
        await drive_storage.fetch_external("sheet", max_bytes=1000)


def test_service_account_json_must_have_key_and_email() -> None:
    with pytest.raises(BadRequest):
        ServiceAccountCredentials.from_json('{"client_email": "a@b"}')
    with pytest.raises(BadRequest):
        ServiceAccountCredentials.from_json("not json")
    parsed = ServiceAccountCredentials.from_json('{"client_email": "a@b", "private_key": "k"}')
    assert parsed.token_uri == "https://oauth2.googleapis.com/token"


async def test_unreachable_drive_is_storage_unavailable(
    credentials: ServiceAccountCredentials, fake_drive: FakeDrive
) -> None:
    fake_drive.stop()
    async with httpx.AsyncClient(timeout=2) as http:
        storage = GoogleDriveStorage(http, credentials, FOLDER, api_base=fake_drive.base_url)
        with pytest.raises(StorageUnavailable):
            await storage.get("users/u1/a.txt")
