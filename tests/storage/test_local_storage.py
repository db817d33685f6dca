"""LocalFileStorage: round trips, atomic writes, prefix deletion and refused unsafe keys."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from vidyamitra.core.errors import BadRequest, NotFound, UnprocessableContent
from vidyamitra.storage.local import LocalFileStorage
from vidyamitra.storage.port import user_file_key, user_prefix


async def test_put_get_delete_round_trip(tmp_path: Path) -> None:
    storage = LocalFileStorage(tmp_path)
    key = user_file_key("u1", "r1", "cv.pdf")
    stored = await storage.put(key, b"%PDF-1.7 hello", "application/pdf")
    assert stored.sha256 == hashlib.sha256(b"%PDF-1.7 hello").hexdigest()
    assert stored.size == 14
    assert await storage.get(key) == b"%PDF-1.7 hello"
    assert [p.name for p in (tmp_path / "users/u1/resumes/r1").iterdir()] == ["cv.pdf"]
    await storage.delete(key)
    await storage.delete(key)
    with pytest.raises(NotFound):
        await storage.get(key)


async def test_put_replaces_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    storage = LocalFileStorage(tmp_path)
    await storage.put("users/u1/a.txt", b"one", "text/plain")
    await storage.put("users/u1/a.txt", b"two", "text/plain")
    assert await storage.get("users/u1/a.txt") == b"two"
    assert sorted(p.name for p in (tmp_path / "users/u1").iterdir()) == ["a.txt"]


async def test_delete_prefix_removes_only_that_user(tmp_path: Path) -> None:
    storage = LocalFileStorage(tmp_path)
    await storage.put(user_file_key("u1", "r1", "a.pdf"), b"a", "application/pdf")
    await storage.put(user_file_key("u1", "r2", "b.pdf"), b"b", "application/pdf")
    await storage.put(user_file_key("u10", "r3", "c.pdf"), b"c", "application/pdf")
    assert await storage.delete_prefix(user_prefix("u1")) == 2
    assert not (tmp_path / "users/u1").exists()
    assert await storage.get(user_file_key("u10", "r3", "c.pdf")) == b"c"
    assert await storage.delete_prefix(user_prefix("u1")) == 0


@pytest.mark.parametrize(
    "key",
    [
        "../escape.txt",
        "users/../../escape.txt",
        "/etc/passwd",
        "users\\u1\\a.txt",
        "users/u1/a\x00.txt",
        "users/./a.txt",
        "",
        "C:/x.txt",
    ],
)
async def test_unsafe_keys_are_refused(tmp_path: Path, key: str) -> None:
    storage = LocalFileStorage(tmp_path / "root")
    with pytest.raises(BadRequest):
        await storage.put(key, b"x", "text/plain")
    assert not (tmp_path / "escape.txt").exists()


async def test_symlink_escaping_the_root_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "users").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (root / "users" / "link").symlink_to(tmp_path / "outside")
    storage = LocalFileStorage(root)
    with pytest.raises(BadRequest):
        await storage.put("users/link/a.txt", b"x", "text/plain")
    assert list((tmp_path / "outside").iterdir()) == []


def test_user_file_key_sanitises_names() -> None:
    assert user_file_key("u1", "r1", "../../etc/passwd") == "users/u1/resumes/r1/passwd"
    assert user_file_key("u1", "r1", "My CV (final).pdf") == "users/u1/resumes/r1/My_CV_final_.pdf"
    assert user_file_key("u1", "r1", "..") == "users/u1/resumes/r1/file"
    long_key = user_file_key("u1", "r1", "a" * 300 + ".docx")
    assert long_key.endswith("a.docx")
    assert len(long_key.rsplit("/", 1)[1]) == 120
    with pytest.raises(BadRequest):
        user_file_key("../u2", "r1", "a.pdf")
    with pytest.raises(BadRequest):
        user_file_key("u1", "r1/../x", "a.pdf")


async def test_fetch_external_is_not_configured(tmp_path: Path) -> None:
    with pytest.raises(UnprocessableContent, match="Google Drive is not configured"):
        await LocalFileStorage(tmp_path).fetch_external("abc", max_bytes=10)
