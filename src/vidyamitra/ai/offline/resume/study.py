"""Months of full-time study: gaps inside them are not gaps, jobs inside them are student jobs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from vidyamitra.ai.jsonresume import Education
from vidyamitra.ai.offline.resume.dates import Span, is_present, merge, month_index, to_month
from vidyamitra.ai.offline.resume.education import degree_level
from vidyamitra.ai.parsed import ParsedResume

# Typical length in months of a degree whose start date is missing, by degree level.
_TYPICAL_MONTHS = {0: 24, 1: 36, 2: 48, 3: 24, 4: 60}
_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")
_TERM_START_MONTH, _GRADUATION_MONTH = 8, 6  # academic years mostly run August to June
_NOT_FULL_TIME = re.compile(
    r"\b(part[- ]time|online|distance|evening|weekend|executive|correspondence|"
    r"certificate|certification|course|bootcamp|nanodegree|mooc)\b",
    re.I,
)
_EXPECTED = re.compile(r"\b(?:expected|anticipated|exp\.)[^0-9\n]{0,20}((?:19|20)\d\d)\b", re.I)


def study_spans(education: Iterable[Education], today: int) -> list[Span]:
    """Merged months of full-time study (an end date, and a start date or a typical length)."""
    spans = [s for s in (_span(e, today) for e in education) if s is not None]
    return merge(spans)[0]


def expected_end(parsed: ParsedResume, today: int) -> int | None:
    """The latest graduation the resume still calls 'expected' although it has passed, or None.

    Such a resume was written before that month, so its 'Present' cannot be later.
    """
    lines = [line for s in parsed.sections if s.name == "education" for line in s.lines]
    years = [int(m.group(1)) for line in lines for m in _EXPECTED.finditer(line)]
    ends = {to_month(e.endDate, is_end=True) for e in parsed.resume.education}
    passed = []
    for year in years:
        same = [end for end in ends if end is not None and end // 12 == year]
        end = max(same, default=month_index(year, 12))
        if end < today:
            passed.append(end)
    return max(passed, default=None)


def _span(entry: Education, today: int) -> Span | None:
    text = " ".join(filter(None, (entry.studyType, entry.area, entry.institution)))
    if _NOT_FULL_TIME.search(text):
        return None
    ongoing = entry.endDate is None and is_present(entry.endDateRaw)
    end = today if ongoing else _academic(entry.endDate, _GRADUATION_MONTH)
    if end is None:
        return None
    start = _academic(entry.startDate, _TERM_START_MONTH)
    level = degree_level(text)
    typical = None if level is None else _TYPICAL_MONTHS[level]
    if start is None:
        if typical is None:
            return None
        start = end - typical + 1
    # far longer than the degree usually takes: interrupted or part-time, not full-time study
    if end - start + 1 > 1.5 * (typical or _TYPICAL_MONTHS[2]):
        return None
    return Span(start, end) if start <= end else None


def _academic(value: str | None, bare_year_month: int) -> int | None:
    """Month index of a date; a bare year means the usual term start or graduation month."""
    if value and _BARE_YEAR.match(value.strip()):
        return month_index(int(value.strip()), bare_year_month)
    return to_month(value, is_end=False)


def overlap(span: Span, others: Iterable[Span]) -> list[Span]:
    """The pieces of ``span`` that fall inside any of ``others`` (others merged, sorted)."""
    out = []
    for other in others:
        lo, hi = max(span.start, other.start), min(span.end, other.end)
        if lo <= hi:
            out.append(Span(lo, hi))
    return out


def outside(span: Span, others: Iterable[Span]) -> list[Span]:
    """The pieces of ``span`` not covered by any of ``others`` (others merged, sorted)."""
    pieces, cursor = [], span.start
    for part in overlap(span, others):
        if part.start > cursor:
            pieces.append(Span(cursor, part.start - 1))
        cursor = max(cursor, part.end + 1)
    if cursor <= span.end:
        pieces.append(Span(cursor, span.end))
    return pieces
