"""Find section headings by vocabulary and formatting and cut rows into sections."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from statistics import median

from vidyamitra.ai.offline.parsing.rows import Row
from vidyamitra.ai.offline.parsing.vocabulary import Vocabulary

_SPACED_CAPS = re.compile(r"^(?:[A-Z&] ){3,}[A-Z]$")
_INLINE_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z &/]{2,40}?)\s*[:：]\s*(\S.*)$")
_MAX_HEADING_WORDS = 6
_COUNT = re.compile(r"\s*\(\d{1,3}\)\s*$")


@dataclass
class RawSection:
    """A section while it is being collected: canonical name, heading text, rows."""

    name: str
    heading: str
    rows: list[Row] = field(default_factory=list)


def heading_key(text: str) -> str:
    """Lower-case heading text without punctuation, '&' read as 'and'."""
    text = text.strip()
    if _SPACED_CAPS.match(text):
        text = text.replace(" ", "")
    text = text.lower().replace("&", " and ").replace("/", " and ")
    text = re.sub(r"[^\w\s/-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def vocabulary_name(text: str, vocab: Vocabulary, *, keywords: bool = True) -> str | None:
    """The canonical section a heading names: exact phrase, known last word, else (when
    ``keywords``) a section word in it ("Educational Qualifications")."""
    key = heading_key(text)
    if key in vocab.headings:
        return vocab.headings[key]
    words = key.split()
    for size in (2, 1):
        tail = " ".join(words[-size:])
        if len(words) > size and tail in vocab.headings and words[-1] in _TAIL_WORDS:
            return vocab.headings[tail]
    return _keyword_name(words, vocab) if keywords else None


def _keyword_name(words: list[str], vocab: Vocabulary) -> str | None:
    """The section of the first section word in a short heading without job-title words."""
    names = vocab.job_words | vocab.company_suffixes | vocab.institution_words
    if len(words) > _MAX_KEYWORD_WORDS or any(w in names for w in words):
        return None
    return next((vocab.heading_words[w] for w in words if w in vocab.heading_words), None)


_MAX_KEYWORD_WORDS = 4


_TAIL_WORDS = {
    "experience",
    "experiences",
    "projects",
    "skills",
    "education",
    "awards",
    "certifications",
    "publications",
    "interests",
    "history",
    "employment",
}


@dataclass(frozen=True)
class Style:
    """Formatting facts about a document used to judge headings."""

    body_size: float | None
    bold_informative: bool


def document_style(rows: list[Row]) -> Style:
    """Body font size (median) and whether bold distinguishes anything in this document."""
    sizes = [r.size for r in rows if r.size]
    bold_share = sum(1 for r in rows if r.bold) / max(len(rows), 1)
    return Style(median(sizes) if sizes else None, bold_share < 0.6)


def _formatted(row: Row, style: Style) -> bool:
    letters = [c for c in row.flat if c.isalpha()]
    caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    larger = bool(row.size and style.body_size and row.size >= style.body_size + 0.9)
    return row.heading or caps or larger or (row.bold and style.bold_informative)


def _signature(row: Row) -> tuple[float, bool, bool]:
    letters = [c for c in row.flat if c.isalpha()]
    return (round(row.size or 0.0), row.bold, bool(letters) and all(c.isupper() for c in letters))


def _distinct(signature: tuple[float, bool, bool], style: Style) -> bool:
    """True when a heading style differs from body text by more than bold alone."""
    larger = bool(style.body_size and signature[0] >= style.body_size + 0.9)
    return larger or signature[2]


def heading_of(
    row: Row, vocab: Vocabulary, style: Style, signatures: set[tuple[float, bool, bool]]
) -> str | None:
    """The section a row opens, or None when it is content."""
    if row.bullet or len(row.parts) > 2:
        return None
    text = _COUNT.sub("", " ".join(row.parts)).strip().rstrip(":")
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS or any(c.isdigit() for c in text):
        return None
    if "@" in text or text.endswith((".", ",")):
        return None
    name = vocabulary_name(text, vocab, keywords=False)
    if name is not None:
        if _formatted(row, style):
            return name
        # an exact heading word in body style ("Volunteer" under an entry) is content when
        # this document sets its headings apart
        return name if heading_key(text) in vocab.headings and not signatures else None
    word_named = vocabulary_name(text, vocab)
    if word_named is not None and (
        row.heading or _distinct(_signature(row), style) or _heading_words_only(text, vocab)
    ):
        # bold alone is enough only for heading words ("Educational Qualifications"),
        # not for a bold title that contains one ("Awards Tracker")
        return word_named if _formatted(row, style) else None
    if row.heading or (
        len(row.parts) == 1 and _signature(row) in signatures and _formatted(row, style)
    ):
        return "other"
    return None


def _heading_words_only(text: str, vocab: Vocabulary) -> bool:
    """True when every word is a section word or a usual companion of one."""
    words = heading_key(text).split()
    return all(w in vocab.heading_words or w in vocab.heading_companions for w in words)


def split_sections(rows: list[Row], vocab: Vocabulary) -> list[RawSection]:
    """Cut rows into sections; rows before the first heading form the "header"."""
    style = document_style(rows)
    counts = Counter(
        _signature(r)
        for r in rows
        if not r.bullet
        and len(r.parts) <= 2
        and vocab.headings.get(heading_key(_COUNT.sub("", r.flat)), "other") != "other"
        and _formatted(r, style)
    )
    signatures = {s for s, n in counts.items() if n >= 2 and _distinct(s, style)}
    section_sizes = {
        r.size
        for r in rows
        if r.heading and vocab.headings.get(heading_key(_COUNT.sub("", r.flat)), "other") != "other"
    }
    sections = [RawSection("header", "")]
    for row in rows:
        name = heading_of(row, vocab, style, signatures)
        if name == "other" and _entry_heading(row, section_sizes):
            name = None
        if name is not None and not (
            name == "other" and sections[-1].name == "header" and not sections[-1].rows
        ):
            sections.append(RawSection(name, _COUNT.sub("", " ".join(row.parts)).strip()))
            continue
        rail = _rail_heading(row, vocab)
        if rail is not None:
            carried = _stacked_label(sections[-1].rows, row, vocab)
            sections.append(RawSection(rail[0], row.parts[0].strip()))
            sections[-1].rows.extend([*carried, rail[1]])
            continue
        inline = _inline_heading(row, vocab, sections[-1].name)
        if inline is not None:
            sections.append(RawSection(inline[0], inline[1]))
            sections[-1].rows.append(inline[2])
            continue
        sections[-1].rows.append(row)
    return sections


def _entry_heading(row: Row, section_sizes: set[float | None]) -> bool:
    """A lower-level heading style ("Heading 2" for a school or project name under
    "Heading 1" sections) that names no section is an entry head, not a section."""
    if not row.heading or not section_sizes:
        return False
    known = [s for s in section_sizes if s is not None]
    larger = row.size is not None and bool(known) and row.size > max(known)
    return row.size not in section_sizes and not larger


def _rail_heading(row: Row, vocab: Vocabulary) -> tuple[str, Row] | None:
    """A heading in a left rail with its first content beside it on the same line."""
    if len(row.parts) < 2 or row.bullet or len(row.starts) != len(row.parts):
        return None
    name = vocab.headings.get(heading_key(row.parts[0]))
    if name is None or name == "other" or row.parts[0].rstrip().endswith(":"):
        return None
    rest = replace(row, parts=row.parts[1:], starts=row.starts[1:], x0=row.starts[1])
    return name, rest


def _stacked_label(previous: list[Row], row: Row, vocab: Vocabulary) -> list[Row]:
    """A rail heading split over two lines ("Technical" above "Skills"): move its first line."""
    if not previous or len(previous[-1].parts) < 2 or len(previous[-1].starts) < 2:
        return []
    above = previous[-1]
    if heading_key(f"{above.parts[0]} {row.parts[0]}") not in vocab.headings:
        return []
    previous.pop()
    return [replace(above, parts=above.parts[1:], starts=above.starts[1:], x0=above.starts[1])]


def _inline_heading(row: Row, vocab: Vocabulary, current: str) -> tuple[str, str, Row] | None:
    """ "Skills: a, b" opens a section with its content on the same row."""
    match = _INLINE_LABEL.match(row.parts[0])
    if match is None or row.bullet:
        return None
    name = vocab.headings.get(heading_key(match.group(1)))
    if name not in ("skills", "summary", "interests") or name == current:
        return None
    if current == "skills" and name != "interests":
        return None
    content = (match.group(2), *row.parts[1:])
    return (
        name,
        match.group(1),
        Row(
            content,
            row.page,
            row.column,
            row.x0,
            row.y0,
            row.size,
            row.bold,
            row.italic,
            False,
            False,
        ),
    )
