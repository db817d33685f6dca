"""Cross-entry checks on catalog resources: unique ids and URLs, URL shape, known skills."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from vidyamitra.ai.learning_models import Resource
from vidyamitra.ai.offline.learning.ports import SkillNames


def url_problem(url: str, *, allow_http: bool = False) -> str | None:
    """Why a URL is malformed (None when it is a well-formed https URL)."""
    if any(ch.isspace() for ch in url):
        return "contains whitespace"
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError as exc:
        return f"unparseable ({exc})"
    schemes = ("https", "http") if allow_http else ("https",)
    if parts.scheme not in schemes:
        return f"scheme must be {' or '.join(schemes)}, not {parts.scheme or 'missing'!r}"
    if not host:
        return "no host"
    if "." not in host and not (allow_http and host in {"localhost", "127.0.0.1"}):
        return f"host {host!r} has no dot"
    return None


def catalog_problems(resources: Sequence[Resource], taxonomy: SkillNames) -> list[str]:
    """Every problem across the resources (empty when the catalog is sound)."""
    problems: list[str] = []
    ids: set[str] = set()
    urls: dict[str, str] = {}
    for r in resources:
        if r.id in ids:
            problems.append(f"{r.id}: duplicate id")
        ids.add(r.id)
        why = url_problem(r.url)
        if why:
            problems.append(f"{r.id}: malformed URL {r.url!r}: {why}")
        key = _url_key(r.url)
        if key in urls:
            problems.append(f"{r.id}: duplicate URL {r.url!r} (also {urls[key]})")
        urls.setdefault(key, r.id)
        problems.extend(_skill_problems(r, taxonomy))
    return problems


def _skill_problems(resource: Resource, taxonomy: SkillNames) -> list[str]:
    """Skills of one resource that the taxonomy does not know by that canonical name."""
    problems = []
    for skill in resource.skills:
        canonical = taxonomy.canonical(skill)
        if canonical is None:
            problems.append(f"{resource.id}: unknown skill {skill!r}")
        elif canonical != skill:
            problems.append(f"{resource.id}: skill {skill!r} must be spelled {canonical!r}")
    return problems


def _url_key(url: str) -> str:
    """URL normalised for duplicate detection: lower-case host, no trailing slash or fragment."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{(parts.hostname or '').lower()}{path}{query}"
