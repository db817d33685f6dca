"""The skill matcher keeps symbol-bearing names whole and needs context for ambiguous ones."""

from __future__ import annotations

import pytest

from vidyamitra.ai.offline.resume.matcher import SkillMatcher


def names(matcher: SkillMatcher, line: str, *, skills: bool = False) -> list[str]:
    return [hit.entry.name for hit in matcher.find(line, in_skills_section=skills)]


def test_symbol_names_stay_whole(matcher: SkillMatcher) -> None:
    line = "Built C++ and C# services on .NET with ASP.NET, Node.js and CI/CD pipelines"
    assert names(matcher, line) == ["C++", "C#", ".NET", "ASP.NET", "Node.js", "CI/CD"]


def test_aliases_map_to_canonical_names(matcher: SkillMatcher) -> None:
    line = "Deployed ReactJS apps on k8s backed by Postgres, with RESTful APIs"
    assert names(matcher, line) == ["React", "Kubernetes", "PostgreSQL", "REST APIs"]


def test_compound_tokens_are_split_and_versions_dropped(matcher: SkillMatcher) -> None:
    assert names(matcher, "Wrote React-based UIs and Python3 scripts") == ["React", "Python"]
    assert names(matcher, "Languages: C/C++, Java") == ["C", "C++", "Java"]


@pytest.mark.parametrize(
    "line",
    [
        "Let's go to the market with a new plan",
        "Go to the office every day",  # capitalised but no technology beside it
        "I excel at communication with customers",
        "Rated an R for the audience",
        "Swift delivery is our promise.",
        "Seeking an internship in Spring 2027 with ABC",
    ],
)
def test_ambiguous_names_without_context_do_not_count(matcher: SkillMatcher, line: str) -> None:
    assert not {"Go", "Excel", "R", "Swift"} & set(names(matcher, line))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Built services in Go 1.21", "Go"),
        ("Languages: Go, Python, SQL", "Go"),
        ("Analysis in R and Python", "R"),
        ("Tools: Excel, Tableau, Power BI", "Excel"),
        ("Apps in Swift and Objective-C", "Swift"),
        ("Must be fluent in Excel", "Excel"),
        ("Experience with Go is essential", "Go"),
    ],
)
def test_ambiguous_names_count_with_context(
    matcher: SkillMatcher, line: str, expected: str
) -> None:
    assert expected in names(matcher, line)


def test_skills_section_is_context_enough(matcher: SkillMatcher) -> None:
    assert names(matcher, "R", skills=True) == ["R"]
    assert names(matcher, "Go", skills=True) == ["Go"]
    assert names(matcher, "R") == []


def test_ambiguous_forms_must_keep_their_case(matcher: SkillMatcher) -> None:
    assert "Go" not in names(matcher, "go, python, sql")


def test_urls_and_emails_are_not_skills(matcher: SkillMatcher) -> None:
    line = "jane@github.com | https://github.com/jane | linkedin.com/in/jane"
    assert names(matcher, line) == []


def test_hits_report_as_written_and_offsets(matcher: SkillMatcher) -> None:
    line = "Used Golang daily"
    (hit,) = matcher.find(line)
    assert hit.entry.name == "Go"
    assert hit.as_written == "Golang"
    assert line[hit.start : hit.end] == "Golang"
