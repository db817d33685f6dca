"""Pure helpers of the Drive adapter: query clauses, key hashing, upload bodies, status mapping."""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping

from vidyamitra.core.errors import NotFound
from vidyamitra.storage.google_auth import StorageUnavailable


def key_digest(text: str) -> str:
    """Hash a key for an appProperties value (values are limited to 124 bytes with the name)."""
    return hashlib.sha256(text.encode()).hexdigest()


def owner_prefix(key: str) -> str | None:
    """Return the ``users/<id>/`` part of a key, if it has one."""
    parts = key.split("/")
    return f"{parts[0]}/{parts[1]}/" if len(parts) > 2 and parts[0] == "users" else None


def quote(value: str) -> str:
    """Quote a string literal for a Drive query."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def has_property(name: str, value: str) -> str:
    """A Drive query clause matching one appProperties entry."""
    return f"appProperties has {{ key={quote(name)} and value={quote(value)} }}"


def multipart_related(
    metadata: Mapping[str, object], data: bytes, content_type: str
) -> tuple[bytes, str]:
    """Build a Drive multipart upload body (JSON metadata, then the media) and its content type."""
    boundary = secrets.token_hex(16)
    body = b"".join(
        [
            f"--{boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n".encode(),
            json.dumps(metadata).encode(),
            f"\r\n--{boundary}\r\nContent-Type: {content_type}\r\n\r\n".encode(),
            data,
            f"\r\n--{boundary}--\r\n".encode(),
        ]
    )
    return body, f"multipart/related; boundary={boundary}"


def raise_for_status(status: int) -> None:
    """Map a Drive status to a domain error; a 404 is NotFound, others are unavailability."""
    if status == 404:
        raise NotFound("Drive file not found")
    if status >= 400:
        raise StorageUnavailable(f"Google Drive answered {status}")
