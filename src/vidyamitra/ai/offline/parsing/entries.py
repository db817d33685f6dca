"""Cut a section's rows into entries: a head (who, what, when) and a body (highlights)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from vidyamitra.ai.offline.parsing.dates import find_dates
from vidyamitra.ai.offline.parsing.rows import Row

_LONG_WORDS = 12
_FIELD_SEPARATORS = re.compile(r"\s[|·•]\s")


@dataclass
class Entry:
    """One item of a section: head rows name it, body rows describe it."""

    head: list[Row] = field(default_factory=list)
    body: list[Row] = field(default_factory=list)


def has_dates(row: Row) -> bool:
    """True when the row carries a date range, or a lone date on a short line."""
    found = find_dates(row.text)
    if found is None:
        return False
    structured = len(row.parts) >= 2 or len(_FIELD_SEPARATORS.findall(row.flat)) >= 2
    return found.is_range or len(row.flat.split()) <= 8 or structured


def _is_body(row: Row, left: float, after_body: bool, bold_informative: bool) -> bool:
    if after_body and row.flat[:1].islower():
        return True
    if row.bullet and row.bold and bold_informative and len(row.flat.split()) <= 8:
        return False
    if row.bullet and _bulleted_head(row):
        return False
    if row.bullet:
        found = find_dates(row.flat)
        return not (found and found.is_range and len(row.flat.split()) <= 12)
    if has_dates(row):
        return False
    words = len(row.flat.split())
    if after_body and (row.flat[:1].islower() or row.x0 > left + 8):
        return True
    return words >= _LONG_WORDS or (row.x0 > left + 8 and words >= 4)


def split_entries(
    rows: list[Row], anchor: Callable[[Row], bool] = has_dates, bold_informative: bool = True
) -> list[Entry]:
    """Group rows into entries; a head block with several anchors splits at each one."""
    if not rows:
        return []
    left = min(r.x0 for r in rows)
    entries: list[Entry] = []
    for row in rows:
        body = _is_body(row, left, bool(entries and entries[-1].body), bold_informative)
        aside = _date_aside(row) if body else None
        if aside is not None and entries and not any(has_dates(r) for r in entries[-1].head):
            row, dates = aside
            entries[-1].head.append(dates)
        if body and entries:
            entries[-1].body.append(row)
        elif body or not entries or entries[-1].body:
            entries.append(Entry(head=[] if body else [row], body=[row] if body else []))
        else:
            entries[-1].head.append(row)
    result: list[Entry] = []
    for entry in entries:
        result.extend(_split_head(entry, anchor))
    return [_promote(e) for e in result]


_PLACE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*[A-Z][\w.'’-]*(?:\s+[A-Z]\w*)?$")


def _bulleted_head(row: Row) -> bool:
    """ "• Coursera <tab> Mountain View, CA": a short bulleted name with a flushed-right
    place or date part heads an entry, unlike a bullet point."""
    if len(row.parts) < 2 or len(row.flat.split()) > 10:
        return False
    last = row.parts[-1].strip()
    return bool(_PLACE.match(last)) or _only_dates_text(last)


def _date_aside(row: Row) -> tuple[Row, Row] | None:
    """(row without it, date-only row) when a body row ends with a flushed-right date part."""
    if len(row.parts) < 2 or not _only_dates_text(row.parts[-1]):
        return None
    rest = replace(row, parts=row.parts[:-1])
    return rest, replace(row, parts=row.parts[-1:], bullet=False)


def _split_head(entry: Entry, anchor: Callable[[Row], bool]) -> list[Entry]:
    """Split a head block holding several anchored rows, keeping each anchor's offset."""
    marks = [i for i, row in enumerate(entry.head) if anchor(row)]
    if len(marks) < 2:
        return [entry]
    offset = marks[0]
    starts = [0]
    for mark in marks[1:]:
        start = mark - offset
        if start > starts[-1]:
            starts.append(start)
    bounds = [*starts, len(entry.head)]
    parts = [Entry(head=entry.head[a:b]) for a, b in pairwise(bounds)]
    parts[-1].body = entry.body
    return parts


def _promote(entry: Entry) -> Entry:
    """An entry whose head is only dates takes its first body row as the name line."""
    if entry.body and all(_only_dates(r) for r in entry.head):
        return Entry(head=[*entry.head, entry.body[0]], body=entry.body[1:])
    return entry


def _only_dates(row: Row) -> bool:
    return _only_dates_text(row.flat)


def _only_dates_text(text: str) -> bool:
    found = find_dates(text)
    if found is None:
        return False
    rest = text[: found.begin] + text[found.finish :]
    return not any(c.isalpha() for c in rest)
