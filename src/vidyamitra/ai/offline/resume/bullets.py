"""Judge resume bullets: does each start with an action verb, carry a number, fit 8-30 words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vidyamitra.ai.jsonresume import JsonResume
from vidyamitra.ai.offline.resume.lexicon import Lexicon

MIN_WORDS = 8
MAX_WORDS = 30
_BULLET_MARK = re.compile(r"^[\s•·▪●○◦*\-–—>]+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A standalone number (not a year), a percentage or an amount of money counts as a metric.
_METRIC = re.compile(r"[$€£₹]\s*\d|(?<![\w.])\d+(?:[.,]\d+)*(?:\s*%|\s*[kKmMxX]\b|\b)")
_WORD = re.compile(r"[A-Za-z0-9][\w'+#./-]*")


@dataclass(frozen=True)
class Bullet:
    """One bullet from work, projects or volunteering, with what was checked."""

    text: str
    section: str
    words: int
    has_metric: bool
    has_outcome: bool
    action_verb: bool
    weak_opener: str | None


def resume_bullets(resume: JsonResume) -> list[tuple[str, str]]:
    """(section, text) of every highlight, in resume order."""
    out: list[tuple[str, str]] = []
    for section, entries in (
        ("experience", resume.work),
        ("volunteer", resume.volunteer),
    ):
        out += [(section, h) for e in entries for h in e.highlights if h.strip()]
    out += [("projects", h) for p in resume.projects for h in p.highlights if h.strip()]
    return out


def judge(text: str, section: str, lexicon: Lexicon) -> Bullet:
    """Measure one bullet."""
    clean = _BULLET_MARK.sub("", text).strip()
    words = _WORD.findall(clean)
    without_years = _YEAR.sub(" ", clean)
    weak = lexicon.weak_opener.match(clean)
    return Bullet(
        text=clean,
        section=section,
        words=len(words),
        has_metric=bool(_METRIC.search(without_years)),
        has_outcome=bool(lexicon.outcome.search(clean)),
        action_verb=weak is None and _opens_with_verb(words, lexicon),
        weak_opener=weak.group(0) if weak else None,
    )


def judge_all(resume: JsonResume, lexicon: Lexicon) -> list[Bullet]:
    """Every bullet, measured."""
    return [judge(text, section, lexicon) for section, text in resume_bullets(resume)]


def _opens_with_verb(words: list[str], lexicon: Lexicon) -> bool:
    """First word (after an '-ly' adverb) is an action verb; 'Re-architected' counts."""
    lowered = [w.casefold().rstrip(".,:;") for w in words[:2]]
    if len(lowered) == 2 and lowered[0].endswith("ly"):
        lowered = lowered[1:]
    if not lowered:
        return False
    first = lowered[0]
    bare = re.sub(r"^(?:re|co|pre|over|under)-?", "", first)
    return first in lexicon.action_verbs or bare in lexicon.action_verbs
