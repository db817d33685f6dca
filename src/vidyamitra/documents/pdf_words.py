"""Read one PDF page's characters through pdfium's raw API and group them into words."""

from __future__ import annotations

import ctypes
import unicodedata
from dataclasses import dataclass
from typing import Any

# A gap wider than this share of the font size between two glyphs starts a new word
# (some LaTeX fonts, e.g. Awesome-CV's, carry no space characters at all).
_SPACE_GAP_EM = 0.16
_FONT_NAME_BUFFER = 128
_MIN_FONT_SIZE = 3.0
_BOX_PER_EM = 1.15  # loose glyph boxes span ascent to descent, about 1.15 em
# Some TeX fonts put the hyphen glyph at the soft-hyphen code point.
_SOFT_HYPHEN = {"\xad": "-"}
_BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi", "cmbx", "cmb10", "bx10", "-bd")
_ITALIC_MARKERS = ("italic", "oblique", "cmti", "cmsl", "-it")


@dataclass
class Word:
    """A run of glyphs with no space between them, in top-down page coordinates."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    italic: bool


@dataclass(frozen=True)
class PageChars:
    """Counts describing how readable a page's text layer is."""

    total: int
    garbled: int


def page_words(textpage: Any, height: float, max_chars: int) -> tuple[list[Word], PageChars]:
    """The words of an FPDF_TEXTPAGE handle, reading at most ``max_chars`` glyphs."""
    from vidyamitra.documents.pdfium import bindings

    return _words(bindings(), textpage, height, max_chars)


def _page_text(c: Any, raw: Any, count: int) -> str:
    """The page's characters, one per character index (FPDFText_GetText is not aligned)."""
    get = c.FPDFText_GetUnicode
    out = []
    for i in range(count):
        code = get(raw, i)
        out.append(chr(code) if 0 < code < 0x110000 else "\ufffd")
    return "".join(out)


def _words(c: Any, raw: Any, height: float, max_chars: int) -> tuple[list[Word], PageChars]:
    count = min(max(c.FPDFText_CountChars(raw), 0), max_chars)
    text = _page_text(c, raw, count)
    rect = c.FS_RECTF()
    get_box = c.FPDFText_GetLooseCharBox
    words: list[Word] = []
    fonts: dict[int, tuple[bool, bool]] = {}
    current: Word | None = None
    total = garbled = 0
    last_x0 = last_y1 = -1.0
    for index, ch in enumerate(text):
        if ch <= " " or ch.isspace():
            current = None
            continue
        total += 1
        if ch >= "\ue000" and _is_garbled(ch):
            garbled += 1
            current = None
            continue
        if not get_box(raw, index, rect):
            continue
        x0, x1 = rect.left, rect.right
        y0, y1 = height - rect.top, height - rect.bottom
        if current is not None:
            gap = x0 - current.x1
            size = current.size
            mid = (y0 + y1) / 2
            joins = (
                -0.5 * size <= gap <= _SPACE_GAP_EM * size
                and current.y0 - 0.1 * size <= mid <= current.y1 + 0.1 * size
            )
            ligature = x0 == last_x0 and y1 == last_y1
            if joins or ligature:
                current.text += _SOFT_HYPHEN.get(ch, ch)
                last_x0, last_y1 = x0, y1
                right = _ink_right(c, raw, index) if ligature else x1
                if right > current.x1:
                    current.x1 = right
                if y0 < current.y0:
                    current.y0 = y0
                if y1 > current.y1:
                    current.y1 = y1
                continue
        size = float(c.FPDFText_GetFontSize(raw, index))
        if size < _MIN_FONT_SIZE:  # a unit font scaled by the text matrix: use the box
            size = round((y1 - y0) / _BOX_PER_EM, 1)
        bold, italic = _font_style(c, raw, index, fonts)
        current = Word(_SOFT_HYPHEN.get(ch, ch), x0, y0, x1, y1, size, bold, italic)
        last_x0, last_y1 = x0, y1
        words.append(current)
    return words, PageChars(total, garbled)


def _ink_right(c: Any, raw: Any, index: int) -> float:
    """Right edge of a glyph's ink: the loose box of a ligature's later letters is too short."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    c.FPDFText_GetCharBox(raw, index, left, right, bottom, top)
    return float(right.value)


def _font_style(
    c: Any, raw: Any, index: int, cache: dict[int, tuple[bool, bool]]
) -> tuple[bool, bool]:
    """(bold, italic) of the glyph's font from its weight, flags and name (cached per font)."""
    obj = c.FPDFText_GetTextObject(raw, index)
    font = c.FPDFTextObj_GetFont(obj) if obj else None
    if not font:
        return False, False
    key = ctypes.cast(font, ctypes.c_void_p).value or 0
    if key in cache:
        return cache[key]
    buffer = ctypes.create_string_buffer(_FONT_NAME_BUFFER)
    c.FPDFFont_GetBaseFontName(font, buffer, _FONT_NAME_BUFFER)
    name = buffer.value.decode("latin-1", errors="replace").lower()
    flags = int(c.FPDFFont_GetFlags(font))
    # FPDFFont_GetWeight is derived from StemV and unreliable (Georgia regular reads 665),
    # so bold comes from the ForceBold flag and the font name.
    bold = bool(flags & 0x40000) or any(m in name for m in _BOLD_MARKERS)
    italic = bool(flags & 0x40) or any(m in name for m in _ITALIC_MARKERS)
    cache[key] = (bold, italic)
    return bold, italic


def _is_garbled(ch: str) -> bool:
    """True for glyphs without a usable Unicode mapping (private use, replacement, controls)."""
    if ch == "\ufffd":
        return True
    return unicodedata.category(ch) in ("Co", "Cn", "Cs")
