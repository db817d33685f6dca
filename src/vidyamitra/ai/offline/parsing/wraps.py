"""Re-join lines a PDF wrapped: narrow sidebars break degrees, schools and headings in two."""

from __future__ import annotations

import re
from dataclasses import replace

from vidyamitra.ai.offline.parsing.rows import Row
from vidyamitra.ai.offline.parsing.sections import heading_key, vocabulary_name
from vidyamitra.ai.offline.parsing.vocabulary import Vocabulary

# A line ending in a word or mark that cannot end a name or heading goes on below...
_OPEN_END = re.compile(r"(?:\b(?:in|of|and|for|the|at|on|with|&)|[,(~|/–—-])$", re.IGNORECASE)
# ...and so does the line above a line that starts mid-phrase.
# (a lower-case word, not a web address or e-mail: "linkedin.com/in/x" starts its own line)
_OPEN_START = re.compile(r"^(?:[a-z]+[\s,;)]|&\s|[~–—)])")
_LINE_GAP = 1.6  # a wrapped line sits at most this many font sizes below the one before
_HEADING_WORDS = 3


def join_wrapped(rows: list[Row], vocab: Vocabulary) -> list[Row]:
    """Merge each row into the one above when it continues it (same column, style and left edge).

    A row continues the one above when the text says so (an open end or an open start), when
    its first word would not have fitted on the line above (the line was full), or when both
    halves together make one section heading ("EDUCATIONAL" over "QUALIFICATIONS").
    """
    edges: dict[tuple[int, int], float] = {}
    for row in rows:
        key = (row.page, row.column)
        edges[key] = max(edges.get(key, 0.0), row.x1)
    out: list[Row] = []
    last: list[Row] = []  # the last visual line of each output row
    for row in rows:
        if (
            out
            and _same_block(last[-1], row)
            and _continues(last[-1], row, edges[(row.page, row.column)], vocab)
        ):
            above = out[-1]
            joined = f"{above.parts[0]} {row.parts[0]}"
            out[-1] = replace(
                above,
                parts=(joined, *row.parts[1:]),  # dates flushed right on the last line stay
                starts=(above.x0, *row.starts[1:]),
                heading=above.heading or row.heading,
                x1=row.x1,
            )
            last[-1] = row
        else:
            out.append(row)
            last.append(row)
    return out


def _same_block(above: Row, row: Row) -> bool:
    """Two single-segment lines set alike, one right under the other."""
    if len(above.parts) != 1 or row.bullet or above.bullet:
        return False
    if (above.page, above.column, above.bold, above.italic) != (
        row.page,
        row.column,
        row.bold,
        row.italic,
    ):
        return False
    if above.size is None or row.size is None or abs(above.size - row.size) > 0.3:
        return False
    gap = row.y0 - above.y0
    return abs(above.x0 - row.x0) <= 2.0 and 0 < gap <= _LINE_GAP * row.size


def _continues(above: Row, row: Row, edge: float, vocab: Vocabulary) -> bool:
    top, below = above.parts[0].strip(), row.parts[0].strip()
    if _OPEN_END.search(top) or _OPEN_START.match(below):
        return True
    if len(row.parts) > 1:  # a line with its own right-hand part joins only a dangling end
        return False
    if _full(above, below, edge) and "@" not in top and not _NEW_ITEM.match(below):
        return True
    if len(top.split()) > _HEADING_WORDS or len(below.split()) > _HEADING_WORDS:
        return False
    # a complete heading above does not go on ("EXPERIENCE" over a bold company name)
    if heading_key(f"{top} {below}") in vocab.headings:
        return True
    joined = vocabulary_name(f"{top} {below}", vocab)
    alone = vocab.headings.get(heading_key(below))
    return joined is not None and heading_key(top) not in vocab.headings and alone in (None, joined)


def _full(above: Row, below: str, edge: float) -> bool:
    """True when the first word below would not have fitted at the end of the line above."""
    text = above.parts[0]
    if above.x1 <= above.x0 or not text or edge - above.x0 < _NARROWEST:
        return False
    per_char = (above.x1 - above.x0) / len(text)
    word = below.split()[0] if below.split() else ""
    return above.x1 + per_char * len(word) > edge - per_char  # a character of slack


_NARROWEST = 60.0  # points: narrower blocks are labels, not wrapped text
# a line starting with a number, phone, address or a label ("Frameworks: React") after a
# full line is a new item
_NEW_ITEM = re.compile(
    r"^[\d+(@]|^\S+@|^(?:https?://|www\.)|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/|$)"
    r"|^[A-Z][\w &/+-]{0,30}:(?:\s|$)"
)
