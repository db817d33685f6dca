"""Months of full-time study: breaks inside them are not gaps, jobs inside them are student jobs."""

from __future__ import annotations

from vidyamitra.ai.offline.resume import ResumeAnalyzer

from .conftest import parsed


def job(start: str, end: str | None, raw: str | None = None) -> dict[str, object]:
    return {"name": "Acme", "position": "Intern", "startDate": start, "endDate": end,
            "endDateRaw": raw}  # fmt: skip


def school(start: str | None, end: str, study: str = "B.Tech") -> dict[str, object]:
    return {"institution": "IIT", "studyType": study, "area": "Computer Science",
            "startDate": start, "endDate": end}  # fmt: skip


def test_break_between_internships_during_a_degree_is_not_a_gap(analyzer: ResumeAnalyzer) -> None:
    data = {
        "work": [
            job("2021-05", "2021-07"),
            job("2022-06", "2022-08"),
            job("2023-07", None, "Present"),
        ],
        "education": [school("2019-08", "2023-06")],
    }
    analysis = analyzer.analyze(parsed(data))
    assert analysis.experience.gaps == []
    assert not any("gap" in s.message for s in analysis.suggestions)


def test_gap_after_graduation_is_still_reported(analyzer: ResumeAnalyzer) -> None:
    data = {"work": [job("2019-01", "2019-12"), job("2022-01", "2022-12")],
            "education": [school("2016-08", "2020-06")]}  # fmt: skip
    gaps = analyzer.analyze(parsed(data)).experience.gaps
    assert [(g.start, g.end, g.months) for g in gaps] == [("2020-07", "2021-12", 18)]


def test_student_jobs_do_not_count_towards_professional_years(analyzer: ResumeAnalyzer) -> None:
    data = {"work": [job("2020-06", "2021-05"), job("2023-07", "2025-06")],
            "education": [school(None, "2023-06")]}  # fmt: skip
    analysis = analyzer.analyze(parsed(data), target_role="Software Engineer")
    assert analysis.experience.total_months == 24
    assert any("12 months of work overlap full-time study" in w for w in analysis.warnings)
    assert analysis.role_match is not None and analysis.role_match.seniority.years == 2.0


def test_present_is_capped_by_a_graduation_still_expected(analyzer: ResumeAnalyzer) -> None:
    data = {
        "work": [job("2015-08", None, "Present"), job("2014-06", None, "Present")],
        "education": [school(None, "2018-05", "Bachelor of Science")],
    }
    sections = {"education": ["State University, Bachelor of Science   Expected May 2018"]}
    analysis = analyzer.analyze(parsed(data, sections), target_role="HR Generalist")
    assert analysis.experience.total_years == 0.0
    assert analysis.role_match is not None and analysis.role_match.seniority.level == "entry"
    assert any("'Present' was read as 2018-05" in w for w in analysis.warnings)


def test_part_time_study_leaves_work_years_alone(analyzer: ResumeAnalyzer) -> None:
    data = {"work": [job("2018-01", "2022-12")],
            "education": [school("2019-01", "2020-12", "Part-time MBA")]}  # fmt: skip
    assert analyzer.analyze(parsed(data)).experience.total_months == 60


def test_degree_spread_over_many_years_is_not_full_time_study(analyzer: ResumeAnalyzer) -> None:
    data = {
        "work": [job("2014-08", "2016-04")],
        "education": [school("2010-03", "2017-08", "B.S.")],
    }
    assert analyzer.analyze(parsed(data)).experience.total_months == 21


def test_a_job_begun_before_a_degree_keeps_its_months(analyzer: ResumeAnalyzer) -> None:
    data = {
        "work": [job("2022-08", "2025-12")],
        "education": [school("2024-07", "2025-12", "M.Sc.")],
    }
    analysis = analyzer.analyze(parsed(data))
    assert analysis.experience.total_months == 41
    assert not any("overlap full-time study" in w for w in analysis.warnings)
