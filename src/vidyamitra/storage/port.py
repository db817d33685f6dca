"""The file-storage port: what the app needs from a place that keeps uploaded files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from vidyamitra.core.errors import BadRequest

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")
_MAX_NAME = 120


@dataclass(frozen=True)
class StoredFile:
    """A file the storage now holds."""

    key: str
    sha256: str
    size: int
    content_type: str


@dataclass(frozen=True)
class ExternalFile:
    """A file fetched from an external store (a Google Drive file id)."""

    data: bytes
    filename: str
    content_type: str


class FileStorage(Protocol):
    """Keeps files by key; keys of one user all start with ``users/<user_id>/``."""

    name: str

    async def put(self, key: str, data: bytes, content_type: str) -> StoredFile:
        """Store ``data`` under ``key``, replacing any previous file."""
        ...

    async def get(self, key: str) -> bytes:
        """Return the bytes under ``key``; raises NotFound."""
        ...

    async def delete(self, key: str) -> None:
        """Remove the file under ``key``; a missing file is not an error."""
        ...

    async def delete_prefix(self, prefix: str) -> int:
        """Remove every file whose key starts with ``prefix`` (must end in '/'); return how many."""
        ...

    async def fetch_external(self, file_id: str, *, max_bytes: int) -> ExternalFile:
        """Fetch an external file by id; raises NotFound, PayloadTooLarge, UnprocessableContent."""
        ...


def safe_filename(filename: str) -> str:
    """Reduce a client-supplied file name to a safe single path segment."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE.sub("_", base).strip("._")
    if len(cleaned) > _MAX_NAME:
        stem, dot, ext = cleaned.rpartition(".")
        keep_ext = bool(dot) and len(ext) <= 10
        cleaned = stem[: _MAX_NAME - len(ext) - 1] + dot + ext if keep_ext else cleaned[:_MAX_NAME]
    return cleaned or "file"


def user_prefix(user_id: str) -> str:
    """Return the key prefix under which every file of one user lives."""
    if not _ID.match(user_id):
        raise BadRequest("Invalid user id for a storage key")
    return f"users/{user_id}/"


def user_file_key(user_id: str, resume_id: str, filename: str) -> str:
    """Build the storage key of one resume file: ``users/<user>/resumes/<resume>/<name>``."""
    if not _ID.match(resume_id):
        raise BadRequest("Invalid resume id for a storage key")
    return f"{user_prefix(user_id)}resumes/{resume_id}/{safe_filename(filename)}"
