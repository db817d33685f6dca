"""Interview reports: build the summary of a completed interview, render it as HTML or PDF."""

from vidyamitra.interviews.reporting.build import build_report
from vidyamitra.interviews.reporting.html import render_html
from vidyamitra.interviews.reporting.pdf import render_pdf

__all__ = ["build_report", "render_html", "render_pdf"]
