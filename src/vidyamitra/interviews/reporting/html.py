"""Render an InterviewReport as one self-contained HTML page (inline CSS and SVG, no scripts)."""

from __future__ import annotations

from html import escape

from vidyamitra.ai.interview_models import InterviewReport, QuestionScore
from vidyamitra.interviews.reporting.chart import Bar, bars, colour_of

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:52rem;color:#222;line-height:1.45;padding:0 1rem}
h1{margin-bottom:.2rem}.meta{color:#555}.score{font-size:2.4rem;font-weight:700}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;
text-align:left;vertical-align:top}.muted{color:#777}.note{font-size:.9rem;color:#555}
"""


def _e(text: object) -> str:
    """Escape any value for HTML text or attributes."""
    return escape(str(text), quote=True)


def _rgb(colour: tuple[int, int, int]) -> str:
    """CSS rgb() of a colour."""
    return "rgb({},{},{})".format(*colour)


def _svg(items: list[Bar]) -> str:
    """Horizontal bar chart of category scores, 0–100."""
    if not items:
        return '<p class="muted">No answered questions to chart.</p>'
    row, label_w, bar_w = 26, 260, 300
    height = row * len(items) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 50}" '
        f'height="{height}" role="img" aria-label="Scores by category">'
    ]
    for i, bar in enumerate(items):
        y = 5 + i * row
        width = round(bar_w * bar.value / 100)
        parts.append(
            f'<text x="0" y="{y + 15}" font-size="13">{_e(bar.label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="16" fill="#eee"/>'
            f'<rect x="{label_w}" y="{y + 3}" width="{width}" height="16" '
            f'fill="{_rgb(bar.colour)}"/>'
            f'<text x="{label_w + bar_w + 6}" y="{y + 15}" font-size="13">{bar.value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _list(title: str, items: list[str]) -> str:
    """A titled bullet list, or nothing when empty."""
    if not items:
        return ""
    lis = "".join(f"<li>{_e(i)}</li>" for i in items)
    return f"<h2>{_e(title)}</h2><ul>{lis}</ul>"


def _question_row(q: QuestionScore) -> str:
    """One row of the per-question table."""
    score = f"{q.score}/100" if q.score is not None else "—"
    missed = "; ".join(q.missed_key_points) or ("—" if q.answered else "")
    style = f' style="color:{_rgb(colour_of(q.score))}"' if q.score is not None else ""
    return (
        f"<tr><td>{q.index}</td><td>{_e(q.question)}</td><td>{_e(q.type)}</td>"
        f"<td{style}><b>{_e(score)}</b><br><span class='muted'>{_e(q.level_descriptor)}</span>"
        f"</td><td>{_e(missed)}</td></tr>"
    )


def render_html(report: InterviewReport) -> str:
    """The report as a complete HTML document; every text value is escaped."""
    overall = f"{report.overall_score}/100" if report.overall_score is not None else "—"
    completed = report.completed_at.strftime("%Y-%m-%d %H:%M UTC") if report.completed_at else "—"
    rows = "".join(_question_row(q) for q in report.per_question)
    notes = "".join(f'<p class="note">{_e(n)}</p>' for n in report.notes)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Interview report: {_e(report.role)}</title><style>{_CSS}</style></head><body>"
        f"<h1>Interview report: {_e(report.role)}</h1>"
        f'<p class="meta">{_e(report.domain)} · {_e(report.level)} level · completed '
        f"{_e(completed)} · {report.answered_count} of {report.question_count} answered"
        + (
            f" (answered average {report.answered_average}/100)"
            if report.answered_average is not None and report.answered_count < report.question_count
            else ""
        )
        + "</p>"
        f'<p><span class="score">{_e(overall)}</span> {_e(report.overall_descriptor)}</p>'
        f"{notes}<h2>Scores by category</h2>{_svg(bars(report.per_category))}"
        f"{_list('Top strengths', report.top_strengths)}"
        f"{_list('Focus areas', report.focus_areas)}"
        f"{_list('Next steps: skills to practise', report.next_steps)}"
        "<h2>Question by question</h2><table><thead><tr><th>#</th><th>Question</th>"
        "<th>Type</th><th>Score</th><th>Missed key points</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f'<p class="note">Engine: {_e(report.engine)} · interview {_e(report.interview_id)}</p>'
        "</body></html>"
    )
