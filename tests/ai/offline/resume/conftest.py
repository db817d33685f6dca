"""Fixtures for the resume-analysis tests: shipped data, an analyser with a fixed today."""

from __future__ import annotations

from datetime import date

import pytest

from vidyamitra.ai.jsonresume import JsonResume
from vidyamitra.ai.offline.resume import ResumeAnalyzer
from vidyamitra.ai.offline.resume.lexicon import Lexicon, load_lexicon
from vidyamitra.ai.offline.resume.matcher import SkillMatcher
from vidyamitra.ai.offline.roles import RoleLibrary, load_role_library
from vidyamitra.ai.offline.skills import Taxonomy, load_taxonomy
from vidyamitra.ai.parsed import ParsedResume, Section

TODAY = date(2026, 12, 15)


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    """The taxonomy shipped in the package."""
    return load_taxonomy()


@pytest.fixture(scope="session")
def library(taxonomy: Taxonomy) -> RoleLibrary:
    """The role library shipped in the package."""
    return load_role_library(taxonomy)


@pytest.fixture(scope="session")
def matcher(taxonomy: Taxonomy) -> SkillMatcher:
    """The compiled skill matcher."""
    return SkillMatcher(taxonomy)


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The analyser's word lists."""
    return load_lexicon()


@pytest.fixture(scope="session")
def analyzer(taxonomy: Taxonomy, library: RoleLibrary) -> ResumeAnalyzer:
    """An analyser whose 'today' is fixed so 'Present' is deterministic."""
    return ResumeAnalyzer(taxonomy, library, today=TODAY)


def parsed(data: dict[str, object], sections: dict[str, list[str]] | None = None) -> ParsedResume:
    """A ParsedResume from a JSON Resume dict and section lines (built by hand, no parser)."""
    resume = JsonResume.model_validate(data)
    built = tuple(
        Section(name=name, heading=name.title(), lines=tuple(lines))
        for name, lines in (sections or {}).items()
    )
    text = "\n".join(line for s in built for line in s.lines)
    return ParsedResume(resume=resume, sections=built, text=text, source_kind="text")
