"""The basics block: name, label, contact details, location, profiles and summary."""

from __future__ import annotations

import re

from vidyamitra.ai.jsonresume import Basics
from vidyamitra.ai.offline.parsing.contact import (
    PART_SPLIT,
    PHONE,
    URL,
    find_email,
    find_links,
    find_location,
    find_phone,
    infer_region,
)
from vidyamitra.ai.offline.parsing.dates import find_dates
from vidyamitra.ai.offline.parsing.pieces import org_like, words_in
from vidyamitra.ai.offline.parsing.rows import Row
from vidyamitra.ai.offline.parsing.sections import vocabulary_name
from vidyamitra.ai.offline.parsing.vocabulary import Vocabulary

_NAME_CHARS = re.compile(r"^[^\W\d_][\w.'’\- ]*$")
_CANDIDATE_ROWS = 8
_LABEL = re.compile(r"^\s*(?:location|address|city|based in|lives in)\s*[:\-]\s*", re.IGNORECASE)
_NOT_NAMES = frozenset(
    {
        "resume",
        "résumé",
        "cv",
        "curriculum",
        "vitae",
        "biodata",
        "bio-data",
        "sample",
        "template",
        "profile",
        "portfolio",
    }
)


def _contact_like(text: str) -> bool:
    return bool(find_email(text) or URL.search(text) or PHONE.search(text) or "@" in text)


def _name_like(row: Row, vocab: Vocabulary) -> bool:
    text = row.parts[0].strip()
    words = text.split()
    if len(row.parts) > 1 and not all(_contact_like(p) for p in row.parts[1:]):
        return False
    if not 1 <= len(words) <= 5 or _contact_like(text):
        return False
    if not _NAME_CHARS.match(text) or vocabulary_name(text, vocab) is not None:
        return False
    if org_like(text, vocab) or words_in(text) & (vocab.institution_words | _NOT_NAMES):
        return False
    return find_dates(text) is None


def find_name(rows: list[Row], vocab: Vocabulary) -> tuple[str | None, int | None]:
    """The most prominent name-like row near the top (a job title loses to a name)."""
    best: tuple[float, int] | None = None
    for index, row in enumerate(rows[:_CANDIDATE_ROWS]):
        if not _name_like(row, vocab):
            continue
        score = (row.size or 0.0) - index * 0.5 + (1.0 if row.bold else 0.0)
        if words_in(row.flat) & vocab.job_words:
            score -= 100.0
        if best is None or score > best[0]:
            best = (score, index)
    if best is None:
        return None, None
    index = best[1]
    name = rows[index].parts[0].strip()
    following = rows[index + 1] if index + 1 < len(rows) else None
    if (
        following is not None
        and following.size
        and following.size == rows[index].size
        and len(name.split()) == 1
        and _name_like(following, vocab)
        and len(following.flat.split()) <= 2
    ):
        return f"{name} {following.flat}", index + 1
    return name, index


def find_label(rows: list[Row], name_index: int | None, vocab: Vocabulary) -> str | None:
    """A short job-title line in the header (e.g. "DevOps Engineer · Software Architect")."""
    for index, row in enumerate(rows[:_CANDIDATE_ROWS]):
        text = row.flat
        if index == name_index or _contact_like(text) or len(text.split()) > 8:
            continue
        if words_in(text) & vocab.job_words and find_dates(text) is None:
            return text
    return None


def build_basics(
    header: list[Row], everything: list[Row], summary: list[Row], vocab: Vocabulary
) -> Basics:
    """Basics from the header rows, falling back to the whole document for contacts."""
    top = header or everything[:_CANDIDATE_ROWS]
    name, name_index = find_name(top, vocab)
    if name is None or not header:
        sizes = sorted(r.size for r in everything if r.size)
        body = sizes[len(sizes) // 2] if sizes else None
        large = [r for r in everything if body and r.size and r.size >= 1.6 * body]
        if large:
            name = find_name(large, vocab)[0] or name
            name_index = None
    header_text = "\n".join(r.text for r in top)
    all_text = "\n".join(r.text for r in everything)
    parts = [_LABEL.sub("", p) for r in top for seg in r.parts for p in PART_SPLIT.split(seg)]
    location = find_location(parts, vocab)
    region = infer_region(location, vocab)
    phone = find_phone(header_text, region) or find_phone(all_text, region)
    website, profiles = find_links(header_text, vocab)
    _, more = find_links(all_text, vocab)
    profiles += [p for p in more if p.network not in {q.network for q in profiles}]
    summary_text = " ".join(r.flat for r in summary).strip()
    if not summary_text:
        long_rows = [
            r.flat for r in header if len(r.flat.split()) >= 8 and not _contact_like(r.flat)
        ]
        summary_text = " ".join(long_rows)
    return Basics(
        name=name,
        label=find_label(header, name_index, vocab) if header else None,
        email=find_email(header_text) or find_email(all_text),
        phone=phone,
        url=website,
        summary=summary_text or None,
        location=location,
        profiles=profiles,
    )
