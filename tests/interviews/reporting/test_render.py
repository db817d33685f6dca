"""HTML escapes hostile text and draws the chart; PDF is valid and carries the numbers."""

from __future__ import annotations

import io

import pdfplumber

from vidyamitra.ai.interview_models import InterviewReport
from vidyamitra.interviews.reporting import render_html, render_pdf
from vidyamitra.interviews.reporting.latin1 import to_latin1

from .samples import HOSTILE


def test_html_escapes_every_hostile_value(report: InterviewReport) -> None:
    page = render_html(report)
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert page.startswith("<!DOCTYPE html>")


def test_html_has_inline_svg_bars_for_each_category(report: InterviewReport) -> None:
    page = render_html(report)
    assert page.count("<svg") == 1
    assert 'width="141"' in page  # 47% of the 300 px track, for the react skill bar
    assert "44/100" in page
    assert "Not answered" in page
    assert "http" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_pdf_is_a_pdf_with_the_scores(report: InterviewReport) -> None:
    data = render_pdf(report)
    assert data.startswith(b"%PDF")
    with pdfplumber.open(io.BytesIO(data)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
        rects = sum(len(page.rects) for page in doc.pages)
    assert "Overall: 44/100" in text
    assert "84/100" in text
    assert "Not answered" in text
    assert '"smart quotes"' in text
    assert rects == 2 * len(report.per_category)  # a track and a value bar per category


def test_latin1_transliteration() -> None:
    assert to_latin1("“café” — naïve… ₹500 🚀") == '"café" - naïve... Rs.500 ?'
    assert to_latin1(HOSTILE) == HOSTILE
    assert set(to_latin1("सॉफ़्टवेयर")) == {"?"}
