"""Work history in months: each position's span, the merged total and the gaps between."""

from __future__ import annotations

from dataclasses import dataclass

from vidyamitra.ai.jsonresume import Work
from vidyamitra.ai.offline.resume.dates import (
    Span,
    gaps,
    is_present,
    label,
    merge,
    to_month,
)
from vidyamitra.ai.offline.resume.study import outside
from vidyamitra.ai.resume_models import ExperienceSummary, Period

GAP_MONTHS = 6


@dataclass(frozen=True)
class JobSpan:
    """The months one work entry covers; ``ongoing`` when it runs to today."""

    index: int
    span: Span
    ongoing: bool


def job_spans(
    work: list[Work], today: int, written_by: int | None = None
) -> tuple[list[JobSpan], list[str]]:
    """Spans of the dated positions, plus warnings about the undated or odd ones.

    ``written_by`` is the latest month the resume can have been written (a graduation it still
    calls expected): 'Present' is read as that month, not today.
    """
    spans: list[JobSpan] = []
    if written_by is not None and any(j.endDate is None and is_present(j.endDateRaw) for j in work):
        warnings_note = (
            f"The resume still expects a graduation in {label(written_by)}: "
            f"'Present' was read as {label(written_by)}."
        )
        today = written_by
    else:
        warnings_note = None
    warnings: list[str] = []
    for index, job in enumerate(work):
        start = to_month(job.startDate, is_end=False)
        if start is None:
            continue
        ongoing = job.endDate is None and is_present(job.endDateRaw)
        end = today if ongoing else to_month(job.endDate, is_end=True)
        if end is None:
            end = to_month(job.startDate, is_end=True) or start
            warnings.append(f"No end date for {_job_name(job)}: counted up to its start date.")
        if end < start:
            warnings.append(f"End date before start date for {_job_name(job)}: ignored.")
            continue
        spans.append(JobSpan(index, Span(start, min(end, today)), ongoing))
    return spans, [*([warnings_note] if warnings_note else []), *warnings]


def summarize(
    work: list[Work], spans: list[JobSpan], today: int, study: list[Span] | None = None
) -> tuple[ExperienceSummary, list[str]]:
    """Merged total, overlaps and gaps longer than six months, with months of study set apart.

    Months of a job begun during full-time ``study`` that fall inside it are student work: left
    out of the total (and so of seniority) and named in a warning; a break inside study is not
    a gap.
    """
    study = study or []
    merged, overlaps = merge(j.span for j in spans)
    # a job begun before a course of study continued alongside it: that study was not full-time
    professional, _ = merge(
        piece
        for j in spans
        for piece in outside(j.span, [s for s in study if s.start <= j.span.start])
    )
    months = sum(s.months for s in professional)
    student = sum(s.months for s in merged) - months
    ongoing_end = any(j.ongoing and j.span.end == today for j in spans)
    last = merged[-1].end if merged else None
    breaks = [piece for g in gaps(merged, GAP_MONTHS) for piece in outside(g, study)]
    summary = ExperienceSummary(
        total_years=round(months / 12, 1),
        total_months=months,
        positions=len(work),
        dated_positions=len(spans),
        overlaps_merged=overlaps,
        gaps=[
            Period(start=label(g.start), end=label(g.end), months=g.months)
            for g in breaks
            if g.months > GAP_MONTHS
        ],
        first_start=label(merged[0].start) if merged else None,
        last_end=None if last is None else ("present" if ongoing_end else label(last)),
    )
    note = (
        f"{student} months of work overlap full-time study (student jobs, internships): "
        "they are not counted in total years or seniority."
    )
    return summary, [note] if student else []


def _job_name(job: Work) -> str:
    parts = [p for p in (job.position, job.name) if p]
    return " at ".join(parts) if parts else "a position"
