"""Projects, certificates and awards from their section entries."""

from __future__ import annotations

import re

from vidyamitra.ai.jsonresume import Award, Certificate, Project
from vidyamitra.ai.offline.parsing.contact import URL
from vidyamitra.ai.offline.parsing.dates import find_dates
from vidyamitra.ai.offline.parsing.entries import Entry
from vidyamitra.ai.offline.parsing.pieces import Piece, break_head
from vidyamitra.ai.offline.parsing.rows import Row, strip_bullet
from vidyamitra.ai.offline.parsing.skills import split_keywords
from vidyamitra.ai.offline.parsing.vocabulary import Vocabulary
from vidyamitra.ai.offline.parsing.work import highlights

_TECH = re.compile(
    r"^\s*(?:tech(?:nologies|nology| stack)?|stack|tools|built with|skills)\s*[:：]\s*(.+)$",
    re.IGNORECASE,
)


def build_project(entry: Entry, vocab: Vocabulary) -> Project | None:
    """A Project from an entry: name, keywords after '|' or a "Tech:" line, dates, url."""
    head = break_head(entry.head, vocab)
    if not head.pieces:
        return None
    pieces, roles = _take_role(head.pieces, vocab)
    name = pieces[0].text
    keywords = [k for p in pieces[1:] for k in split_keywords(p.text)]
    body: list[Row] = []
    for row in entry.body:
        tech = _TECH.match(strip_bullet(row.flat))
        if tech:
            keywords.extend(split_keywords(tech.group(1)))
        else:
            body.append(row)
    text = " ".join(r.text for r in (*entry.head, *entry.body))
    url = URL.search(text)
    dates = head.dates
    return Project(
        name=name,
        keywords=keywords,
        highlights=highlights(body),
        startDate=dates.start if dates else None,
        endDate=(dates.end if dates.is_range else dates.start) if dates else None,
        url=url.group(0) if url else None,
        roles=roles,
    )


_NAMED_POINT = re.compile(r"^([^:;.]{2,60}?)\s*[:：]\s+(\S.*)$")


def bullet_projects(rows: list[Row]) -> list[Project] | None:
    """A section that is only "Name: description" bullets holds one project per bullet;
    None when the rows are not such a list."""
    bullets = [r for r in rows if r.bullet]
    if len(bullets) < 2 or any(not r.bullet and r.x0 <= bullets[0].x0 + 2 for r in rows):
        return None
    named = [_NAMED_POINT.match(strip_bullet(r.flat)) for r in bullets]
    if not all(named) or any(find_dates(r.flat) for r in bullets):
        return None
    projects: list[Project] = []
    for row in rows:
        match = _NAMED_POINT.match(strip_bullet(row.flat)) if row.bullet else None
        tech = _TECH.match(strip_bullet(row.flat))
        if tech is not None and projects:
            projects[-1].keywords.extend(split_keywords(tech.group(1)))
        elif match is not None:
            url = URL.search(row.text)
            projects.append(Project(name=match.group(1).strip(), description=match.group(2),
                                    url=url.group(0) if url else None))  # fmt: skip
        elif projects and projects[-1].description is not None:
            projects[-1].description += " " + row.flat
    return projects


def _role_like(text: str, vocab: Vocabulary) -> bool:
    """A short phrase ending in a job word ("Project Lead", "Core Contributor")."""
    words = text.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and words[-1].lower().strip(".,") in vocab.job_words
    )


def _take_role(pieces: list[Piece], vocab: Vocabulary) -> tuple[list[Piece], list[str]]:
    """ "Project Lead - Visualizer" / "Visualizer – Lead Developer": the side of a dash that is
    a role goes to roles and the other side names the project."""
    if len(pieces) < 2 or pieces[1].joiner != "–":
        return pieces, []
    first, second = (_role_like(p.text, vocab) for p in pieces[:2])
    if first and not second:
        return [pieces[1], *pieces[2:]], [pieces[0].text]
    if second and not first:
        return [pieces[0], *pieces[2:]], [pieces[1].text]
    return pieces, []


def build_certificates(rows: list[Row], vocab: Vocabulary) -> list[Certificate]:
    """One certificate per row: name, issuer (after a separator) and date."""
    result: list[Certificate] = []
    for row in rows:
        head = break_head([row], vocab)
        if not head.pieces:
            continue
        issuer = head.pieces[1].text if len(head.pieces) > 1 else None
        date = head.dates.end or head.dates.start if head.dates else None
        url = URL.search(row.text)
        result.append(
            Certificate(
                name=head.pieces[0].text,
                issuer=issuer,
                date=date,
                url=url.group(0) if url else None,
            )
        )
    return result


def build_awards(rows: list[Row], vocab: Vocabulary) -> list[Award]:
    """One award per row: title, awarder (after a separator) and date."""
    result: list[Award] = []
    for row in rows:
        head = break_head([row], vocab)
        if not head.pieces:
            continue
        awarder = head.pieces[1].text if len(head.pieces) > 1 else None
        date = head.dates.end or head.dates.start if head.dates else None
        result.append(Award(title=head.pieces[0].text, awarder=awarder, date=date))
    return result
