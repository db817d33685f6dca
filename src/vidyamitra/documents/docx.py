"""Read a Word .docx into lines: headers, paragraphs, tables, text boxes, heading styles."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vidyamitra.core.errors import UnreadableDocument
from vidyamitra.documents.docx_styles import StyleInfo, paragraph_style, read_styles
from vidyamitra.documents.docx_zip import check_zip
from vidyamitra.documents.model import DocumentLimits, ExtractedDocument, TextLine, rows_text
from vidyamitra.documents.text import normalise

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {W + "txbxContent", _FALLBACK, W + "delText", W + "instrText", W + "tbl"}


@dataclass(frozen=True)
class Para:
    """One visual line of a paragraph: (text, bold) segments split at tabs, and its style."""

    parts: tuple[tuple[str, bool], ...]
    size: float | None
    heading: bool
    column: int


def extract_docx(data: bytes, limits: DocumentLimits) -> ExtractedDocument:
    """Check the archive, open it with python-docx and line up its text."""
    check_zip(data, limits)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on malformed parts
        raise UnreadableDocument("this Word file is damaged and cannot be read") from exc
    styles = read_styles(document)
    paras: list[Para] = []
    seen: set[str] = set()
    for section in document.sections:
        for part in (section.header,):
            if part.is_linked_to_previous and seen:
                continue
            for para in _block(part._element, styles, 0):
                key = "\t".join(text for text, _ in para.parts)
                if key not in seen:
                    seen.add(key)
                    paras.append(para)
    paras.extend(_block(document.element.body, styles, 0))
    lines = _to_lines(paras, limits.max_chars)
    if not lines:
        raise UnreadableDocument("no readable text in this Word file")
    return ExtractedDocument(kind="docx", page_count=1, lines=lines, text=rows_text(lines))


def _block(element: Any, styles: dict[str, StyleInfo], column: int) -> Iterator[Para]:
    """Paragraphs of a body, header or table cell in reading order."""
    for child in element.iterchildren():
        if child.tag == W + "p":
            yield from _paragraph(child, styles, column)
        elif child.tag == W + "tbl":
            yield from _table(child, styles, column)
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _block(content, styles, column)


def _paragraph(p: Any, styles: dict[str, StyleInfo], column: int) -> Iterator[Para]:
    style = paragraph_style(p, styles)
    props = p.find(W + "pPr")
    numbered = props is not None and props.find(W + "numPr") is not None
    listed = (style.listed or numbered) and not style.heading
    chars: list[tuple[str, bool]] = [("•", False), (" ", False)] if listed else []
    sizes: list[float] = []
    for run in _runs(p):
        text = normalise(_run_text(run))
        run_bold, run_size = _run_format(run, style)
        chars.extend((ch, run_bold or style.heading) for ch in text)
        if run_size is not None and text.strip():
            sizes.append(run_size)
    size = max(sizes) if sizes else style.size
    for line in _cut(chars, "\n"):
        parts = tuple(_segment(seg) for seg in _cut(line, "\t"))
        parts = tuple(part for part in parts if part[0])
        if parts:
            yield Para(parts, size, style.heading, column)
    for box in p.iter(W + "txbxContent"):
        if not any(a.tag == _FALLBACK for a in box.iterancestors()):
            yield from _block(box, styles, column)


def _cut(chars: list[tuple[str, bool]], separator: str) -> list[list[tuple[str, bool]]]:
    pieces: list[list[tuple[str, bool]]] = [[]]
    for item in chars:
        if item[0] == separator:
            pieces.append([])
        else:
            pieces[-1].append(item)
    return pieces


def _segment(chars: list[tuple[str, bool]]) -> tuple[str, bool]:
    """Segment text and whether most of its visible characters are bold."""
    text = "".join(ch for ch, _ in chars).strip()
    visible = [bold for ch, bold in chars if not ch.isspace()]
    return text, bool(visible) and sum(visible) * 2 > len(visible)


def _runs(p: Any) -> Iterator[Any]:
    """Runs of a paragraph (also inside hyperlinks and fields), not those in text boxes."""
    stack = list(reversed(list(p.iterchildren())))
    while stack:
        node = stack.pop()
        if node.tag in _SKIP:
            continue
        if node.tag == W + "r":
            yield node
            continue
        stack.extend(reversed(list(node.iterchildren())))


def _run_text(run: Any) -> str:
    out: list[str] = []
    for node in run.iterchildren():
        if node.tag == W + "t":
            out.append(node.text or "")
        elif node.tag in (W + "tab", W + "ptab"):
            out.append("\t")
        elif node.tag in (W + "br", W + "cr"):
            out.append("\n")
    return "".join(out)


def _run_format(run: Any, style: StyleInfo) -> tuple[bool, float | None]:
    props = run.find(W + "rPr")
    bold, size = style.bold, style.size
    if props is not None:
        b = props.find(W + "b")
        if b is not None:
            bold = b.get(W + "val", "true") not in ("0", "false", "off")
        sz = props.find(W + "sz")
        if sz is not None and (sz.get(W + "val") or "").isdigit():
            size = int(sz.get(W + "val")) / 2
    return bold, size


def _table(tbl: Any, styles: dict[str, StyleInfo], column: int) -> Iterator[Para]:
    """A layout table (few wide cells with many paragraphs) is read column by column."""
    grid = [
        [cell for cell in row.iterchildren() if cell.tag == W + "tc"]
        for row in tbl.iterchildren()
        if row.tag == W + "tr"
    ]
    width = max((len(row) for row in grid), default=0)
    deep = any(len(cell.findall(W + "p")) >= 4 for row in grid for cell in row)
    if 2 <= width <= 3 and (len(grid) <= 3 or deep):
        for index in range(width):
            for row in grid:
                if index < len(row):
                    yield from _block(row[index], styles, index + 1)
        return
    for row in grid:
        cells = [list(_block(cell, styles, column)) for cell in row]
        if all(len(c) <= 1 for c in cells) and sum(len(c) for c in cells) > 1:
            texts = [c[0] for c in cells if c]
            parts = tuple(part for para in texts for part in para.parts)
            yield Para(parts, texts[0].size, texts[0].heading, column)
        else:
            for cell in cells:
                yield from cell


def _to_lines(paras: list[Para], max_chars: int) -> tuple[TextLine, ...]:
    lines: list[TextLine] = []
    used = 0
    for row, para in enumerate(paras):
        for position, (text, bold) in enumerate(para.parts):
            x0 = para.column * 300.0 + position * 200.0
            y0 = row * 14.0
            lines.append(
                TextLine(
                    text,
                    1,
                    x0,
                    y0,
                    x0 + 6.0 * len(text),
                    y0 + 11.0,
                    para.size,
                    bold,
                    para.column,
                    row=row,
                    heading=para.heading,
                )
            )
            used += len(text)
        if used > max_chars:
            break
    return tuple(lines)
