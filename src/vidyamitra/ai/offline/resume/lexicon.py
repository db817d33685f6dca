"""The analyser's word lists (action verbs, job-description headings), loaded from YAML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

DEFAULT_PATH = Path(__file__).resolve().parents[3] / "data" / "skills" / "resume_lexicon.yaml"


class _JobDescriptionWords(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    required_headings: tuple[str, ...]
    preferred_headings: tuple[str, ...]
    duty_headings: tuple[str, ...]
    boilerplate_headings: tuple[str, ...]
    boilerplate_phrases: tuple[str, ...]
    required_markers: tuple[str, ...]
    preferred_markers: tuple[str, ...]


class _LexiconFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    action_verbs: tuple[str, ...]
    weak_openers: tuple[str, ...]
    outcome_words: tuple[str, ...]
    job_description: _JobDescriptionWords


@dataclass(frozen=True)
class Lexicon:
    """Compiled word lists."""

    action_verbs: frozenset[str]
    weak_opener: re.Pattern[str]
    outcome: re.Pattern[str]
    headings: dict[str, str]  # normalised heading -> required | preferred | duty | boilerplate
    boilerplate: re.Pattern[str]
    required_marker: re.Pattern[str]
    preferred_marker: re.Pattern[str]


def _words(items: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _verb_forms(verb: str) -> set[str]:
    forms = {verb, verb + "s", verb + "ed", verb + "d", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb[:-1] + "ing"}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ied", verb[:-1] + "ies"}
    if (
        len(verb) > 2
        and verb[-1] not in "aeiouwxy"
        and verb[-2] in "aeiou"
        and verb[-3] not in "aeiou"
    ):
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def _safe_yaml(text: str) -> object:
    """Safe-load YAML, with libyaml when present (same result, about ten times faster)."""
    if hasattr(yaml, "CSafeLoader"):
        return yaml.load(text, Loader=yaml.CSafeLoader)
    return yaml.safe_load(text)


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Load and compile resume_lexicon.yaml."""
    doc = _LexiconFile.model_validate(_safe_yaml((path or DEFAULT_PATH).read_text("utf-8")))
    jd = doc.job_description
    headings: dict[str, str] = {}
    for kind, items in (
        ("boilerplate", jd.boilerplate_headings),
        ("duty", jd.duty_headings),
        ("preferred", jd.preferred_headings),
        ("required", jd.required_headings),
    ):
        for item in items:
            headings.setdefault(item.casefold(), kind)
    return Lexicon(
        action_verbs=frozenset(f for v in doc.action_verbs for f in _verb_forms(v.casefold())),
        weak_opener=re.compile(
            r"^(?:" + "|".join(re.escape(w) for w in doc.weak_openers) + r")\b", re.IGNORECASE
        ),
        outcome=_words(doc.outcome_words),
        headings=headings,
        boilerplate=_words(jd.boilerplate_phrases),
        required_marker=_words(jd.required_markers),
        preferred_marker=_words(jd.preferred_markers),
    )
