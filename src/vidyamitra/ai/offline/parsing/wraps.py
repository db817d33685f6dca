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
    edges = _wrap_edges(rows)
    out: list[Row] = []
    last: list[Row] = []  # the last visual line of each output row
    for row in rows:
        if (
            out
            and _same_block(last[-1], row)
            and _continues(last[-1], row, edges.get((row.page, row.column), 0.0), vocab)
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


def _wrap_edges(rows: list[Row]) -> dict[tuple[int, int], float]:
    """The right edge text wraps at, per page and column; 0 when no lines wrap there.

    Wrapped text fills several lines to nearly the same right edge; one widest line alone
    (a list of short items) is not a wrap edge.
    """
    right: dict[tuple[int, int], list[float]] = {}
    for row in rows:
        if len(row.parts) == 1:
            right.setdefault((row.page, row.column), []).append(row.x1)
    edges: dict[tuple[int, int], float] = {}
    for key, values in right.items():
        edge = max(values)
        near = sum(1 for x in values if x >= edge - _EDGE_SLACK)
        edges[key] = edge if near >= _MIN_FULL_LINES else 0.0
    return edges


_EDGE_SLACK = 12.0  # points: a wrapped line ends within about two characters of the edge
_MIN_FULL_LINES = 3


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
    if _full(above, below, edge) and _DANGLING.match(below) and "@" not in top:
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
    if not edge or above.x1 <= above.x0 or not text or edge - above.x0 < _NARROWEST:
        return False
    per_char = (above.x1 - above.x0) / len(text)
    word = below.split()[0] if below.split() else ""
    return above.x1 + per_char * len(word) > edge - per_char  # a character of slack


_NARROWEST = 60.0  # points: narrower blocks are labels, not wrapped text
# After a full line, only a lone word ("Tiruchirappalli", "Engineering", "device.") is taken
# as its wrapped end: a list of short items ("Machine Learning" under "Compilers") also has
# lines close to the edge, and a web address, number or label starts a line of its own.
_DANGLING = re.compile(r"^[^\W\d][\w'’-]*[.,;)]?$")
