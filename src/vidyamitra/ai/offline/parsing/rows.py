"""Visual rows of a document (segments that share a line) with their layout features."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from vidyamitra.documents.model import TextLine

_BULLET = re.compile(
    r"^\s*(?:[•·▪◦●○■□♦◆◇❖✦‣⁃►▶➢➤➔→⇒✓✔\-–—*]|\d{1,2}[.)])\s+|^\s*[•▪◦●■◆❖✦‣►▶➢➤➔→⇒✓✔]"
)


@dataclass(frozen=True)
class Row:
    """One visual line: its segments (left to right) and style taken from its lines."""

    parts: tuple[str, ...]
    page: int
    column: int
    x0: float
    y0: float
    size: float | None
    bold: bool
    italic: bool
    heading: bool
    bullet: bool
    starts: tuple[float, ...] = ()
    x1: float = 0.0  # right edge of the last segment (0 when unknown)

    @property
    def text(self) -> str:
        """The row's segments joined by a tab."""
        return "\t".join(self.parts)

    @property
    def flat(self) -> str:
        """The row's segments joined by spaces, without a leading bullet."""
        return strip_bullet(" ".join(self.parts))


def strip_bullet(text: str) -> str:
    """``text`` without a leading bullet marker."""
    return _BULLET.sub("", text, count=1).strip()


def build_rows(lines: Sequence[TextLine]) -> list[Row]:
    """Group lines sharing a row id into Rows, keeping document order."""
    groups: list[list[TextLine]] = []
    for line in lines:
        if not line.text.strip():
            continue
        if groups and groups[-1][0].row == line.row and groups[-1][0].page == line.page:
            groups[-1].append(line)
        else:
            groups.append([line])
    return [_row(group) for group in groups]


def _row(group: list[TextLine]) -> Row:
    chars = sum(len(line.text) for line in group) or 1
    sizes = [line.font_size for line in group if line.font_size]
    first = group[0].text
    return Row(
        parts=tuple(line.text.strip() for line in group),
        page=group[0].page,
        column=group[0].column,
        x0=group[0].x0,
        y0=group[0].y0,
        size=max(sizes) if sizes else None,
        bold=sum(len(line.text) for line in group if line.bold) * 2 > chars,
        italic=sum(len(line.text) for line in group if line.italic) * 2 > chars,
        heading=any(line.heading for line in group),
        bullet=bool(_BULLET.match(first)),
        starts=tuple(line.x0 for line in group),
        x1=max(line.x1 for line in group),
    )


def text_rows(text: str) -> list[Row]:
    """Rows of a plain or Markdown text (no layout, bold from Markdown emphasis)."""
    from vidyamitra.documents.text import text_lines

    return build_rows(text_lines(text))
