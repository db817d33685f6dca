"""Extract positioned, reading-ordered text lines from PDF bytes with pdfium."""

from __future__ import annotations

import ctypes
import re
import time
import unicodedata
from itertools import pairwise
from typing import Any

from vidyamitra.core.errors import (
    PayloadTooLarge,
    UnprocessableContent,
    UnreadableDocument,
)
from vidyamitra.documents.layout import Placed, order_page
from vidyamitra.documents.model import DocumentLimits, ExtractedDocument, TextLine, rows_text
from vidyamitra.documents.pdf_words import Word, page_words
from vidyamitra.documents.pdfium import PdfiumError, open_document, open_page, page_count

_NO_TEXT = "no readable text in this PDF; export it as a text PDF (not a scan or image)"
_GARBLED = (
    "the text in this PDF cannot be decoded (its fonts have no character map); "
    "export it again as a text PDF"
)
_PASSWORD_ERROR = 4
_GARBLED_SHARE = 0.3


def extract_pdf(data: bytes, limits: DocumentLimits, deadline: float) -> ExtractedDocument:
    """Read every page's text; raise UnreadableDocument for what cannot be read."""
    try:
        with open_document(data) as document:
            try:
                return _read(document, limits, deadline)
            except (PdfiumError, ValueError, OSError, RuntimeError, ctypes.ArgumentError) as exc:
                # hostile or damaged content: never a 500, always a clear refusal
                raise UnreadableDocument("this PDF is damaged and cannot be read") from exc
    except PdfiumError as exc:
        raise _open_error(exc) from exc


def _open_error(exc: PdfiumError) -> UnreadableDocument:
    if exc.code == _PASSWORD_ERROR:
        return UnreadableDocument(
            "this PDF is password-protected; remove the password and upload it again"
        )
    return UnreadableDocument("this file is not a readable PDF (it is damaged or incomplete)")


def _read(document: Any, limits: DocumentLimits, deadline: float) -> ExtractedDocument:
    pages = page_count(document)
    if pages > limits.max_pdf_pages:
        raise PayloadTooLarge(
            f"this PDF has {pages} pages; the limit is {limits.max_pdf_pages}",
            pages=pages,
            max_pages=limits.max_pdf_pages,
        )
    lines: list[TextLine] = []
    total = garbled = chars = 0
    row = 0
    for number in range(pages):
        if time.monotonic() > deadline:
            raise UnprocessableContent("reading this PDF took too long; upload a simpler file")
        with open_page(document, number) as (textpage, width, height):
            words, counts = page_words(textpage, height, limits.max_chars)
        total, garbled = total + counts.total, garbled + counts.garbled
        placed = order_page(words, float(width))
        row = _append_page(lines, placed, number + 1, row)
        chars += sum(item.segment.chars for item in placed)
        if chars > limits.max_chars:
            break
    if total and garbled / total > _GARBLED_SHARE:
        raise UnreadableDocument(_GARBLED)
    if not lines:
        raise UnreadableDocument(_NO_TEXT)
    ordered = tuple(lines)
    text = rows_text(ordered)[: limits.max_chars]
    if looks_garbled(text):
        raise UnreadableDocument(_GARBLED)
    return ExtractedDocument(kind="pdf", page_count=pages, lines=ordered, text=text)


def _join_words(words: list[Word]) -> str:
    """Words joined by spaces; letter-spaced runs ("J O H N  D O E") become "JOHN DOE"."""
    if len(words) < 4 or any(len(w.text) > 1 for w in words):
        return " ".join(w.text for w in words)
    gaps = [b.x0 - a.x1 for a, b in pairwise(words)]
    typical = sorted(gaps)[len(gaps) // 2]
    out = words[0].text
    for gap, word in zip(gaps, words[1:], strict=True):
        out += (" " if gap > 1.6 * typical + 0.5 else "") + word.text
    return out


_WORD = re.compile(r"[^\W\d_]{4,}")
_VOWEL = re.compile(r"[aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿ]", re.IGNORECASE)


def looks_garbled(text: str) -> bool:
    """True when most longer words have no vowel: fonts whose codes map to the wrong letters."""
    words = _WORD.findall(text)
    latin = [w for w in words if w.isascii()]
    if len(latin) < 40:
        return False
    return sum(1 for w in latin if not _VOWEL.search(w)) > 0.5 * len(latin)


def _append_page(lines: list[TextLine], placed: list[Placed], page: int, row: int) -> int:
    """Append one page's placed segments as TextLines; return the next free row id."""
    previous: tuple[int, int] | None = None
    for item in placed:
        key = (item.column, item.row)
        if key != previous:
            row += 1
            previous = key
        seg = item.segment
        text = unicodedata.normalize("NFKC", _join_words(seg.words))
        sizes = sorted(w.size for w in seg.words)
        bold_chars = sum(len(w.text) for w in seg.words if w.bold)
        italic_chars = sum(len(w.text) for w in seg.words if w.italic)
        lines.append(
            TextLine(
                text=text,
                page=page,
                x0=round(seg.x0, 1),
                y0=round(seg.y0, 1),
                x1=round(seg.x1, 1),
                y1=round(seg.y1, 1),
                font_size=round(sizes[len(sizes) // 2], 1),
                bold=bold_chars * 2 > seg.chars,
                italic=italic_chars * 2 > seg.chars,
                column=item.column,
                row=row,
            )
        )
    return row
