"""The parser's vocabulary (section headings, job words, degrees...) loaded from YAML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from vidyamitra.ai.parsed import SECTION_NAMES


class _VocabularyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    sections: dict[str, list[str]]
    heading_words: dict[str, list[str]] = {}
    heading_companions: list[str] = []
    job_words: list[str]
    company_suffixes: list[str]
    institution_words: list[str]
    degree_patterns: list[str]
    study_fields: list[str]
    networks: dict[str, str]
    location_regions: list[str]
    region_names: dict[str, str]
    location_words: list[str]


@dataclass(frozen=True)
class Vocabulary:
    """Validated vocabulary with lookup tables ready for the parser."""

    headings: dict[str, str]
    heading_words: dict[str, str]
    heading_companions: frozenset[str]
    job_words: frozenset[str]
    company_suffixes: frozenset[str]
    institution_words: frozenset[str]
    degree: re.Pattern[str]
    study_fields: frozenset[str]
    networks: dict[str, str]
    regions: frozenset[str]
    region_names: dict[str, str]
    places: frozenset[str]


def _safe_yaml(text: str) -> object:
    """Safe-load YAML, with libyaml when present (same result, about ten times faster)."""
    import yaml

    if hasattr(yaml, "CSafeLoader"):
        return yaml.load(text, Loader=yaml.CSafeLoader)
    return yaml.safe_load(text)


def parse_vocabulary(text: str) -> Vocabulary:
    """Validate vocabulary YAML text and build its lookup tables."""
    raw = _VocabularyFile.model_validate(_safe_yaml(text))
    unknown = (set(raw.sections) | set(raw.heading_words)) - set(SECTION_NAMES)
    if unknown:
        raise ValueError(f"unknown section names in vocabulary: {sorted(unknown)}")
    headings = {phrase: name for name, phrases in raw.sections.items() for phrase in phrases}
    degree = re.compile("|".join(f"(?:{p})" for p in raw.degree_patterns))
    return Vocabulary(
        headings=headings,
        heading_words={w: name for name, words in raw.heading_words.items() for w in words},
        heading_companions=frozenset(raw.heading_companions),
        job_words=frozenset(raw.job_words),
        company_suffixes=frozenset(raw.company_suffixes),
        institution_words=frozenset(raw.institution_words),
        degree=degree,
        study_fields=frozenset(raw.study_fields),
        networks=raw.networks,
        regions=frozenset(raw.location_regions),
        region_names=raw.region_names,
        places=frozenset(raw.location_words),
    )


@cache
def load_vocabulary() -> Vocabulary:
    """Read the packaged vocabulary once (cached after the first call, not at import)."""
    text = resources.files(__package__).joinpath("vocabulary.yaml").read_text("utf-8")
    return parse_vocabulary(text)
