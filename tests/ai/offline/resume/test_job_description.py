"""Job descriptions: boilerplate dropped, required vs preferred, title, years and degree read."""

from __future__ import annotations

import json

from vidyamitra.ai.offline.resume.jobdesc import JobRequirements, read_job_description
from vidyamitra.ai.offline.resume.lexicon import Lexicon
from vidyamitra.ai.offline.resume.matcher import SkillMatcher

JD = """Senior Data Analyst

About Us
We are a fast-growing company that loves Kotlin.

What you'll do:
- Build dashboards in Tableau for the sales team
- Partner with finance on forecasting

Requirements
- Bachelor's or Master's degree in Statistics, Economics or a related field
- 3+ years of experience with SQL and Python
- Must be fluent in Excel

Nice to have
- Experience with dbt or Airflow
- Familiarity with Looker

Benefits
- Health insurance, Java lessons and free snacks

We are an equal opportunity employer; we value Rust regardless of race.
"""


def read(lexicon: Lexicon, matcher: SkillMatcher, text: str = JD) -> JobRequirements:
    return read_job_description(text, lexicon, matcher)


def test_boilerplate_sections_and_sentences_are_ignored(
    lexicon: Lexicon, matcher: SkillMatcher
) -> None:
    asked = read(lexicon, matcher)
    names = {a.entry.name for a in asked.skills}
    assert not names & {"Kotlin", "Java", "Rust"}
    assert asked.ignored_sections == ["About Us", "Benefits"]


def test_required_and_preferred_terms(lexicon: Lexicon, matcher: SkillMatcher) -> None:
    importance = {a.entry.name: a.importance for a in read(lexicon, matcher).skills}
    assert importance["SQL"] == "required"
    assert importance["Python"] == "required"
    assert importance["Excel"] == "required"
    assert importance["dbt"] == "preferred"
    assert importance["Apache Airflow"] == "preferred"
    assert importance["Looker"] == "preferred"
    assert importance["Tableau"] == "preferred"  # named under duties only


def test_inline_markers_override_the_section(lexicon: Lexicon, matcher: SkillMatcher) -> None:
    text = "Requirements: Python is required; Docker is a plus; Kubernetes experience not required."
    importance = {a.entry.name: a.importance for a in read(lexicon, matcher, text).skills}
    assert importance == {"Python": "required", "Docker": "preferred", "Kubernetes": "preferred"}


def test_title_years_and_education(lexicon: Lexicon, matcher: SkillMatcher) -> None:
    asked = read(lexicon, matcher)
    assert asked.title == "Senior Data Analyst"
    assert asked.years is not None
    assert asked.years[0] == 3
    assert asked.years[2] == ("SQL", "Python")
    assert asked.education is not None
    assert asked.education[0] == 2  # bachelor's is the lowest degree it accepts


def test_years_about_one_tool(lexicon: Lexicon, matcher: SkillMatcher) -> None:
    text = (
        "Requirements: 4+ years of professional Python experience; 6 years building APIs overall."
    )
    asked = read(lexicon, matcher, text)
    assert asked.years is not None
    assert asked.years[:1] == (4,)
    assert asked.years[2] == ("Python",)


def test_title_from_a_sentence(lexicon: Lexicon, matcher: SkillMatcher) -> None:
    text = "We are looking for a Backend Engineer to join our payments team. You will use Go."
    assert read(lexicon, matcher, text).title == "Backend Engineer"


def test_alternatives_share_a_group(lexicon: Lexicon, matcher: SkillMatcher) -> None:
    text = "Requirements: experience with analytics tools (Amplitude, Mixpanel, or Looker) and SQL"
    groups = {a.entry.name: a.group for a in read(lexicon, matcher, text).skills}
    assert groups["Product Analytics"] == groups["Looker"]
    assert groups["SQL"] != groups["Looker"]


def test_each_term_keeps_the_sentence_that_asks_for_it(
    lexicon: Lexicon, matcher: SkillMatcher
) -> None:
    sentences = {a.entry.name: a.sentence for a in read(lexicon, matcher).skills}
    assert sentences["Excel"] == "Must be fluent in Excel"


def test_pasted_linkedin_layout(lexicon: Lexicon, matcher: SkillMatcher) -> None:
    text = (
        "About the job\nAcme is hiring a Data Engineer to build our lakehouse.\n\n"
        "Qualifications\n3+ years with Python.\nMaster's degree preferred.\n\n"
        "Seniority level\nMid-Senior level\nIndustries\nSoftware Development, Java\n"
    )
    asked = read(lexicon, matcher, text)
    assert asked.title == "Data Engineer"
    assert asked.education is None  # a preferred degree is not a requirement
    assert {a.entry.name for a in asked.skills} == {"Python"}
    assert asked.ignored_sections == ["Seniority level", "Industries"]


def test_json_resume_job_document(lexicon: Lexicon, matcher: SkillMatcher) -> None:
    job = {
        "title": "Web Developer",
        "description": "Join our team building web applications.",
        "responsibilities": ["Develop and maintain web applications"],
        "qualifications": ["Bachelor's degree in Computer Science", "3+ years of experience"],
        "skills": [{"name": "Web Development", "keywords": ["HTML", "React", "Node.js"]}],
    }
    asked = read(lexicon, matcher, json.dumps(job))
    assert asked.title == "Web Developer"
    assert asked.years is not None
    assert asked.years[0] == 3
    assert asked.education is not None
    assert asked.education[0] == 2
    assert {"HTML", "React", "Node.js"} <= {a.entry.name for a in asked.skills}
