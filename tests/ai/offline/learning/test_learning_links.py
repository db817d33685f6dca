"""check_links against a real HTTP server on loopback: an alive URL, a 404, a refused port."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from vidyamitra.ai.learning_models import Resource
from vidyamitra.ai.offline.learning import check_links


class Handler(BaseHTTPRequestHandler):
    """/alive answers HEAD and GET; /get-only refuses HEAD; anything else is 404."""

    def do_HEAD(self) -> None:  # noqa: N802 - http.server API
        self.send_response(
            200 if self.path == "/alive" else 405 if self.path == "/get-only" else 404
        )
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        ok = self.path in {"/alive", "/get-only"}
        body = b"ok" if ok else b"missing"
        self.send_response(200 if ok else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def base_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def res(rid: str, url: str) -> Resource:
    return Resource(
        id=rid,
        title=rid,
        url=url,
        type="docs",
        free=True,
        level="beginner",
        hours=1,
        skills=["Git"],
        provider="test",
        source="curated",
    )


async def test_alive_404_and_get_fallback(base_url: str) -> None:
    resources = [
        res("alive", f"{base_url}/alive"),
        res("gone", f"{base_url}/gone"),
        res("get-only", f"{base_url}/get-only"),
    ]
    reports = await check_links(resources, timeout=5, concurrency=2, allow_http=True)
    by_id = {r.resource_id: r for r in reports}
    assert [r.resource_id for r in reports] == ["alive", "gone", "get-only"]
    assert by_id["alive"].ok
    assert by_id["alive"].status == 200
    assert by_id["alive"].method == "HEAD"
    assert not by_id["gone"].ok
    assert by_id["gone"].status == 404
    assert by_id["gone"].method == "GET"
    assert by_id["get-only"].ok
    assert by_id["get-only"].method == "GET"


async def test_http_is_not_fetched_unless_allowed(base_url: str) -> None:
    (report,) = await check_links([res("alive", f"{base_url}/alive")], timeout=5)
    assert not report.ok
    assert report.status is None
    assert report.error is not None
    assert "not checked" in report.error


async def test_refused_connection_is_reported(base_url: str) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    server.server_close()
    (report,) = await check_links(
        [res("closed", f"http://127.0.0.1:{port}/alive")], timeout=2, allow_http=True
    )
    assert not report.ok
    assert report.status is None
    assert report.error
