"""Google Drive adapter of the file-storage port (Drive v3 REST, Shared Drives supported)."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import httpx

from vidyamitra.core.errors import (
    BadRequest,
    NotFound,
    PayloadTooLarge,
    UnsupportedMediaType,
)
from vidyamitra.storage.drive_query import (
    has_property,
    key_digest,
    multipart_related,
    owner_prefix,
    quote,
    raise_for_status,
)
from vidyamitra.storage.google_auth import (
    ServiceAccountCredentials,
    ServiceAccountTokenSource,
    StorageUnavailable,
)
from vidyamitra.storage.port import ExternalFile, StoredFile

_FILE_ID = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
GOOGLE_DOC = "application/vnd.google-apps.document"
_KEY_PROPERTY = "vidyamitraKey"
_OWNER_PROPERTY = "vidyamitraOwner"
_ALL_DRIVES = {"supportsAllDrives": "true"}
_LIST_PARAMS = {**_ALL_DRIVES, "includeItemsFromAllDrives": "true", "corpora": "allDrives"}


class GoogleDriveStorage:
    """Keeps files in one Drive folder; a file's name is its key, found by an appProperty."""

    name = "gdrive"

    def __init__(
        self,
        http: httpx.AsyncClient,
        credentials: ServiceAccountCredentials,
        folder_id: str,
        *,
        api_base: str = "https://www.googleapis.com",
    ) -> None:
        self._http = http
        self._tokens = ServiceAccountTokenSource(http, credentials)
        self._folder = folder_id
        self._base = api_base.rstrip("/")

    async def put(self, key: str, data: bytes, content_type: str) -> StoredFile:
        """Upload into the folder, replacing the content of an existing file with this key."""
        existing = await self._find(has_property(_KEY_PROPERTY, key_digest(key)))
        if existing:
            url = f"{self._base}/upload/drive/v3/files/{existing[0]['id']}"
            params = {**_ALL_DRIVES, "uploadType": "media"}
            await self._call("PATCH", url, params, content=data, content_type=content_type)
        else:
            await self._create(key, data, content_type)
        digest = hashlib.sha256(data).hexdigest()
        return StoredFile(key=key, sha256=digest, size=len(data), content_type=content_type)

    async def get(self, key: str) -> bytes:
        """Download the file stored under ``key``; raises NotFound."""
        found = await self._find(has_property(_KEY_PROPERTY, key_digest(key)))
        if not found:
            raise NotFound("Stored file not found")
        url = f"{self._base}/drive/v3/files/{found[0]['id']}"
        response = await self._call("GET", url, {**_ALL_DRIVES, "alt": "media"})
        return response.content

    async def delete(self, key: str) -> None:
        """Delete every file stored under ``key``; nothing to delete is fine."""
        for item in await self._find(has_property(_KEY_PROPERTY, key_digest(key))):
            await self._delete_id(str(item["id"]))

    async def delete_prefix(self, prefix: str) -> int:
        """Delete every file of the folder whose key starts with ``prefix``."""
        if not prefix.endswith("/"):
            raise BadRequest("A storage prefix must end with '/'")
        owner = owner_prefix(prefix + "x")
        clause = has_property(_OWNER_PROPERTY, key_digest(owner)) if owner else None
        items = [i for i in await self._find(clause) if str(i["name"]).startswith(prefix)]
        for item in items:
            await self._delete_id(str(item["id"]))
        return len(items)

    async def fetch_external(self, file_id: str, *, max_bytes: int) -> ExternalFile:
        """Fetch a file from the configured folder by Drive id (Google Docs as plain text)."""
        if not _FILE_ID.match(file_id):
            raise NotFound("Drive file not found")
        url = f"{self._base}/drive/v3/files/{file_id}"
        fields = "id,name,mimeType,size,parents"
        meta = (await self._call("GET", url, {**_ALL_DRIVES, "fields": fields})).json()
        if self._folder not in meta.get("parents", []):
            raise NotFound("Drive file not found in the configured folder")
        mime = str(meta.get("mimeType", "application/octet-stream"))
        if mime == GOOGLE_DOC:
            params = {**_ALL_DRIVES, "mimeType": "text/plain"}
            data = await self._download(f"{url}/export", params, max_bytes)
            name = f"{meta['name']}.txt"
            return ExternalFile(data=data, filename=name, content_type="text/plain")
        if mime.startswith("application/vnd.google-apps."):
            raise UnsupportedMediaType(f"Drive item of type {mime} cannot be read as a resume")
        if int(meta.get("size", 0)) > max_bytes:
            raise PayloadTooLarge(f"Drive file is larger than {max_bytes} bytes")
        data = await self._download(url, {**_ALL_DRIVES, "alt": "media"}, max_bytes)
        return ExternalFile(data=data, filename=str(meta["name"]), content_type=mime)

    async def _create(self, key: str, data: bytes, content_type: str) -> None:
        """Create a new file in the folder with a multipart upload."""
        properties = {_KEY_PROPERTY: key_digest(key)}
        owner = owner_prefix(key)
        if owner:
            properties[_OWNER_PROPERTY] = key_digest(owner)
        metadata = {"name": key, "parents": [self._folder], "appProperties": properties}
        body, ctype = multipart_related(metadata, data, content_type)
        url = f"{self._base}/upload/drive/v3/files"
        params = {**_ALL_DRIVES, "uploadType": "multipart", "fields": "id"}
        await self._call("POST", url, params, content=body, content_type=ctype)

    async def _find(self, clause: str | None) -> list[dict[str, Any]]:
        """List the folder's files matching ``clause`` across every result page."""
        query = f"{quote(self._folder)} in parents and trashed = false"
        params = {**_LIST_PARAMS, "q": f"{query} and {clause}" if clause else query}
        params["fields"] = "nextPageToken,files(id,name)"
        items: list[dict[str, Any]] = []
        while True:
            page = (await self._call("GET", f"{self._base}/drive/v3/files", params)).json()
            items.extend(page.get("files", []))
            if not page.get("nextPageToken"):
                return items
            params["pageToken"] = str(page["nextPageToken"])

    async def _delete_id(self, file_id: str) -> None:
        """Delete one Drive file; already gone is fine."""
        url = f"{self._base}/drive/v3/files/{file_id}"
        try:
            await self._call("DELETE", url, dict(_ALL_DRIVES))
        except NotFound:
            return

    async def _download(self, url: str, params: dict[str, str], max_bytes: int) -> bytes:
        """Stream a download, refusing more than ``max_bytes``."""
        headers = {"Authorization": f"Bearer {await self._tokens.token()}"}
        chunks: list[bytes] = []
        received = 0
        try:
            async with self._http.stream("GET", url, params=params, headers=headers) as response:
                raise_for_status(response.status_code)
                async for chunk in response.aiter_bytes():
                    received += len(chunk)
                    if received > max_bytes:
                        raise PayloadTooLarge(f"Drive file is larger than {max_bytes} bytes")
                    chunks.append(chunk)
        except httpx.HTTPError as exc:
            raise StorageUnavailable("Google Drive unreachable") from exc
        return b"".join(chunks)

    async def _call(
        self,
        method: str,
        url: str,
        params: dict[str, str],
        *,
        content: bytes | None = None,
        content_type: str | None = None,
    ) -> httpx.Response:
        """Send one authorised Drive request, retrying once with a fresh token after a 401."""
        for attempt in range(2):
            headers = {"Authorization": f"Bearer {await self._tokens.token()}"}
            if content_type:
                headers["Content-Type"] = content_type
            try:
                response = await self._http.request(
                    method, url, params=params, content=content, headers=headers
                )
            except httpx.HTTPError as exc:
                raise StorageUnavailable("Google Drive unreachable") from exc
            if response.status_code == 401 and attempt == 0:
                self._tokens.invalidate()
                continue
            raise_for_status(response.status_code)
            return response
        raise StorageUnavailable("Google Drive refused the service account")
