"""Find and normalise resume dates: ranges, months, seasons, numeric forms and "Present"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19|20)[\dX]{2}"
_DATE = (
    rf"(?:(?:{_MONTH}|{_SEASON})\.?,?\s*(?:{_YEAR}|'\d{{2}})"
    rf"|(?<![\d.])\d{{1,2}}[/.-]{_YEAR}"
    rf"|{_YEAR}[/.-](?:1[0-2]|0?[1-9])(?![\d])"
    rf"|{_YEAR})"
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|ongoing|till\s+date|to\s+date|date)"
_SEP = r"\s*(?:–|—|-|−|‒|~|→|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
_RANGE = re.compile(
    rf"(?<![\w/])(?P<start>{_DATE}){_SEP}(?P<end>{_DATE}|{_PRESENT}\b|\d{{2}}(?![\d/.-]))",
    re.IGNORECASE,
)
_SINCE = re.compile(rf"\bsince\s+(?P<start>{_DATE})", re.IGNORECASE)
_SINGLE = re.compile(rf"(?<![\w/.-])(?P<date>{_DATE})(?![\w/])", re.IGNORECASE)
# "Summer 2013, 2014", "2016 & 2018": a list of dates reads as first to last
_LIST = re.compile(
    rf"(?<![\w/.-])(?P<start>{_DATE})(?:\s*(?:,|&|\band\b)\s*(?P<end>{_DATE}))+(?![\w/])",
    re.IGNORECASE,
)
_PRESENT_ONLY = re.compile(rf"^{_PRESENT}$", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """Dates found in a text: partial ISO values, the raw strings and where they were."""

    start: str | None
    end: str | None
    start_raw: str | None
    end_raw: str | None
    begin: int
    finish: int
    is_range: bool


def to_iso(raw: str) -> str | None:
    """Partial ISO 8601 (``2019`` or ``2019-03``) for one written date; None if unknown."""
    text = raw.strip().lower().replace(",", " ")
    year_match = re.search(r"(?:19|20)\d{2}", text)
    if year_match is None:
        short = re.search(r"'(\d{2})\b", text)
        if short is None:
            return None
        year = 2000 + int(short.group(1))
    else:
        year = int(year_match.group(0))
    word = re.match(r"([a-z]{3})", text)
    if word and word.group(1) in _MONTHS:
        return f"{year:04d}-{_MONTHS[word.group(1)]:02d}"
    numeric = re.fullmatch(r"(\d{1,2})[/.-]\d{4}|\d{4}[/.-](\d{1,2})", text)
    if numeric:
        month = int(numeric.group(1) or numeric.group(2))
        if 1 <= month <= 12:
            return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _end_iso(end_raw: str, start_raw: str) -> str | None:
    if _PRESENT_ONLY.match(end_raw.strip()):
        return None
    if re.fullmatch(r"\d{2}", end_raw.strip()):
        start_year = re.search(r"(?:19|20)\d{2}", start_raw)
        if start_year is None:
            return None
        return f"{start_year.group(0)[:2]}{end_raw.strip()}"
    return to_iso(end_raw)


@lru_cache(maxsize=4096)
def find_dates(text: str) -> DateRange | None:
    """The first date range in ``text``, else a "since" date or a list of dates (first to
    last), else the last single date.

    Memoised: the parser asks about the same row text several times.
    """
    match = _RANGE.search(text)
    if match:
        start_raw, end_raw = match.group("start").strip(), match.group("end").strip()
        present = bool(_PRESENT_ONLY.match(end_raw))
        return DateRange(
            start=to_iso(start_raw),
            end=_end_iso(end_raw, start_raw),
            start_raw=start_raw,
            end_raw="Present" if present else end_raw,
            begin=match.start(),
            finish=match.end(),
            is_range=True,
        )
    since = _SINCE.search(text)
    if since:
        raw = since.group("start").strip()
        return DateRange(to_iso(raw), None, raw, None, since.start(), since.end(), True)
    listed = _LIST.search(text)
    if listed:
        start_raw, end_raw = listed.group("start").strip(), listed.group("end").strip()
        return DateRange(
            to_iso(start_raw), to_iso(end_raw), start_raw, end_raw,
            listed.start(), listed.end(), True,
        )  # fmt: skip
    singles = list(_SINGLE.finditer(text))
    if not singles:
        return None
    last = singles[-1]
    raw = last.group("date").strip()
    return DateRange(to_iso(raw), None, raw, None, last.start(), last.end(), False)


def strip_span(text: str, begin: int, finish: int) -> str:
    """``text`` without [begin, finish), with leftover separators and brackets tidied."""
    rest = text[:begin] + " " + text[finish:]
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)
    return re.sub(r"\s{2,}", " ", rest).strip(" ,|·•–—-:;\t")
