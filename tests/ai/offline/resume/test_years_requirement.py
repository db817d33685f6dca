"""A job's years requirement is checked against the work that names its field, when it names one."""

from __future__ import annotations

from vidyamitra.ai.offline.resume import ResumeAnalyzer

from .conftest import parsed


def job(start: str, end: str, *highlights: str) -> dict[str, object]:
    return {"name": "Acme", "position": "Engineer", "startDate": start, "endDate": end,
            "highlights": list(highlights)}  # fmt: skip


RESUME = {
    "work": [
        job("2010-01", "2020-12", "Ran payroll and vendor accounts for 200 staff"),
        job("2021-01", "2022-12", "Trained scikit-learn churn models for 3 products"),
    ]
}


def test_years_of_a_named_field_count_only_work_that_mentions_it(
    analyzer: ResumeAnalyzer,
) -> None:
    jd = "Requirements:\n- 3+ years of applied ML engineering\n- Python"
    match = analyzer.analyze(parsed(RESUME), job_description=jd).jd_match
    assert match is not None and match.years is not None
    assert match.years.met is False
    assert "Machine Learning" in match.years.detail and "2.0 years" in match.years.detail


def test_years_that_name_no_field_use_all_dated_work(analyzer: ResumeAnalyzer) -> None:
    jd = "Requirements:\n- 5+ years of professional experience\n- Python"
    match = analyzer.analyze(parsed(RESUME), job_description=jd).jd_match
    assert match is not None and match.years is not None
    assert match.years.met is True
    assert "names no skill" in match.years.detail and "13.0 years" in match.years.detail


def test_alternatives_take_the_best_of_them(analyzer: ResumeAnalyzer) -> None:
    resume = {"work": [job("2018-01", "2022-12", "Built Java services for 9 banks")]}
    jd = "Requirements:\n- 4+ years of Python or Java development"
    match = analyzer.analyze(parsed(resume), job_description=jd).jd_match
    assert match is not None and match.years is not None and match.years.met is True
