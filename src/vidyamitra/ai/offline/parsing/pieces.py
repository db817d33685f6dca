"""Split entry head rows into scored pieces: dates, location and the named parts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vidyamitra.ai.offline.parsing.contact import URL, find_location
from vidyamitra.ai.offline.parsing.dates import DateRange, find_dates, strip_span
from vidyamitra.ai.offline.parsing.rows import Row, strip_bullet
from vidyamitra.ai.offline.parsing.vocabulary import Vocabulary

# Strong separators between the parts of one head line; "dash" ones may join a long name.
_STRONG = re.compile(r"\s+[|·•◦▪]\s*|\s*[|·•◦▪]\s+|\s+@\s+|\t")
_AT = re.compile(r"\s+at\s+")
_DASH = re.compile(r"\s+[—–-]\s+|\s+--\s+")
# A grade clause ("GPA: 3.9", "Dean's List 2015-2016") is neither a name nor the entry's dates.
_GRADE = re.compile(
    r"\b(?:cumulative\s+|overall\s+|major\s+)?(?:c?gpa|cpi|dean['’]?s list|percentage|grade)"
    r"\b[^|;·•\t]*",
    re.IGNORECASE,
)
# "Graduated May 2019", "Expected 2026": words before a date that name nothing
_MARKER = re.compile(r"^(?:grad(?:uated|uation)?\b\.?|expected\b|exp\.)\s*", re.IGNORECASE)
_WORD = re.compile(r"[\w.&'+#/-]+")


@dataclass
class Piece:
    """One named part of an entry head with the features that decide what it is."""

    text: str
    row: int
    bold: bool
    italic: bool
    joiner: str  # separator that preceded it on its row ("" at a row start)


@dataclass
class Head:
    """An entry head broken down: its dates, location and remaining pieces."""

    dates: DateRange | None
    location: str | None
    pieces: list[Piece]
    url: str | None = None


def break_head(rows: list[Row], vocab: Vocabulary, *, drop_grades: bool = False) -> Head:
    """Take dates and a location out of the head rows and split the rest into pieces.

    ``drop_grades`` also removes grade clauses ("GPA 3.9", "Dean's List 2015-2016").
    """
    dates: DateRange | None = None
    location: str | None = None
    url: str | None = None
    pieces: list[Piece] = []
    for index, row in enumerate(rows):
        for segment in row.parts:
            text = strip_bullet(segment)
            for link in URL.finditer(text):
                url = url or link.group(0)
            text = URL.sub(" | ", text)
            if drop_grades:
                text = _GRADE.sub(" ", text).strip()
            found = find_dates(text)
            if found is not None and (dates is None or (found.is_range and not dates.is_range)):
                dates = found
            if found is not None:
                before, after = text[: found.begin].strip(), text[found.finish :].strip()
                if any(c.isalpha() for c in before) and any(c.isalpha() for c in after):
                    text = strip_span(before, len(before), len(before)) + " | " + after
                else:
                    text = strip_span(text, found.begin, found.finish)
            text = _MARKER.sub("", text)
            text = _bracketed_place(text, vocab)
            for piece in _split(_at_split(text, vocab), index, row):
                if location is None and (place := _location(piece.text, vocab)) is not None:
                    location = place
                    rest = piece.text[: piece.text.find(place)].rstrip(" ,")
                    if not rest:
                        continue
                    piece.text = rest
                pieces.append(piece)
    return Head(dates, location, pieces, url)


_TRAILING_BRACKET = re.compile(r"\s*\(([^()]+)\)\s*$")


def _bracketed_place(text: str, vocab: Vocabulary) -> str:
    """ "Data Analyst (Hanoi, Vietnam)": a place in closing brackets becomes its own piece."""
    match = _TRAILING_BRACKET.search(text)
    if match is None or _location(match.group(1).strip(), vocab) != match.group(1).strip():
        return text
    return text[: match.start()] + " | " + match.group(1).strip()


def _at_split(text: str, vocab: Vocabulary) -> str:
    """Turn "Engineer at Company" into "Engineer | Company" (not "University at Austin")."""
    match = _AT.search(text)
    left = text[: match.start()] if match else ""
    right = text[match.end() :] if match else ""
    if match and (
        words_in(left) & vocab.job_words
        or find_degree(left, vocab)
        or org_like(right.split(",")[0].strip(), vocab)
    ):
        return text[: match.start()] + " | " + text[match.end() :]
    return text


def _split(text: str, index: int, row: Row) -> list[Piece]:
    out: list[Piece] = []
    for position, strong in enumerate(_STRONG.split(text)):
        joiner = "" if position == 0 else "|"
        for d, dashed in enumerate(_DASH.split(strong)):
            cleaned = balance(dashed.strip(" ,;:|"))
            if cleaned and any(c.isalpha() for c in cleaned):
                out.append(Piece(cleaned, index, row.bold, row.italic, "–" if d else joiner))
    return out


def _location(text: str, vocab: Vocabulary) -> str | None:
    """A trailing "City, ST" / "City, Country" or a known place name inside ``text``."""
    parts = [p.strip() for p in text.split(",")]
    last = parts[-1]
    known = (
        last.upper() in vocab.regions
        or last.lower() in vocab.places
        or last.lower() in vocab.region_names
    )
    state = last.lower() in vocab.region_names
    if (
        len(parts) >= 2
        and last.lower() in vocab.places
        and not state
        and parts[-2].lower() not in vocab.places
    ):
        # "Company, City": only the city is the place unless both read as places
        return last
    if len(parts) >= 2 and known:
        candidate = ", ".join(parts[-2:])
        if (
            not words_in(parts[-2]) & (vocab.job_words | vocab.company_suffixes)
            and find_location([candidate], vocab) is not None
        ):
            return candidate
    if last.lower() in vocab.places and (len(parts) >= 2 or len(last.split()) <= 3):
        return last
    return None


def balance(text: str) -> str:
    """Strip brackets left unbalanced at either end (after dates were cut out)."""
    while (
        text
        and text[0] in "(["
        and text.count("(") + text.count("[") > text.count(")") + text.count("]")
    ):
        text = text[1:].strip()
    while (
        text
        and text[-1] in ")]"
        and text.count(")") + text.count("]") > text.count("(") + text.count("[")
    ):
        text = text[:-1].strip()
    while text and text[-1] in "([":
        text = text[:-1].strip()
    return text


def org_like(text: str, vocab: Vocabulary) -> bool:
    """True when text names an organisation: a school word, or ends in a company suffix."""
    if words_in(text) & vocab.institution_words:
        return True
    words = text.lower().split()
    return bool(words) and (
        words[-1] in vocab.company_suffixes or words[-1].rstrip(".,") in vocab.company_suffixes
    )


_NAMED_SCHOOL = re.compile(r"[A-Z][\w.'’-]*\s+$")


def find_degree(text: str, vocab: Vocabulary) -> re.Match[str] | None:
    """The first degree named in ``text``; "St. Xavier's High School" names a school instead."""
    for match in vocab.degree.finditer(text):
        school = match.group(0).rstrip(" .,").lower().endswith("school")
        if not (school and _NAMED_SCHOOL.search(text[: match.start()])):
            return match
    return None


def words_in(text: str) -> set[str]:
    """Lower-case words of ``text`` (keeping dots, so "inc." and "sr." stay whole)."""
    return {w.lower() for w in _WORD.findall(text)} | {
        w.lower().rstrip(".") for w in _WORD.findall(text)
    }


def split_comma(piece: Piece, vocab: Vocabulary) -> list[Piece]:
    """Split at commas where a new kind of thing starts (title, organisation, degree).

    A chunk with no kind of its own stays with the chunk before it ("University, City",
    "Associate degree, H.R. Management"), except after a job title ("Manager, Acme").
    """
    chunks = [c.strip() for c in piece.text.split(",")]
    out: list[tuple[str, str]] = []
    for chunk in chunks:
        if not chunk:
            continue
        kind = _kind(chunk, vocab)
        if kind == "none" and out and out[-1][1] == "degree" and acronym_school(chunk, vocab):
            kind = "org"
        legal_form = all(w.lower().strip(".") in vocab.company_suffixes for w in chunk.split())
        if out and legal_form and len(chunk.split()) <= 2:
            out[-1] = (out[-1][0] + ", " + chunk, "org")
        elif out and (
            (kind == "none" and out[-1][1] != "title" and not _SCHOOL_LEVEL.search(out[-1][0]))
            or (kind == "field" and out[-1][1] == "degree")
        ):
            out[-1] = (out[-1][0] + ", " + chunk, out[-1][1])
        elif out and kind == out[-1][1] and kind == "title":
            out[-1] = (out[-1][0] + ", " + chunk, kind)
        else:
            out.append((chunk, kind))
    if len(out) <= 1:
        return [piece]
    return [
        Piece(text, piece.row, piece.bold, piece.italic, piece.joiner if i == 0 else ",")
        for i, (text, _) in enumerate(out)
    ]


# "IIM Indore", "VIT Vellore", "BITS Pilani": a school known by an acronym and its city.
_ACRONYM_PLACE = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\s+[A-Z][a-z]+){1,2}$")


def acronym_school(text: str, vocab: Vocabulary) -> bool:
    """True for an acronym followed by one or two place-like words (not a field of study)."""
    words = text.split()
    return bool(_ACRONYM_PLACE.match(text)) and not {w.lower() for w in words[1:]} & (
        vocab.study_fields | vocab.job_words | vocab.company_suffixes
    )


# School-leaving certificates name no field: the name after them is the school
# ("Class XII, Kendriya Vidyalaya"), unlike "B.Sc., Physics".
_SCHOOL_LEVEL = re.compile(
    r"\b(?:class\s+(?:x|xii|10|12)(?:th)?|hsc|ssc|higher\s+secondary|senior\s+secondary"
    r"|secondary\s+school|high\s+school|matriculation|a[- ]levels?|gcses?)\b",
    re.IGNORECASE,
)
_BARE_RANK = re.compile(r"associate|master|doctor|bachelor", re.IGNORECASE)


def _rank_title(match: str, words: set[str], vocab: Vocabulary) -> bool:
    """ "Associate Consultant": a bare rank word before another job word is a title."""
    return bool(_BARE_RANK.fullmatch(match.strip())) and bool(
        words & vocab.job_words - {match.strip().lower()}
    )


def _kind(text: str, vocab: Vocabulary) -> str:
    words = words_in(text)
    degree = find_degree(text, vocab)
    if degree and not _rank_title(degree.group(0), words, vocab):
        return "degree"
    if org_like(text, vocab):
        return "org"
    if words & vocab.job_words:
        return "title"
    if words & vocab.study_fields:
        return "field"
    return "none"
