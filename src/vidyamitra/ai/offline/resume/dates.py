"""Month arithmetic for work history: parse partial ISO dates, merge spans, find gaps."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

_ISO = re.compile(r"^(?P<year>(?:19|20)\d{2})(?:-(?P<month>\d{1,2}))?")
_PRESENT = re.compile(
    r"\b(present|current(ly)?|now|today|ongoing|till\s+date|to\s+date|date)\b", re.IGNORECASE
)


@dataclass(frozen=True, order=True)
class Span:
    """Inclusive months, as month numbers since year 0 (year * 12 + month - 1)."""

    start: int
    end: int

    @property
    def months(self) -> int:
        """Length in months, counting both ends."""
        return self.end - self.start + 1


def month_index(year: int, month: int) -> int:
    """Months since year 0 for a calendar month."""
    return year * 12 + month - 1


def today_index(today: date) -> int:
    """The month index of a date."""
    return month_index(today.year, today.month)


def to_month(value: str | None, *, is_end: bool) -> int | None:
    """Month index of '2019', '2019-03' or '2019-03-01'; a bare year is Jan (start) or Dec (end)."""
    if not value:
        return None
    match = _ISO.match(value.strip())
    if match is None:
        return None
    month = int(match.group("month") or (12 if is_end else 1))
    return month_index(int(match.group("year")), min(max(month, 1), 12))


def is_present(raw: str | None) -> bool:
    """True when an end date is written as 'Present', 'Current', 'till date', ..."""
    return bool(raw and _PRESENT.search(raw))


def label(index: int) -> str:
    """YYYY-MM for a month index."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def merge(spans: Iterable[Span]) -> tuple[list[Span], int]:
    """Union of spans (adjacent months joined) and how many spans overlapped another."""
    merged: list[Span] = []
    overlaps = 0
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            overlaps += 1
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        elif merged and span.start == merged[-1].end + 1:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged, overlaps


def gaps(merged: list[Span], min_months: int) -> list[Span]:
    """Breaks between merged spans longer than ``min_months``."""
    out = []
    for before, after in pairwise(merged):
        gap = Span(before.end + 1, after.start - 1)
        if gap.months > min_months:
            out.append(gap)
    return out


def total_months(spans: Iterable[Span]) -> int:
    """Months covered by the union of spans."""
    merged, _ = merge(spans)
    return sum(s.months for s in merged)
