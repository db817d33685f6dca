"""Render a person's lines as PDF (fpdf2), DOCX (python-docx), plain text or Markdown."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from blocks import (
    Line,
    Style,
    contact_lines,
    education_lines,
    experience_lines,
    extra_lines,
    skills_lines,
    summary_lines,
)
from people import Person

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def body(person: Person, style: Style) -> list[Line]:
    parts = [summary_lines(person, style)]
    work, school = experience_lines(person, style), education_lines(person, style)
    parts += [school, work] if style.education_first else [work, school]
    parts.append(skills_lines(person, style))
    parts.append(extra_lines(person, style, len(person.name) + len(person.email)))
    return [line for part in parts for line in part]


# ---------------------------------------------------------------- PDF


class _Pdf:
    """fpdf2 page with a cursor, word wrapping and right-aligned text."""

    def __init__(self, serif: bool) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        family = "DejaVuSerif" if serif else "DejaVuSans"
        faces = {"": "", "B": "-Bold", "I": "-Italic" if serif else "-Oblique"}
        for key, suffix in faces.items():
            self.pdf.add_font("F", key, str(FONT_DIR / f"{family}{suffix}.ttf"))
        self.pdf.add_page()
        self.y = 56.0
        self.breaks = True

    def font(self, line: Line, size: float) -> None:
        self.pdf.set_font("F", "B" if line.bold else ("I" if line.italic else ""), size)

    def need(self, height: float) -> None:
        if self.breaks and self.y + height > 800:
            self.pdf.add_page()
            self.y = 56.0

    def wrap(self, text: str, width: float) -> list[str]:
        out, current = [], ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if current and self.pdf.get_string_width(trial) > width:
                out.append(current)
                current = word
            else:
                current = trial
        return [*out, current] if current else out

    def line(self, line: Line, x0: float, x1: float, style: Style, size: float = 10.0) -> None:
        """Draw one logical line between x0 and x1 and move the cursor down."""
        if line.kind == "name":
            size = 20.0
        elif line.kind == "heading":
            size = 12.5
            self.y += 6
        self.font(line, size)
        self.need(size * 1.5)
        if line.kind == "bullet":
            self.pdf.text(x0 + 4, self.y, style.bullet)
            for i, part in enumerate(self.wrap(line.text, x1 - x0 - 18)):
                if i:
                    self.y += size * 1.35
                self.pdf.text(x0 + 16, self.y, part)
        else:
            left = x0
            if line.gutter:
                self.pdf.text(x0, self.y, line.gutter)
                left = x0 + max(110.0, self.pdf.get_string_width(line.gutter) + 14)
            room = x1 - left - (self.pdf.get_string_width(line.right) + 20 if line.right else 0)
            for i, part in enumerate(self.wrap(line.text, room)):
                if i:
                    self.y += size * 1.35
                self.pdf.text(left, self.y, part)
            if line.right:
                self.font(Line("", italic=True), size)
                self.pdf.text(x1 - self.pdf.get_string_width(line.right), self.y, line.right)
        if line.kind == "heading" and style.underline:
            self.pdf.set_line_width(0.8)
            self.pdf.line(x0, self.y + 4, x1, self.y + 4)
            self.y += 4
        self.y += size * 1.5

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def pdf_classic(person: Person, style: Style) -> bytes:
    doc = _Pdf(serif=style.upper_headings)
    for line in contact_lines(person, style) + body(person, style):
        doc.line(line, 50, 545, style)
    return doc.bytes()


def pdf_sidebar(person: Person, style: Style) -> bytes:
    """Contact, skills and education in a left rail; summary and experience on the right.

    The main column is drawn first (as many design tools write it), the rail afterwards.
    """
    doc = _Pdf(serif=False)
    contact = contact_lines(person, style)
    doc.line(contact[0], 40, 560, style)
    top = doc.y
    for line in summary_lines(person, style) + experience_lines(person, style):
        doc.line(line, 210, 560, style)
    rail = [Line(c.text, "contact") for c in contact[1:]]
    if style.contact == "one_line":
        rail = [Line(part, "contact") for part in contact[1].text.split(" | ")]
    rail += skills_lines(person, style) + education_lines(person, style)
    doc.pdf.page, doc.y, doc.breaks = 1, top, False
    for line in rail:
        doc.line(Line(line.text, line.kind, None, None, line.bold, line.italic), 40, 185, style, 9)
        if line.right:  # no room for right-aligned text in a rail: its own line
            doc.line(Line(line.right), 40, 185, style, 9)
    return doc.bytes()


# ---------------------------------------------------------------- DOCX


def _docx(build: Callable[[Any], None]) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _para(container: Any, line: Line, style: Style, tabs: bool) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    if line.kind == "heading":
        container.add_paragraph(line.text, style="Heading 1" if style.underline else None)
        if not style.underline:
            run = container.paragraphs[-1].runs[0]
            run.bold, run.font.size = True, Pt(13)
        return
    if line.kind == "name":
        para = container.add_paragraph()
        run = para.add_run(line.text)
        run.bold, run.font.size = True, Pt(20)
        return
    if line.kind == "bullet":
        container.add_paragraph(line.text, style="List Bullet")
        return
    para = container.add_paragraph()
    if line.gutter:
        para.add_run(line.gutter + ("\t" if tabs else " | "))
    run = para.add_run(line.text)
    run.bold, run.italic = line.bold, line.italic
    if line.right:
        if tabs:
            para.paragraph_format.tab_stops.add_tab_stop(Inches(6.0), WD_TAB_ALIGNMENT.RIGHT)
            para.add_run("\t" + line.right)
        else:
            para.add_run(f" ({line.right})")


def docx_paragraphs(person: Person, style: Style) -> bytes:
    def build(document: Any) -> None:
        for line in contact_lines(person, style) + body(person, style):
            _para(document, line, style, tabs=False)

    return _docx(build)


def docx_tabs(person: Person, style: Style) -> bytes:
    def build(document: Any) -> None:
        for line in contact_lines(person, style) + body(person, style):
            _para(document, line, style, tabs=True)

    return _docx(build)


def docx_table(person: Person, style: Style) -> bytes:
    """A two-column layout table: contact, skills, education left; the rest right."""

    def build(document: Any) -> None:
        contact = contact_lines(person, style)
        _para(document, contact[0], style, tabs=False)
        table = document.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        for line in contact[1:] + skills_lines(person, style) + education_lines(person, style):
            _para(left, line, style, tabs=False)
        for line in summary_lines(person, style) + experience_lines(person, style):
            _para(right, line, style, tabs=True)

    return _docx(build)


# ---------------------------------------------------------------- text


def plain_text(person: Person, style: Style) -> bytes:
    out: list[str] = []
    for line in contact_lines(person, style) + body(person, style):
        text = f"{line.gutter}   {line.text}" if line.gutter else line.text
        if line.kind == "heading":
            out += ["", text.upper() if style.upper_headings else text]
            if style.underline:
                out.append("=" * len(text) if style.upper_headings else "-" * len(text))
        elif line.kind == "bullet":
            out.append(f"  {style.bullet} {text}")
        elif line.right:
            out.append(text + " " * max(4, 78 - len(text) - len(line.right)) + line.right)
        else:
            out.append(text)
    return ("\n".join(out) + "\n").encode("utf-8")


def markdown(person: Person, style: Style) -> bytes:
    out: list[str] = []
    for line in contact_lines(person, style) + body(person, style):
        text = f"{line.gutter} | {line.text}" if line.gutter else line.text
        if line.kind == "name":
            out += [f"# {text}", ""]
        elif line.kind == "heading":
            out += ["", f"## {text}", ""]
        elif line.kind == "bullet":
            out.append(f"- {text}")
        elif line.kind == "contact":
            out.append(text + "  ")
        else:
            text = f"**{text}**" if line.bold else (f"*{text}*" if line.italic else text)
            out.append(f"{text} | {line.right}  " if line.right else f"{text}  ")
    return ("\n".join(out) + "\n").encode("utf-8")


LAYOUTS: dict[str, tuple[Callable[[Person, Style], bytes], str]] = {
    "pdf-classic": (pdf_classic, "pdf"),
    "pdf-sidebar": (pdf_sidebar, "pdf"),
    "docx-paragraphs": (docx_paragraphs, "docx"),
    "docx-tabs": (docx_tabs, "docx"),
    "docx-table": (docx_table, "docx"),
    "text": (plain_text, "txt"),
    "markdown": (markdown, "md"),
}
