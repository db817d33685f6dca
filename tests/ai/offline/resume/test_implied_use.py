"""A specific skill used in a bullet is evidence for the broader skill it implies."""

from __future__ import annotations

from vidyamitra.ai.offline.resume import ResumeAnalyzer

from .conftest import parsed


def work(*highlights: str) -> dict[str, object]:
    return {"name": "Acme", "position": "Engineer", "startDate": "2022-01", "endDate": "2024-01",
            "highlights": list(highlights)}  # fmt: skip


def test_spring_boot_bullets_count_as_using_java(analyzer: ResumeAnalyzer) -> None:
    data = {
        "work": [work("Built 6 Spring Boot microservices handling 2M requests a day")],
        "skills": [{"name": "Languages", "keywords": ["Java", "Kotlin"]}],
    }
    analysis = analyzer.analyze(parsed(data))
    unshown = {s.target for s in analysis.suggestions if s.kind == "skill_without_evidence"}
    assert "Java" not in unshown
    assert "Kotlin" in unshown


def test_leetcode_covers_data_structures_and_algorithms(analyzer: ResumeAnalyzer) -> None:
    data = {"work": [work("Solved 800+ LeetCode problems and ranked top 5% on Codeforces")]}
    analysis = analyzer.analyze(parsed(data), target_role="Software Engineer")
    match = analysis.role_match
    assert match is not None
    missing = set(match.missing_required) | set(match.missing_preferred)
    assert not {"Data Structures", "Algorithms"} & missing
    matched = {m.skill for m in (*match.matched_required, *match.matched_preferred)}
    assert {"Data Structures", "Algorithms"} & matched
