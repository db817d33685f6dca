"""Arrange a page's words into visual lines, detect a two-column layout, order for reading."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vidyamitra.documents.pdf_words import Word

# Words further apart than this many font sizes on one line are separate segments
# (tab stops, right-aligned dates, the gutter between two columns).
_SEGMENT_GAP_EM = 1.2


@dataclass
class Segment:
    """Consecutive words on one visual line with no wide gap between them."""

    words: list[Word]

    @property
    def x0(self) -> float:
        """Left edge of the first word."""
        return self.words[0].x0

    @property
    def x1(self) -> float:
        """Right edge of the last word."""
        return self.words[-1].x1

    @property
    def y0(self) -> float:
        """Top of the tallest word."""
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        """Bottom of the lowest word."""
        return max(w.y1 for w in self.words)

    @property
    def chars(self) -> int:
        """Number of characters in the segment."""
        return sum(len(w.text) for w in self.words)


@dataclass(frozen=True)
class Placed:
    """A segment with its column (0 = full width) and visual row number on the page."""

    segment: Segment
    column: int
    row: int


def group_rows(words: Sequence[Word]) -> list[list[Word]]:
    """Group words into visual lines by vertical overlap, top to bottom, each left to right."""
    rows: list[tuple[float, float, list[Word]]] = []
    for word in sorted(words, key=lambda w: ((w.y0 + w.y1) / 2, w.x0)):
        mid = (word.y0 + word.y1) / 2
        if rows:
            top, bottom, members = rows[-1]
            if top <= mid <= bottom:
                members.append(word)
                continue
        height = word.y1 - word.y0
        rows.append((mid - 0.35 * height, mid + 0.35 * height, [word]))
    return [sorted(members, key=lambda w: w.x0) for _, _, members in rows]


def split_segments(row: list[Word]) -> list[Segment]:
    """Split one visual line at gaps wider than ``_SEGMENT_GAP_EM`` font sizes."""
    segments: list[Segment] = []
    for word in row:
        if segments:
            last = segments[-1].words[-1]
            if word.x0 - last.x1 <= _SEGMENT_GAP_EM * max(last.size, word.size):
                segments[-1].words.append(word)
                continue
        segments.append(Segment([word]))
    return segments


def find_gutter(rows: list[list[Segment]], width: float) -> tuple[float, int, int] | None:
    """Find a persistent vertical gutter: (x, first column row, last column row) or None.

    Rows above the first column row and below the last one may cross the gutter (a name
    banner, a footer); every row between must keep to one side, and both sides must carry a
    real share of the text.
    """
    total_chars = sum(s.chars for row in rows for s in row)
    if len(rows) < 6 or total_chars < 200:
        return None
    step = 2.0
    buckets = int(width / step) + 2
    blocked = [0] * (buckets + 1)
    for row in rows[int(len(rows) * 0.3) : int(len(rows) * 0.9) + 1]:
        for seg in row:
            start = max(int(seg.x0 / step) + 1, 0)
            stop = min(int(seg.x1 / step), buckets - 1)
            if start <= stop:
                blocked[start] += 1
                blocked[stop + 1] -= 1
    best: tuple[float, int, int] | None = None
    best_width = 0
    depth, run = 0, 0
    lo, hi = int(width * 0.15 / step), int(width * 0.85 / step)
    for bucket in range(buckets):
        depth += blocked[bucket]
        if depth == 0 and lo <= bucket <= hi:
            run += 1
            continue
        if run > best_width:
            found = _column_span(rows, (bucket - run / 2) * step, total_chars)
            if found is not None:
                best, best_width = ((bucket - run / 2) * step, *found), run
        run = 0
    return best


def _column_span(rows: list[list[Segment]], x: float, total: int) -> tuple[int, int] | None:
    """The row range where no segment crosses ``x``, if both sides read as columns."""
    crossing = [i for i, row in enumerate(rows) if any(s.x0 < x < s.x1 for s in row)]
    head = [i for i in crossing if i < len(rows) * 0.3]
    tail = [i for i in crossing if i > len(rows) * 0.9]
    if len(head) + len(tail) != len(crossing):
        return None
    first = max(head, default=-1) + 1
    last = min(tail, default=len(rows)) - 1
    body = [s for row in rows[first : last + 1] for s in row]
    left = [s for s in body if s.x1 <= x]
    right = [s for s in body if s.x0 >= x]
    if not _columns(body, left, right, total):
        return None
    return first, last


def _columns(body: list[Segment], left: list[Segment], right: list[Segment], total: int) -> bool:
    """True when two sides hold enough text, run down the page and are not table cells."""
    for side in (left, right):
        rows = {round((s.y0 + s.y1) / 2) for s in side}
        if len(rows) < 4 or sum(s.chars for s in side) < 0.05 * total:
            return False
    height = max(s.y1 for s in body) - min(s.y0 for s in body)
    for side in (left, right):
        if max(s.y1 for s in side) - min(s.y0 for s in side) < 0.3 * height:
            return False
    # A column is left-aligned; right-aligned dates and places beside entries are not one,
    # and cells of a table (dates beside entries) share their lines with the other side.
    return _left_aligned_share(right) >= 0.5 and _paired_share(left, right) <= 0.5


def _left_aligned_share(segments: list[Segment]) -> float:
    """Share of segments starting within 3 pt of the most common left edge."""
    if not segments:
        return 0.0
    edges = sorted(s.x0 for s in segments)
    best = 0
    start = 0
    for end, edge in enumerate(edges):
        while edge - edges[start] > 6.0:
            start += 1
        best = max(best, end - start + 1)
    return best / len(edges)


def order_page(words: Sequence[Word], width: float) -> list[Placed]:
    """Place a page's segments in reading order: banner, columns left to right, footer."""
    rows = [split_segments(row) for row in group_rows(words)]
    gutter = find_gutter(rows, width)
    if gutter is None:
        return [Placed(s, 0, i) for i, row in enumerate(rows) for s in row]
    x, first, last = gutter
    placed = [Placed(s, 0, i) for i, row in enumerate(rows[:first]) for s in row]
    for i in range(first, last + 1):
        placed.extend(Placed(s, 1, i) for s in rows[i] if s.x1 <= x)
    for i in range(first, last + 1):
        placed.extend(Placed(s, 2, i) for s in rows[i] if s.x0 >= x)
    placed.extend(Placed(s, 0, i) for i, row in enumerate(rows[last + 1 :], last + 1) for s in row)
    return placed


def _paired_share(left: list[Segment], right: list[Segment]) -> float:
    """Share of the smaller side's segments sitting on the same line as one across."""
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    if not small:
        return 0.0
    middles = [(s.y0 + s.y1) / 2 for s in large]
    paired = sum(1 for s in small if any(abs((s.y0 + s.y1) / 2 - m) <= 1.5 for m in middles))
    return paired / len(small)
