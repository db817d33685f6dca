"""The whole analysis: evidence, role and job fit, gaps, score, suggestions, determinism."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from vidyamitra.ai.offline.resume import ResumeAnalyzer
from vidyamitra.ai.parsed import ParsedResume
from vidyamitra.ai.resume_models import ResumeAnalysis
from vidyamitra.core.errors import UnknownRole

from .conftest import parsed

BULLETS = [
    "Built REST APIs in Django serving 40,000 daily users with p95 latency under 120 ms",
    "Cut AWS costs by 30% by moving batch jobs to spot instances with Docker",
    "Responsible for code reviews",
    "Worked on many different internal tools and scripts for the operations team, which involved "
    "talking to a lot of people across several departments and writing documentation and also "
    "fixing bugs when they came up in production during the night",
]


def backend_resume() -> ParsedResume:
    data = {
        "basics": {
            "name": "Asha Rao",
            "label": "Backend Developer",
            "email": "asha@example.com",
            "phone": "+91 98765 43210",
            "summary": "Backend developer building Python services.",
            "profiles": [{"network": "GitHub", "url": "https://github.com/asha"}],
        },
        "work": [
            {
                "name": "Acme",
                "position": "Software Engineer",
                "startDate": "2024-01",
                "endDateRaw": "Present",
                "highlights": BULLETS,
            }
        ],
        "education": [{"institution": "IIT Delhi", "studyType": "B.Tech", "area": "CSE"}],
        "skills": [{"name": "Languages", "keywords": ["Python", "SQL", "Git", "Kotlin"]}],
    }
    sections = {
        "summary": ["Backend developer building Python services."],
        "experience": ["Software Engineer, Acme, Jan 2024 - Present", *BULLETS],
        "skills": ["Languages: Python, SQL, Git, Kotlin"],
    }
    return parsed(data, sections)


@pytest.fixture(scope="module")
def analysis(analyzer: ResumeAnalyzer) -> ResumeAnalysis:
    return analyzer.analyze(backend_resume(), target_role="Backend Developer")


def test_skills_carry_evidence_from_sections_and_keywords(analysis: ResumeAnalysis) -> None:
    skills = {s.name: s for s in analysis.skills}
    assert {"Python", "Django", "REST APIs", "AWS", "Docker", "SQL", "Git"} <= set(skills)
    assert all(s.evidence for s in analysis.skills)
    assert {e.section for e in skills["Python"].evidence} >= {"skills"}
    assert skills["Django"].evidence[0].section == "experience"
    assert skills["Django"].years == 3.0
    assert skills["Kotlin"].years is None  # only listed, never used in a dated job


def test_child_skill_covers_its_parent(analyzer: ResumeAnalyzer) -> None:
    resume = parsed(
        {
            "work": [
                {"startDate": "2023-01", "endDate": "2023-12", "highlights": ["Built Django apps"]}
            ]
        },
        {"experience": ["Built Django apps"]},
    )
    match = analyzer.analyze(resume, target_role="python-developer").role_match
    assert match is not None
    python = next(m for m in match.matched_required if m.skill == "Python")
    assert python.via == "Django"
    assert python.evidence


def test_role_match_fit_missing_and_gaps(analysis: ResumeAnalysis) -> None:
    match = analysis.role_match
    assert match is not None
    assert match.role_id == "backend-developer"
    assert "Database Design" in match.missing_required
    assert {m.skill for m in match.matched_required} >= {"REST APIs", "SQL", "Git"}
    assert 0 < match.fit < 100
    assert match.seniority.level == "mid"  # 3 dated years
    importance = [g.importance for g in analysis.gaps]
    assert importance == sorted(importance, key=lambda i: i != "required")
    first = analysis.gaps[0]
    assert first.source == "role"
    assert first.why.endswith(".")


def test_unknown_role_raises_with_closest(analyzer: ResumeAnalyzer) -> None:
    with pytest.raises(UnknownRole) as caught:
        analyzer.analyze(backend_resume(), target_role="astronaut")
    assert len(caught.value.extra["closest"]) == 3


def test_fuzzy_role_is_reported_in_warnings(analyzer: ResumeAnalyzer) -> None:
    analysis = analyzer.analyze(backend_resume(), target_role="backend developr")
    assert analysis.role_match is not None
    assert any("read as “Backend Developer”" in w for w in analysis.warnings)


def test_job_description_match(analyzer: ResumeAnalyzer) -> None:
    jd = (
        "Senior Backend Engineer\n"
        "Requirements:\n- 5+ years of experience building APIs\n- Python and PostgreSQL\n"
        "- Bachelor's degree in Computer Science\n"
        "Nice to have:\n- Kubernetes or ECS\n- Docker\n"
        "Benefits:\n- Free Kafka lunches\n"
    )
    job = analyzer.analyze(backend_resume(), job_description=jd).jd_match
    assert job is not None
    assert "Python" in job.covered_required
    assert "PostgreSQL" in job.missing_required
    assert "Docker" in job.covered_preferred
    assert "Kubernetes" in job.missing_preferred
    assert "Apache Kafka" not in {t.term for t in job.terms}
    assert job.ignored_sections == ["Benefits"]
    assert job.title is not None
    assert job.title.met is True  # Backend Developer ~ Backend Engineer
    assert job.years is not None
    assert job.years.met is False  # 3 years < 5
    assert job.education is not None
    assert job.education.met is True
    postgres = next(t for t in job.terms if t.term == "PostgreSQL")
    assert postgres.jd_sentence == "Python and PostgreSQL"


def test_score_components_are_named_and_add_up(analysis: ResumeAnalysis) -> None:
    score = analysis.score
    names = [c.name for c in score.components]
    assert names == ["fit", "impact", "structure", "completeness"]
    assert sum(c.max_points for c in score.components) == 100
    assert score.total == sum(c.points for c in score.components)
    assert score.version
    impact = next(c for c in score.components if c.name == "impact")
    assert impact.lost == ["2 of 4 bullets have no number (%, users, time, money)."]


def test_market_demand_without_target(analyzer: ResumeAnalyzer) -> None:
    score = analyzer.analyze(backend_resume()).score
    assert score.basis == "market demand"
    assert score.components[0].name == "market_demand"
    assert any("market demand" in reason for reason in score.components[0].lost)


def test_score_is_deterministic(analyzer: ResumeAnalyzer) -> None:
    first = analyzer.analyze(backend_resume(), target_role="backend-developer")
    second = analyzer.analyze(backend_resume(), target_role="backend-developer")
    assert first.model_dump_json() == second.model_dump_json()


def test_bullet_suggestions(analysis: ResumeAnalysis) -> None:
    by_kind: dict[str, list[str]] = {}
    for suggestion in analysis.suggestions:
        by_kind.setdefault(suggestion.kind, []).append(suggestion.target or "")
    assert BULLETS[2] in by_kind["action_verb"]  # "Responsible for ..."
    assert BULLETS[2] in by_kind["add_metric"]
    assert BULLETS[3] in by_kind["split_bullet"]
    assert BULLETS[2] in by_kind["expand_bullet"]
    assert BULLETS[0] not in by_kind["add_metric"]


def test_skill_listing_suggestions(analysis: ResumeAnalysis) -> None:
    messages = {s.kind: s for s in analysis.suggestions}
    assert "Django" in messages["skill_not_listed"].message
    assert any(
        s.kind == "skill_without_evidence" and s.target == "Kotlin" for s in analysis.suggestions
    )


def test_missing_contact_and_sections(analyzer: ResumeAnalyzer) -> None:
    analysis = analyzer.analyze(parsed({"basics": {"name": "X"}}))
    kinds = [s.kind for s in analysis.suggestions]
    assert kinds.count("missing_contact") == 3
    assert kinds.count("missing_section") == 4
    completeness = analysis.score.components[-1]
    assert completeness.points == 2
    assert "no email address (-3)" in completeness.lost


def test_analysis_round_trips_as_json(analysis: ResumeAnalysis) -> None:
    again = ResumeAnalysis.model_validate_json(analysis.model_dump_json())
    assert again == analysis
    assert again.engine == "offline-v1"


def test_long_hostile_inputs_stay_fast(analyzer: ResumeAnalyzer) -> None:
    blob = "a1.b@" * 20_000 + "Go, R, C, Python or Java; " * 4_000
    resume = parsed({}, {"skills": [blob[:60_000]], "experience": [blob]})
    start = time.perf_counter()
    analysis = analyzer.analyze(resume, job_description=blob)
    assert time.perf_counter() - start < 5.0
    assert any("first 30000 characters" in w for w in analysis.warnings)


def test_mixed_date_styles_lose_structure_points(analyzer: ResumeAnalyzer) -> None:
    def work(start: str, raw_start: str, end: str, raw_end: str) -> dict[str, str]:
        return {
            "startDate": start,
            "startDateRaw": raw_start,
            "endDate": end,
            "endDateRaw": raw_end,
        }

    mixed = parsed({"work": [work("2020-01", "Jan 2020", "2020-12", "Dec 2020"),
                             work("2021-03", "03/2021", "2022-04", "04/2022")]})  # fmt: skip
    same = parsed({"work": [work("2020-01", "Jan 2020", "2020-12", "Dec 2020"),
                            work("2021-03", "Mar 2021", "2022-04", "Apr 2022")]})  # fmt: skip
    lost_mixed = analyzer.analyze(mixed).score.components[2]
    lost_same = analyzer.analyze(same).score.components[2]
    assert any("2 styles (month name, numeric)" in r for r in lost_mixed.lost)
    assert lost_same.points - lost_mixed.points == 2


def test_analysis_does_not_depend_on_hash_seed() -> None:
    script = (
        "from datetime import date\n"
        "from vidyamitra.ai.offline.resume import ResumeAnalyzer\n"
        "from vidyamitra.ai.offline.roles import load_role_library\n"
        "from vidyamitra.ai.offline.skills import load_taxonomy\n"
        "from vidyamitra.ai.offline.parsing import parse_resume_text\n"
        "t = load_taxonomy()\n"
        "a = ResumeAnalyzer(t, load_role_library(t), today=date(2026, 12, 1))\n"
        "text = 'Jo\\nSKILLS\\nGo, R, Python, SQL, Docker\\nEXPERIENCE\\n"
        "Dev, X, Jan 2020 - Present\\n- Built Go services and Django APIs for 3 teams\\n'\n"
        "jd = 'Requirements: Go or Rust; Kubernetes; 3+ years of Python. Nice to have: Kafka'\n"
        "print(a.analyze(parse_resume_text(text), target_role='backend', job_description=jd)"
        ".model_dump_json())\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "4242")
    }
    assert len(outputs) == 1
    assert '"total"' in outputs.pop()
