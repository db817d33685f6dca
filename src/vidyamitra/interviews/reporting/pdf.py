"""Render an InterviewReport as a PDF with fpdf2 core fonts and a rectangle bar chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vidyamitra.ai.interview_models import InterviewReport
from vidyamitra.interviews.reporting.chart import Bar, bars, colour_of
from vidyamitra.interviews.reporting.latin1 import to_latin1

if TYPE_CHECKING:
    from fpdf import FPDF

_FONT = "Helvetica"


def _para(pdf: FPDF, text: str, size: int = 10, style: str = "", height: float = 5) -> None:
    """A wrapped paragraph at the left margin."""
    from fpdf.enums import XPos, YPos

    pdf.set_font(_FONT, style, size)
    pdf.multi_cell(0, height, to_latin1(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _heading(pdf: FPDF, text: str) -> None:
    """A section heading with a little space above."""
    pdf.ln(3)
    _para(pdf, text, 13, "B", 7)


def _chart(pdf: FPDF, items: list[Bar]) -> None:
    """Horizontal bars drawn with rectangles: label, grey track, coloured value."""
    if not items:
        _para(pdf, "No answered questions to chart.")
        return
    label_w, track_w, row = 70.0, 90.0, 7.0
    pdf.set_font(_FONT, "", 9)
    for bar in items:
        if pdf.get_y() + row > pdf.page_break_trigger:
            pdf.add_page()
        x, y = pdf.l_margin, pdf.get_y()
        pdf.set_xy(x, y)
        pdf.cell(label_w, row - 1, to_latin1(bar.label)[:48])
        pdf.set_fill_color(235, 235, 235)
        pdf.rect(x + label_w, y + 1, track_w, row - 3, style="F")
        pdf.set_fill_color(*bar.colour)
        if bar.value:
            pdf.rect(x + label_w, y + 1, track_w * bar.value / 100, row - 3, style="F")
        pdf.set_xy(x + label_w + track_w + 2, y)
        pdf.cell(15, row - 1, str(bar.value))
        pdf.set_xy(x, y + row)


def _bullets(pdf: FPDF, title: str, items: list[str]) -> None:
    """A titled list, skipped when empty."""
    if items:
        _heading(pdf, title)
        for item in items:
            _para(pdf, f"- {item}")


def render_pdf(report: InterviewReport) -> bytes:
    """The report as PDF bytes (A4); non-latin-1 text is transliterated or replaced."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(to_latin1(f"Interview report: {report.role}"))
    pdf.set_creator("VidyaMitra")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    _para(pdf, f"Interview report: {report.role}", 18, "B", 9)
    completed = report.completed_at.strftime("%Y-%m-%d %H:%M UTC") if report.completed_at else "-"
    _para(
        pdf,
        f"{report.domain} - {report.level} level - completed {completed} - "
        f"{report.answered_count} of {report.question_count} answered",
        9,
    )
    overall = f"{report.overall_score}/100" if report.overall_score is not None else "-"
    pdf.ln(2)
    if report.overall_score is not None:
        pdf.set_text_color(*colour_of(report.overall_score))
    _para(pdf, f"Overall: {overall}  {report.overall_descriptor}", 16, "B", 9)
    pdf.set_text_color(0, 0, 0)
    for note in report.notes:
        _para(pdf, note, 8, "I", 4)
    _heading(pdf, "Scores by category")
    _chart(pdf, bars(report.per_category))
    _bullets(pdf, "Top strengths", report.top_strengths)
    _bullets(pdf, "Focus areas", report.focus_areas)
    _bullets(pdf, "Next steps: skills to practise", report.next_steps)
    _heading(pdf, "Question by question")
    for q in report.per_question:
        score = f"{q.score}/100 ({q.level_descriptor})" if q.score is not None else "Not answered"
        _para(pdf, f"Q{q.index} [{q.type}] {score}", 10, "B")
        _para(pdf, q.question, 9)
        if q.missed_key_points:
            _para(pdf, "Missed: " + "; ".join(q.missed_key_points), 9, "I")
        pdf.ln(1)
    _para(pdf, f"Engine: {report.engine} - interview {report.interview_id}", 8, "I", 4)
    return bytes(pdf.output())
