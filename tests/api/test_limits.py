"""Request-size limits apply before the body is buffered, with or without Content-Length."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx


async def test_streamed_body_over_the_limit_is_413(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(7):
            yield b"x" * (1024 * 1024)

    response = await app_client.post(
        "/api/resume/analyze",
        headers=alice | {"content-type": "application/json"},
        content=chunks(),
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


async def test_declared_length_over_the_limit_is_413(
    app_client: httpx.AsyncClient, alice: dict[str, str]
) -> None:
    response = await app_client.post(
        "/api/resumes", headers=alice, files={"file": ("a.pdf", b"%PDF" + b"0" * 6_000_000)}
    )
    assert response.status_code == 413
    assert (await app_client.get("/api/resumes", headers=alice)).json()["total"] == 0
