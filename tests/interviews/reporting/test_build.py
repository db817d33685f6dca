"""build_report: consistent numbers; unanswered questions count 0 only in the overall."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from vidyamitra.ai.interview_models import InterviewReport, Question
from vidyamitra.interviews.reporting import build_report


def test_overall_counts_unanswered_as_zero(report: InterviewReport) -> None:
    assert report.overall_score == round((84 + 47 + 0) / 3)
    assert report.answered_average == round((84 + 47) / 2)
    assert report.overall_descriptor == "Developing"
    assert (report.answered_count, report.question_count) == (2, 3)


def test_unanswered_is_marked_not_zeroed(report: InterviewReport) -> None:
    third = report.per_question[2]
    assert not third.answered
    assert third.score is None
    assert third.level_descriptor == "Not answered"
    assert any("not answered" in n and "count as 0 in the overall" in n for n in report.notes)
    assert "behavioural" not in {c.category for c in report.per_category}


def test_categories_agree_with_questions(report: InterviewReport) -> None:
    cats = {(c.kind, c.category): c for c in report.per_category}
    assert cats[("type", "technical")].score == round((84 + 47) / 2)
    assert cats[("type", "technical")].count == 2
    assert cats[("skill", "javascript")].count == 2
    assert cats[("skill", "react")].score == 47
    answered_scores = [q.score for q in report.per_question if q.score is not None]
    assert sum(answered_scores) / len(answered_scores) == pytest.approx(
        report.answered_average or 0, abs=0.5
    )


def test_strengths_focus_and_next_steps(report: InterviewReport) -> None:
    assert report.top_strengths[0].startswith("Q1: Explained the why")
    assert report.focus_areas[0].startswith("Q2 (Developing, 47/100)")
    assert any("1 question was left unanswered" in f for f in report.focus_areas)
    assert report.next_steps == ["communication", "javascript", "react"]
    assert report.engine == "offline-v1 (embeddings:all-MiniLM-L6-v2)"


def test_mismatched_lengths_are_refused(questions: list[Question]) -> None:
    with pytest.raises(ValueError, match="one evaluation"):
        build_report(
            interview_id="x",
            domain="d",
            role="r",
            level="entry",
            started_at=datetime(2026, 1, 1, tzinfo=UTC),
            completed_at=None,
            questions=questions,
            evaluations=[None],
        )


def test_nothing_answered_has_no_overall(questions: list[Question]) -> None:
    report = build_report(
        interview_id="x",
        domain="d",
        role="r",
        level="entry",
        started_at=datetime(2026, 1, 1, tzinfo=UTC),
        completed_at=None,
        questions=questions,
        evaluations=[None, None, None],
    )
    assert report.overall_score is None
    assert report.per_category == []
    assert report.engine == "none (no answers)"
