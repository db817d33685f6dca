"""A fake Google Drive v3 + OAuth token endpoint served over real HTTP on loopback."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import jwt

FOLDER = "folder-main"
_FOLDER_CLAUSE = re.compile(r"'([^']*)' in parents")
_PROP_CLAUSE = re.compile(r"appProperties has \{ key='([^']*)' and value='([^']*)' \}")


@dataclass
class FakeFile:
    """One file held by the fake Drive."""

    name: str
    parents: list[str]
    mime_type: str
    data: bytes
    app_properties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Seen:
    """One request the fake received."""

    method: str
    path: str
    query: dict[str, str]


class FakeDrive:
    """State of the fake: files, issued tokens and every request seen."""

    def __init__(self, public_key_pem: str, page_size: int = 2) -> None:
        self.public_key_pem = public_key_pem
        self.page_size = page_size
        self.files: dict[str, FakeFile] = {}
        self.tokens: set[str] = set()
        self.token_requests = 0
        self.requests: list[Seen] = []
        self.base_url = ""
        self._server: ThreadingHTTPServer | None = None

    def add(self, file_id: str, file: FakeFile) -> None:
        """Place a file in the fake Drive directly."""
        self.files[file_id] = file

    def start(self) -> None:
        """Serve on 127.0.0.1 on a free port in a daemon thread."""
        fake = self

        class Handler(_Handler):
            drive = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        serve = self._server.serve_forever
        threading.Thread(target=serve, kwargs={"poll_interval": 0.01}, daemon=True).start()

    def stop(self) -> None:
        """Stop serving."""
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def drive_requests(self) -> list[Seen]:
        """Every request except the token endpoint."""
        return [r for r in self.requests if r.path != "/token"]


class _Handler(BaseHTTPRequestHandler):
    drive: FakeDrive
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _send(self, status: int, body: bytes = b"", ctype: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: object) -> None:
        self._send(status, json.dumps(payload).encode())

    def _route(self, method: str) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.drive.requests.append(Seen(method, parts.path, query))
        body = self._body()
        if parts.path == "/token":
            self._token(body)
            return
        auth = self.headers.get("Authorization", "")
        if auth.removeprefix("Bearer ") not in self.drive.tokens:
            self._json(401, {"error": {"code": 401}})
            return
        _dispatch(self, method, parts.path, query, body)

    def _token(self, body: bytes) -> None:
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        assert form["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
        claims = jwt.decode(
            form["assertion"],
            self.drive.public_key_pem,
            algorithms=["RS256"],
            audience=f"{self.drive.base_url}/token",
        )
        assert claims["scope"] == "https://www.googleapis.com/auth/drive"
        self.drive.token_requests += 1
        token = f"tok-{self.drive.token_requests}"
        self.drive.tokens.add(token)
        self._json(200, {"access_token": token, "expires_in": 3600, "token_type": "Bearer"})

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        self._route("POST")

    def do_PATCH(self) -> None:  # noqa: N802 (http.server's naming)
        self._route("PATCH")

    def do_DELETE(self) -> None:  # noqa: N802 (http.server's naming)
        self._route("DELETE")


def _dispatch(h: _Handler, method: str, path: str, query: dict[str, str], body: bytes) -> None:
    """Answer one authorised Drive request."""
    drive = h.drive
    if method == "GET" and path == "/drive/v3/files":
        _list(h, query)
        return
    if method == "POST" and path == "/upload/drive/v3/files":
        assert query["uploadType"] == "multipart"
        file_id = f"id{len(drive.files) + 1:04d}"
        drive.files[file_id] = _parse_multipart(h.headers["Content-Type"], body)
        h._json(200, {"id": file_id})
        return
    match = re.fullmatch(r"/(upload/)?drive/v3/files/([^/]+)(/export)?", path)
    if not match or match.group(2) not in drive.files:
        h._json(404, {"error": {"code": 404}})
        return
    file_id, file = match.group(2), drive.files[match.group(2)]
    if method == "PATCH" and match.group(1):
        assert query["uploadType"] == "media"
        file.data = body
        h._json(200, {"id": file_id})
    elif method == "DELETE":
        del drive.files[file_id]
        h._send(204)
    elif match.group(3):
        assert file.mime_type == "application/vnd.google-apps.document"
        assert query["mimeType"] == "text/plain"
        h._send(200, file.data, "text/plain")
    elif query.get("alt") == "media":
        h._send(200, file.data, file.mime_type)
    else:
        meta = {"id": file_id, "name": file.name, "mimeType": file.mime_type}
        meta["parents"] = file.parents  # type: ignore[assignment]
        if not file.mime_type.startswith("application/vnd.google-apps."):
            meta["size"] = str(len(file.data))
        h._json(200, meta)


def _list(h: _Handler, query: dict[str, str]) -> None:
    """files.list with the query forms the adapter uses, paginated."""
    q = query["q"]
    folder = _FOLDER_CLAUSE.search(q)
    props = _PROP_CLAUSE.findall(q)
    rest = _PROP_CLAUSE.sub("", _FOLDER_CLAUSE.sub("", q)).replace("trashed = false", "")
    assert folder, f"unsupported query: {q}"
    assert not rest.replace("and", "").strip(), f"unsupported query: {q}"
    hits = [
        {"id": fid, "name": f.name}
        for fid, f in sorted(h.drive.files.items())
        if folder.group(1) in f.parents and all(f.app_properties.get(k) == v for k, v in props)
    ]
    start = int(query.get("pageToken", "0"))
    page = hits[start : start + h.drive.page_size]
    payload: dict[str, object] = {"files": page}
    if start + h.drive.page_size < len(hits):
        payload["nextPageToken"] = str(start + h.drive.page_size)
    h._json(200, payload)


def _parse_multipart(content_type: str, body: bytes) -> FakeFile:
    """Read a multipart/related upload: JSON metadata then the media part."""
    boundary = content_type.split("boundary=", 1)[1]
    sections = body.split(f"--{boundary}".encode())
    meta_part, media_part = sections[1], sections[2]
    meta = json.loads(meta_part.split(b"\r\n\r\n", 1)[1].strip())
    media_head, media = media_part.split(b"\r\n\r\n", 1)
    mime = media_head.decode().split("Content-Type:", 1)[1].strip()
    return FakeFile(
        name=meta["name"],
        parents=meta["parents"],
        mime_type=mime,
        data=media[: -len(b"\r\n")],
        app_properties=meta.get("appProperties", {}),
    )
