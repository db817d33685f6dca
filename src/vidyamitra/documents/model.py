"""Positioned text extracted from a document: the limits, lines and document types."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DocumentKind = Literal["pdf", "docx", "text"]


@dataclass(frozen=True)
class DocumentLimits:
    """Resource limits applied while reading one uploaded document."""

    max_bytes: int = 5 * 1024 * 1024
    max_pdf_pages: int = 20
    max_docx_uncompressed: int = 30 * 1024 * 1024
    max_seconds: float = 10.0
    max_chars: int = 200_000


@dataclass(frozen=True)
class TextLine:
    """One run of text on one visual line, in top-down page coordinates (points).

    ``column`` is 0 for full-width text (single-column pages, headers and footers of
    multi-column pages) and 1, 2, ... for the columns of a multi-column page, left to right.
    ``row`` numbers visual lines within the document: segments of one line (a company on the
    left and its dates flushed right) share a row. ``font_size`` is None when unknown.
    """

    text: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    font_size: float | None = None
    bold: bool = False
    column: int = 0
    italic: bool = False
    row: int = 0
    heading: bool = False


@dataclass(frozen=True)
class ExtractedDocument:
    """A document's text in reading order with the position and style of every line."""

    kind: DocumentKind
    page_count: int
    lines: tuple[TextLine, ...]
    text: str
    warnings: tuple[str, ...] = ()


def rows_text(lines: tuple[TextLine, ...]) -> str:
    """Join lines into text: segments of one row with a tab, rows with newlines."""
    out: list[str] = []
    current = -1
    for line in lines:
        if out and line.row == current:
            out[-1] += "\t" + line.text
        else:
            out.append(line.text)
            current = line.row
    return "\n".join(out)
