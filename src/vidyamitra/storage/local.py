"""Local-disk adapter of the file-storage port: atomic writes under one root directory."""

from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
from pathlib import Path

from vidyamitra.core.errors import BadRequest, NotFound, UnprocessableContent
from vidyamitra.storage.port import ExternalFile, StoredFile


class LocalFileStorage:
    """Stores files as plain files under ``root``; keys are relative POSIX paths."""

    name = "local"

    def __init__(self, root: Path) -> None:
        self._root = root.resolve()

    def path_for(self, key: str) -> Path:
        """Map a key to its path under the root; raises BadRequest for unsafe keys."""
        if not key or "\\" in key or "\x00" in key or key.startswith("/"):
            raise BadRequest("Invalid storage key")
        parts = key.split("/")
        if any(part in ("", "..", ".") for part in parts) or ":" in parts[0]:
            raise BadRequest("Invalid storage key")
        path = (self._root / Path(*parts)).resolve()
        if not path.is_relative_to(self._root) or path == self._root:
            raise BadRequest("Invalid storage key")
        return path

    async def put(self, key: str, data: bytes, content_type: str) -> StoredFile:
        """Write ``data`` atomically (temporary file then rename)."""
        path = self.path_for(key)
        await asyncio.to_thread(_write_atomic, path, data)
        digest = hashlib.sha256(data).hexdigest()
        return StoredFile(key=key, sha256=digest, size=len(data), content_type=content_type)

    async def get(self, key: str) -> bytes:
        """Read the file under ``key``; raises NotFound."""
        path = self.path_for(key)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except (FileNotFoundError, IsADirectoryError):
            raise NotFound("Stored file not found") from None

    async def delete(self, key: str) -> None:
        """Remove the file under ``key`` if it exists."""
        path = self.path_for(key)
        await asyncio.to_thread(path.unlink, missing_ok=True)

    async def delete_prefix(self, prefix: str) -> int:
        """Remove every file whose key starts with the directory ``prefix`` (ending in '/')."""
        if not prefix.endswith("/"):
            raise BadRequest("A storage prefix must end with '/'")
        directory = self.path_for(prefix.rstrip("/"))
        return await asyncio.to_thread(_remove_tree, directory)

    async def fetch_external(self, file_id: str, *, max_bytes: int) -> ExternalFile:
        """Local storage has no external files."""
        raise UnprocessableContent("Google Drive is not configured")


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary sibling, fsync, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _remove_tree(directory: Path) -> int:
    """Delete every file below ``directory`` and the emptied folders; return the file count."""
    if not directory.is_dir():
        return 0
    count = 0
    for current, dirs, files in os.walk(directory, topdown=False):
        base = Path(current)
        for name in files:
            (base / name).unlink(missing_ok=True)
            count += 1
        for name in dirs:
            (base / name).rmdir()
    directory.rmdir()
    return count
