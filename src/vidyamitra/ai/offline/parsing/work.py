"""Work entries: decide company versus position from features, then dates and highlights."""

from __future__ import annotations

import re

from vidyamitra.ai.jsonresume import Work
from vidyamitra.ai.offline.parsing.entries import Entry
from vidyamitra.ai.offline.parsing.pieces import (
    Piece,
    break_head,
    org_like,
    split_comma,
    words_in,
)
from vidyamitra.ai.offline.parsing.rows import Row, strip_bullet
from vidyamitra.ai.offline.parsing.vocabulary import Vocabulary


def title_score(piece: Piece, vocab: Vocabulary, italic_informative: bool) -> float:
    """How much a piece reads as a job title."""
    words = words_in(piece.text)
    score = 2.0 * min(len(words & vocab.job_words), 2)
    if piece.italic and italic_informative:
        score += 1.0
    if org_like(piece.text, vocab):
        score -= 1.5
    return score


def company_score(piece: Piece, vocab: Vocabulary, bold_informative: bool) -> float:
    """How much a piece reads as an organisation name."""
    words = words_in(piece.text)
    score = 0.0
    if org_like(piece.text, vocab):
        score += 3.0
    if piece.bold and bold_informative:
        score += 0.5
    score -= 1.5 * min(len(words & vocab.job_words), 2)
    if piece.row == 0 and piece.joiner == "":
        score += 0.25
    return score


def _name_sized(text: str) -> bool:
    """Short enough to be a company or job title, and not a sentence."""
    words = text.split()
    return len(words) <= 10 and not (len(words) >= 5 and text.endswith("."))


def pick_roles(
    pieces: list[Piece], vocab: Vocabulary, bold_informative: bool, italic_informative: bool
) -> tuple[str | None, str | None]:
    """(organisation, position) chosen from the pieces by their feature scores."""
    pieces = [p for p in pieces if _name_sized(p.text)]
    if not pieces:
        return None, None
    titles = [title_score(p, vocab, italic_informative) for p in pieces]
    orgs = [company_score(p, vocab, bold_informative) for p in pieces]
    order = sorted(range(len(pieces)), key=lambda i: orgs[i] - titles[i])
    title_index = order[0] if titles[order[0]] > 0 else None
    rest = [i for i in range(len(pieces)) if i != title_index]
    if not rest:
        return None, pieces[order[0]].text if title_index is not None else None
    if title_index is None and len(rest) >= 2 and orgs[rest[0]] <= 0 and orgs[rest[1]] <= 0:
        # Nothing tells them apart: "Title" and "Company" is the more common reading order
        # when the second line is not bold; otherwise company first.
        first, second = pieces[rest[0]], pieces[rest[1]]
        if second.bold and not first.bold and bold_informative:
            return second.text, first.text
        return first.text, second.text
    company = max(rest, key=lambda i: orgs[i] - titles[i])
    name = _join_dashed(pieces, company, title_index)
    unit = company - 1
    if (
        unit >= 0
        and unit != title_index
        and pieces[company].joiner == ","
        and pieces[unit].row == pieces[company].row
        and orgs[unit] < 1.0
        and titles[unit] <= 0
        and words_in(pieces[company].text) & vocab.institution_words
    ):
        # "Enactus, University of La Verne": a club or unit named before its school
        name = f"{pieces[unit].text}, {name}"
    return name, pieces[title_index].text if title_index is not None else None


def _join_dashed(pieces: list[Piece], index: int, title: int | None) -> str:
    """Extend an organisation over neighbours joined by a dash on its row ("Unit – Org")."""
    start = end = index
    while (
        start > 0
        and pieces[start].joiner == "–"
        and start - 1 != title
        and pieces[start - 1].row == pieces[index].row
    ):
        start -= 1
    while (
        end + 1 < len(pieces)
        and pieces[end + 1].joiner == "–"
        and end + 1 != title
        and pieces[end + 1].row == pieces[index].row
    ):
        end += 1
    return " – ".join(p.text for p in pieces[start : end + 1])


def highlights(rows: list[Row]) -> list[str]:
    """Body rows as highlights: bullets start items, wrapped lines continue them."""
    items: list[str] = []
    for row in rows:
        text = strip_bullet(row.flat)
        if not text:
            continue
        if items and not row.bullet and _continues(items[-1], text):
            items[-1] = items[-1] + " " + text
        else:
            items.append(text)
    return items


def _continues(previous: str, text: str) -> bool:
    return text[0].islower() or not re.search(r"[.!?:;]$", previous)


def build_work(
    entry: Entry, vocab: Vocabulary, bold_informative: bool, italic_informative: bool
) -> Work | None:
    """A Work item from one entry, or None when the entry names nothing."""
    head = break_head(entry.head, vocab)
    pieces = [part for piece in head.pieces for part in split_comma(piece, vocab)]
    company, position = pick_roles(pieces, vocab, bold_informative, italic_informative)
    items = highlights(entry.body)
    if company is None and position is None and head.dates is None:
        return None
    dates = head.dates
    start = dates.start if dates else None
    end = dates.end if dates else None
    start_raw = dates.start_raw if dates else None
    end_raw = dates.end_raw if dates else None
    if dates is not None and not dates.is_range:
        end, end_raw = start, start_raw
    return Work(
        name=company,
        position=position,
        url=head.url,
        location=head.location,
        startDate=start,
        endDate=end,
        startDateRaw=start_raw,
        endDateRaw=end_raw,
        highlights=items,
    )
