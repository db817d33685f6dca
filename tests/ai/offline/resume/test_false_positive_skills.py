"""Names, customers and everyday words that look like skills are not skills."""

from __future__ import annotations

import pytest

from vidyamitra.ai.offline.resume import ResumeAnalyzer
from vidyamitra.ai.offline.resume.matcher import SkillMatcher

from .conftest import parsed


def names(matcher: SkillMatcher, line: str) -> list[str]:
    return [h.entry.name for h in matcher.find(line)]


def test_a_persons_initial_is_not_the_r_language(matcher: SkillMatcher) -> None:
    assert "R" not in names(matcher, "Worked with R. Gupta on churn models in Python")
    assert "R" in names(matcher, "Modelled churn in Python and R for 3 teams")


@pytest.mark.parametrize(
    "line",
    [
        "Our API is used daily by Facebook, Dropbox, Quora, Asana and others.",
        "Enterprise customers include Asana, Dropbox and Quora.",
        "Clients: Asana, Dropbox",
    ],
)
def test_users_and_customers_are_not_skills(matcher: SkillMatcher, line: str) -> None:
    assert not {"Asana", "Dropbox"} & set(names(matcher, line))


def test_a_tool_the_candidate_used_still_counts(matcher: SkillMatcher) -> None:
    assert "Asana" in names(matcher, "Planned sprints in Asana and Jira for 12 engineers")
    line = "Used by 40 teams. Built the service in Python."
    assert "Python" in names(matcher, line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Volunteer: taught Poetry to 30 children", "Poetry"),
        ("Designed Onboarding and Surveying screens for the app", "Onboarding"),
        ("Designed Onboarding and Surveying screens for the app", "Surveying"),
        ("Grew GAAP revenue 40% to $2M", "GAAP"),
    ],
)
def test_everyday_words_need_context(matcher: SkillMatcher, line: str, skill: str) -> None:
    assert skill not in names(matcher, line)


def test_ambiguous_words_count_with_context(matcher: SkillMatcher) -> None:
    assert "Poetry" in names(matcher, "Packaged 5 libraries with Poetry and pip")
    assert "GAAP" in names(matcher, "Closed monthly books in QuickBooks and GAAP")


def test_only_confident_matches_are_suggested_for_the_skills_section(
    analyzer: ResumeAnalyzer,
) -> None:
    data = {
        "work": [{"name": "Acme", "position": "Engineer", "startDate": "2022-01",
                  "endDate": "2023-01",
                  "highlights": ["Rewrote the billing API in Go and Python for 3 teams"]}],
        "skills": [{"name": "Tools", "keywords": ["Docker"]}],
    }  # fmt: skip
    analysis = analyzer.analyze(parsed(data))
    advice = [s.message for s in analysis.suggestions if s.kind == "skill_not_listed"]
    assert advice and "Python" in advice[0] and "Go" not in advice[0].split(": ")[1].split(", ")


def test_only_the_names_after_used_by_are_skipped(matcher: SkillMatcher) -> None:
    line = "Tracing library adopted by six startups for production Observability, Kubernetes"
    assert "Kubernetes" in names(matcher, line)
    assert "Dropbox" not in names(matcher, "Trusted by Google and Dropbox since 2019; wrote Go")


def test_the_next_sentence_is_read_again(matcher: SkillMatcher) -> None:
    assert "Python" in names(matcher, "Used by Netflix. Python services handle 2M calls a day")
