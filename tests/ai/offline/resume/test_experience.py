"""Experience is counted in months: overlaps merged, 'Present' is today, long gaps reported."""

from __future__ import annotations

from vidyamitra.ai.offline.resume import ResumeAnalyzer

from .conftest import parsed


def job(
    start: str | None, end: str | None, end_raw: str | None = None, **extra: object
) -> dict[str, object]:
    return {"name": "Acme", "position": "Engineer", "startDate": start, "endDate": end,
            "endDateRaw": end_raw, **extra}  # fmt: skip


def test_overlapping_jobs_are_merged(analyzer: ResumeAnalyzer) -> None:
    resume = parsed({"work": [job("2020-01", "2020-12"), job("2020-07", "2021-06")]})
    experience = analyzer.analyze(resume).experience
    assert experience.total_months == 18
    assert experience.total_years == 1.5
    assert experience.overlaps_merged == 1
    assert experience.gaps == []


def test_present_runs_to_today(analyzer: ResumeAnalyzer) -> None:
    resume = parsed({"work": [job("2025-01", None, "Present")]})
    experience = analyzer.analyze(resume).experience
    assert experience.total_months == 24  # Jan 2025 .. Dec 2026 with today = 2026-12-15
    assert experience.last_end == "present"


def test_gaps_longer_than_six_months_are_reported(analyzer: ResumeAnalyzer) -> None:
    resume = parsed(
        {"work": [job("2018-01", "2018-12"), job("2019-09", "2020-03"), job("2020-08", "2021-01")]}
    )
    experience = analyzer.analyze(resume).experience
    assert [(g.start, g.end, g.months) for g in experience.gaps] == [("2019-01", "2019-08", 8)]
    assert experience.total_months == 12 + 7 + 6


def test_year_only_dates_span_whole_years(analyzer: ResumeAnalyzer) -> None:
    experience = analyzer.analyze(parsed({"work": [job("2019", "2020")]})).experience
    assert experience.total_months == 24


def test_undated_and_open_ended_positions(analyzer: ResumeAnalyzer) -> None:
    analysis = analyzer.analyze(parsed({"work": [job(None, None), job("2021-03", None)]}))
    assert analysis.experience.positions == 2
    assert analysis.experience.dated_positions == 1
    assert analysis.experience.total_months == 1
    assert any("No end date" in w for w in analysis.warnings)
    assert any(s.kind == "dates" for s in analysis.suggestions)


def test_skill_years_come_from_the_jobs_that_mention_it(analyzer: ResumeAnalyzer) -> None:
    resume = parsed(
        {
            "work": [
                job("2024-01", None, "Present", highlights=["Built Django services for 5 teams"]),
                job("2020-01", "2021-12", highlights=["Wrote Python ETL jobs in Airflow"]),
                job("2019-01", "2019-06", highlights=["Automated reports with Python"]),
            ]
        }
    )
    skills = {s.name: s for s in analyzer.analyze(resume).skills}
    assert skills["Python"].years == 2.5  # 24 + 6 months; Django alone does not add Python years
    assert skills["Python"].last_used == "2021-12"
    assert skills["Django"].years == 3.0  # Jan 2024 .. Dec 2026
    assert skills["Django"].last_used == "present"
