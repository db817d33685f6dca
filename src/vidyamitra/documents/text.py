"""Decode plain-text and Markdown resumes into lines, keeping headings and bold as style."""

from __future__ import annotations

import re
import unicodedata

from vidyamitra.documents.model import ExtractedDocument, TextLine, rows_text

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_=]\s*){3,}$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)")
_CODE = re.compile(r"`([^`]*)`")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_LINE_HEIGHT = 14.0


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def normalise(text: str) -> str:
    """NFKC, unified newlines, no control or zero-width characters, tabs kept."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text.replace("\xa0", " "))


def _link(match: re.Match[str]) -> str:
    label, url = match.group(1).strip(), match.group(2)
    if not label or label.rstrip("/") in url:
        return url
    return f"{label} ({url})"


def markdown_line(raw: str) -> tuple[str, bool, bool]:
    """Strip Markdown markup from one line: (text, is_heading, is_bold)."""
    heading = _HEADING.match(raw)
    text = heading.group(2) if heading else raw
    if _RULE.match(text) or (_TABLE_SEPARATOR.match(text) and "-" in text):
        return "", False, False
    if text.strip().startswith("|"):
        text = "\t".join(cell.strip() for cell in text.strip().strip("|").split("|"))
    text = _IMAGE.sub("", text)
    text = _LINK.sub(_link, text)
    stripped = text.strip()
    bold = bool(_STRONG.fullmatch(stripped))
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _BULLET.sub("• ", text)
    return text.rstrip(), heading is not None, bold


_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")


def _underlined(raw: str, below: str) -> bool:
    """A short heading over a line of "=" or "-" about as long as it (a setext heading).

    A full-width rule under a contact line is a separator, not an underline.
    """
    text, rule = raw.strip(), below.strip()
    return (
        bool(_UNDERLINE.match(below))
        and len(rule) >= 3
        and abs(len(rule) - len(text)) <= max(3, len(text) // 2)
        and len(text.split()) <= 5
        and not any(c.isdigit() or c in "@|" for c in text)
        and not _BULLET.match(raw)
        and not _RULE.match(raw)
    )


def text_lines(text: str) -> tuple[TextLine, ...]:
    """Turn (Markdown or plain) text into one TextLine per tab-separated segment."""
    lines: list[TextLine] = []
    raws = normalise(text).split("\n")
    for index, raw in enumerate(raws):
        clean, heading, bold = markdown_line(raw)
        heading = heading or _underlined(raw, raws[index + 1] if index + 1 < len(raws) else "")
        parts = [p.strip() for p in re.split(r"\t|\s{3,}", clean)]
        indent = len(clean) - len(clean.lstrip())
        y0 = index * _LINE_HEIGHT
        for position, part in enumerate(p for p in parts if p):
            lines.append(
                TextLine(
                    text=part,
                    page=1,
                    x0=float(indent * 6 + position * 200),
                    y0=y0,
                    x1=float(indent * 6 + position * 200 + len(part) * 6),
                    y1=y0 + 11.0,
                    font_size=16.0 if heading else None,
                    bold=heading or bold,
                    row=index,
                    heading=heading,
                )
            )
    return tuple(lines)


def extract_text(data: bytes, max_chars: int) -> ExtractedDocument:
    """Decode and line up a text or Markdown document."""
    lines = text_lines(decode_text(data)[:max_chars])
    return ExtractedDocument(kind="text", page_count=1, lines=lines, text=rows_text(lines))
