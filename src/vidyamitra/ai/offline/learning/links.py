"""Link checking for the catalog: HEAD each URL, fall back to GET when HEAD is refused."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from vidyamitra.ai.learning_models import Resource
from vidyamitra.ai.offline.learning.catalog import Catalog
from vidyamitra.ai.offline.learning.catalog_checks import url_problem

if TYPE_CHECKING:
    import httpx

USER_AGENT = "VidyaMitra-link-check/1.0 (+https://github.com/)"


class LinkReport(BaseModel):
    """Outcome of checking one resource URL."""

    resource_id: str = Field(description="Catalog id of the resource.")
    url: str = Field(description="URL checked.")
    ok: bool = Field(description="True when the final response was 2xx or 3xx.")
    status: int | None = Field(description="Final HTTP status, None when no response came.")
    method: str = Field(description="HTTP method of the final attempt (HEAD or GET).")
    error: str | None = Field(default=None, description="Transport error or why it was skipped.")


async def check_links(
    catalog: Catalog | Iterable[Resource],
    *,
    timeout: float = 10,  # noqa: ASYNC109 - per-request timeout handed to httpx
    concurrency: int = 8,
    allow_http: bool = False,
) -> list[LinkReport]:
    """Check every resource URL concurrently; reports come back in catalog order."""
    import asyncio

    import httpx

    resources = list(catalog.resources if isinstance(catalog, Catalog) else catalog)
    gate = asyncio.Semaphore(max(1, concurrency))
    headers = {"User-Agent": USER_AGENT}
    async with httpx.AsyncClient(timeout=timeout, follow_redirects=True, headers=headers) as client:

        async def one(resource: Resource) -> LinkReport:
            async with gate:
                return await _check(client, resource, allow_http)

        return list(await asyncio.gather(*(one(r) for r in resources)))


async def _check(client: httpx.AsyncClient, resource: Resource, allow_http: bool) -> LinkReport:
    """HEAD the URL; on a 4xx/5xx or transport error retry with GET."""
    problem = url_problem(resource.url, allow_http=allow_http)
    if problem:
        return LinkReport(
            resource_id=resource.id,
            url=resource.url,
            ok=False,
            status=None,
            method="-",
            error=f"not checked: {problem}",
        )
    report = await _attempt(client, resource, "HEAD")
    if report.ok:
        return report
    return await _attempt(client, resource, "GET")


async def _attempt(client: httpx.AsyncClient, resource: Resource, method: str) -> LinkReport:
    """One request; a transport error becomes a report with no status."""
    import httpx

    try:
        if method == "GET":
            async with client.stream("GET", resource.url) as response:
                status = response.status_code
        else:
            status = (await client.head(resource.url)).status_code
    except httpx.HTTPError as exc:
        return LinkReport(
            resource_id=resource.id,
            url=resource.url,
            ok=False,
            status=None,
            method=method,
            error=f"{type(exc).__name__}: {exc}",
        )
    return LinkReport(
        resource_id=resource.id, url=resource.url, ok=status < 400, status=status, method=method
    )
