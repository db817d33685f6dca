"""Education entries: institution, degree type and field, dates and grade."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from vidyamitra.ai.jsonresume import Education
from vidyamitra.ai.offline.parsing.entries import Entry, has_dates
from vidyamitra.ai.offline.parsing.pieces import (
    Piece,
    balance,
    break_head,
    find_degree,
    split_comma,
    words_in,
)
from vidyamitra.ai.offline.parsing.rows import Row
from vidyamitra.ai.offline.parsing.vocabulary import Vocabulary

_SCORE = re.compile(
    r"\b(?:c?gpa|cpi|spi|grade|percentage|marks|score|aggregate)\b\s*[:\-–]?\s*"
    r"(\d{1,3}(?:\.\d{1,3})?\s*(?:/\s*\d{1,3}(?:\.\d{1,2})?)?\s*%?)"
    r"|(\d{1,2}(?:\.\d{1,2})?\s*/\s*(?:4|5|10)(?:\.0{1,2})?)\s*(?:c?gpa)\b"
    r"|\b(\d{2}(?:\.\d{1,2})?\s*%)",
    re.IGNORECASE,
)
_AREA_LEAD = re.compile(
    r"^\s*(?:degree\s+)?(?:in|of|,|;|-|–|—|:)?\s*"
    r"(?:(?:major|concentration|field)(?:\s+in|\s+of)?\s*[:\-]?\s*)?",
    re.IGNORECASE,
)


_DETAIL = re.compile(
    r"^\s*(?:relevant\s+)?(?:course\s*work|courses|modules|subjects|honou?rs|activities|awards"
    r"|thesis|dissertation|advisor|adviser|societies|achievements|projects?)\b[^:]{0,20}:",
    re.IGNORECASE,
)
_COURSES = re.compile(
    r"^\s*(?:relevant\s+)?(?:course\s*work|courses|modules|subjects)", re.IGNORECASE
)


def as_detail(row: Row) -> Row:
    """A labelled detail line ("Coursework: ...", "Honors: ...") is body text, not a head."""
    if _DETAIL.match(row.flat):
        return replace(row, bullet=True)
    return row


def courses_of(rows: list[Row]) -> list[str]:
    """Course names from "Coursework: a, b, c" lines."""
    from vidyamitra.ai.offline.parsing.skills import split_keywords

    out: list[str] = []
    for row in rows:
        if _COURSES.match(row.flat) and ":" in row.flat:
            out.extend(split_keywords(row.flat.split(":", 1)[1]))
    return out


_GRADE_LINE = re.compile(
    r"^\s*(?:cumulative\s+|overall\s+|major\s+)?(?:c?gpa|cpi|dean|grade|percentage|score|marks)",
    re.IGNORECASE,
)


def find_score(text: str) -> str | None:
    """A GPA, CGPA or percentage as written."""
    match = _SCORE.search(text)
    if match is None:
        return None
    return next(g for g in match.groups() if g).strip()


def field_like(text: str, vocab: Vocabulary) -> bool:
    """True for a field of study ("Computer Science") that names no school."""
    words = words_in(text)
    return bool(words & vocab.study_fields) and not words & vocab.institution_words


def education_anchor(rows: list[Row], vocab: Vocabulary) -> Callable[[Row], bool]:
    """What marks one school entry: a degree line, else a dated line, else a school name."""
    head_rows = [r for r in rows if not r.bullet]

    def has_degree(row: Row) -> bool:
        """True for a head line naming a degree."""
        return not row.bullet and find_degree(row.flat, vocab) is not None

    if sum(1 for r in head_rows if has_degree(r)) >= 2:
        return has_degree
    if any(has_dates(r) for r in rows):
        return school_anchor
    return lambda row: is_institution(row, vocab)


def school_anchor(row: Row) -> bool:
    """A dated row that is not a grade line ("GPA 3.9; Dean's List 2015-2016")."""
    return has_dates(row) and not _GRADE_LINE.match(row.flat)


def is_institution(row: Row, vocab: Vocabulary) -> bool:
    """True when the row names a school (used to split dateless education blocks)."""
    return bool(words_in(row.flat) & vocab.institution_words)


def _degree(pieces: list[Piece], vocab: Vocabulary) -> tuple[int | None, str | None, str | None]:
    """(piece index, studyType, area) of the first piece naming a degree."""
    for index, piece in enumerate(pieces):
        match = find_degree(piece.text, vocab)
        if match is None or words_in(piece.text[: match.start()]) & vocab.institution_words:
            continue
        study = match.group(0).strip(" ,")
        area = balance(_AREA_LEAD.sub("", piece.text[match.end() :]).strip(" .,;:"))
        area = re.split(
            r"\s*[,;(]\s*(?=[A-Z]?[a-z]*\s*(?:gpa|cgpa|honou?rs))", area, flags=re.IGNORECASE
        )[0].strip()
        return index, study, area or None
    return None, None, None


def join_broken_names(pieces: list[Piece], vocab: Vocabulary) -> list[Piece]:
    """Re-join a school name a narrow column broke over two lines ("KTH Royal" + "Institute
    of Technology", "St. Xavier's High" + "School"): a fragment of two or three capitalised
    words that names nothing at the end of one line, then a school name starting the next."""
    out: list[Piece] = []
    for piece in pieces:
        before = out[-1] if out else None
        if (
            before is not None
            and piece.row == before.row + 1
            and piece.joiner == ""
            and 2 <= len(before.text.split()) <= 3
            and all(w[:1].isupper() for w in before.text.split())
            and not find_degree(before.text, vocab)
            and not words_in(before.text) & (vocab.institution_words | vocab.job_words)
            and words_in(piece.text) & vocab.institution_words
            and not find_degree(piece.text, vocab)
        ):
            out[-1] = Piece(f"{before.text} {piece.text}", before.row, before.bold,
                            before.italic, before.joiner)  # fmt: skip
        else:
            out.append(piece)
    return out


def build_education(entry: Entry, vocab: Vocabulary) -> Education | None:
    """An Education item from one entry, or None when it names no school or degree."""
    head = break_head(entry.head, vocab, drop_grades=True)
    pieces = join_broken_names(
        [part for piece in head.pieces for part in split_comma(piece, vocab)], vocab
    )
    index, study, area = _degree(pieces, vocab)
    if area and area.startswith("(") and area.endswith(")") and area.count("(") == 1:
        area = area[1:-1].strip() or None
    if study is None and entry.body:
        body = break_head(entry.body[:1], vocab, drop_grades=True)
        _, study, area = _degree(body.pieces, vocab)
    others = [p for i, p in enumerate(pieces) if i != index and find_score(p.text) is None]
    fields = [p for p in others if field_like(p.text, vocab)]
    if area is None and fields:
        area = _AREA_LEAD.sub("", fields[0].text).split(";")[0].strip(" .,;") or None
        others = [p for p in others if p is not fields[0]]
    institution = next((p.text for p in others if words_in(p.text) & vocab.institution_words), None)
    if institution is None:
        plain = [
            p for p in others if not words_in(p.text) & vocab.job_words and len(p.text.split()) <= 8
        ]
        chosen = (
            next((p for p in plain if p.bold), None)
            or next((p for p in plain if p.row == 0), None)
            # a degree and one other name in the head: that name is the school
            or (plain[0] if len(plain) == 1 and study else None)
        )
        institution = chosen.text if chosen else None
    text = " ".join(r.text for r in (*entry.head, *entry.body))
    if institution is None and study is None:
        return None
    dates = head.dates
    single = dates is not None and not dates.is_range
    return Education(
        institution=institution,
        studyType=study,
        area=area,
        startDate=None if single or dates is None else dates.start,
        endDate=(dates.start if single else dates.end) if dates else None,
        startDateRaw=None if single or dates is None else dates.start_raw,
        endDateRaw=(dates.start_raw if single else dates.end_raw) if dates else None,
        score=find_score(text),
        courses=courses_of(entry.body),
    )
