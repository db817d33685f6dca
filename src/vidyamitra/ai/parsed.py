"""A parsed resume: the JSON Resume document plus the sectioned text it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from vidyamitra.ai.jsonresume import JsonResume

# Canonical section names the parser assigns; anything unrecognised is "other".
SECTION_NAMES = (
    "header",
    "summary",
    "experience",
    "education",
    "skills",
    "projects",
    "certifications",
    "awards",
    "languages",
    "publications",
    "volunteer",
    "interests",
    "references",
    "other",
)


@dataclass(frozen=True)
class Section:
    """One resume section in reading order: canonical name, heading as written, its lines."""

    name: str
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ParsedResume:
    """Parser output handed to the analyser: structure plus the evidence it was read from."""

    resume: JsonResume
    sections: tuple[Section, ...]
    text: str
    source_kind: str  # "pdf" | "docx" | "text"
    page_count: int = 1
    warnings: tuple[str, ...] = field(default_factory=tuple)
