"""Read a pasted job description: sections, boilerplate, required vs. preferred skills, checks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vidyamitra.ai.offline.resume.education import degree_level
from vidyamitra.ai.offline.resume.jd_text import Unit, importance, json_job_text, sentences
from vidyamitra.ai.offline.resume.lexicon import Lexicon
from vidyamitra.ai.offline.resume.matcher import SkillHit, SkillMatcher
from vidyamitra.ai.offline.skills import SkillEntry
from vidyamitra.ai.resume_models import Importance

_TITLE_LINE = re.compile(
    r"^\s*(?:job\s+)?(?:title|position|role|designation)\s*[:\-–]\s*(.+)$", re.I
)
_TITLE_PHRASE = re.compile(
    r"\b(?:looking for|hiring|seeking|searching for|need)\s+(?:an?\s+|our\s+(?:next\s+)?)?"
    r"(?P<title>[A-Z][\w/&+.#-]*(?:\s+[A-Z(][\w/&+.#()-]*){0,5})"
)
_JOB_WORD = re.compile(
    r"\b(engineer|developer|manager|analyst|designer|scientist|architect|specialist|"
    r"administrator|consultant|writer|accountant|recruiter|executive|lead|officer|tester|"
    r"teacher|nurse|intern|associate|coordinator|representative)\b",
    re.I,
)
_YEARS = re.compile(
    r"(?P<min>\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(?P<max>\d{1,2})\s*)?\+?\s*(?:years?|yrs?)",
    re.I,
)
# "4+ years of Python": a tool named right after the years is what the years are about.
_YEARS_REACH = 40
_YEARS_CATEGORIES = frozenset(
    {"programming_language", "web_framework", "database", "cloud", "devops", "data",
     "machine_learning", "mobile", "testing"}
)  # fmt: skip
_OR_LIST = re.compile(r"[\s,]*(?:[\w.+#/-][\w.+#/ -]{0,29},[ \t]*){0,6}(?:or|and/or)\b", re.I)
_OR_REACH = 240
_ALT_GAP = re.compile(r"^[\s,/()]*(?:(?:and/)?or\b[\s(]*)?$", re.I)


@dataclass(frozen=True)
class AskedSkill:
    """One skill the job description asks for, with its sentence; alternatives share a group."""

    entry: SkillEntry
    importance: Importance
    sentence: str
    group: int


@dataclass(frozen=True)
class JobRequirements:
    """What a job description asks for."""

    title: str | None
    years: tuple[int, str, tuple[str, ...]] | None  # minimum, sentence, skills it names
    education: tuple[int, str] | None
    skills: list[AskedSkill]
    ignored_sections: list[str]


def read_job_description(text: str, lexicon: Lexicon, matcher: SkillMatcher) -> JobRequirements:
    """Split the text into sentences under their headings and pull out what is asked.

    A JSON Resume job document (https://jsonresume.org/job-description-schema) is read too.
    """
    text = json_job_text(text) or text
    units, ignored = sentences(text, lexicon)
    asked: dict[str, AskedSkill] = {}
    group = 0
    for unit in units:
        asked_as = importance(unit, lexicon)
        for chain in _chains(unit.text, matcher.find(unit.text)):
            group += 1
            for hit in chain:
                _keep(asked, AskedSkill(hit.entry, asked_as, unit.text, group))
    kept = [u for u in units if u.kind != "boilerplate"]
    return JobRequirements(
        title=_title(text),
        years=_years(kept, lexicon, matcher),
        education=_education(kept, lexicon),
        skills=list(asked.values()),
        ignored_sections=ignored,
    )


def _keep(asked: dict[str, AskedSkill], item: AskedSkill) -> None:
    """The first sentence asking with the highest importance wins."""
    old = asked.get(item.entry.name)
    if old is None or (old.importance == "preferred" and item.importance == "required"):
        asked[item.entry.name] = item


def _chains(text: str, hits: list[SkillHit]) -> list[list[SkillHit]]:
    """Hits grouped into alternatives ('Kubernetes or ECS', 'Amplitude, Mixpanel, or Looker')."""
    chains: list[list[SkillHit]] = []
    for hit in hits:
        if chains:
            gap = text[chains[-1][-1].end : hit.start]
            if _ALT_GAP.match(gap) and ("or" in gap.casefold().split() or "/" in gap):
                chains[-1].append(hit)
                continue
            if _ALT_GAP.match(gap) and _or_follows(text, hit.end):
                chains[-1].append(hit)
                continue
        chains.append([hit])
    return chains


def _or_follows(text: str, end: int) -> bool:
    """True inside a list that ends in 'or' ('A, B, or C' seen at B)."""
    return bool(_OR_LIST.match(text, end, end + _OR_REACH))


def _title(text: str) -> str | None:
    """The job title: a 'Title:' line, a short first line naming a job, or 'looking for a …'."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:8]:
        match = _TITLE_LINE.match(line)
        if match:
            return match.group(1).strip()
    if (
        lines
        and len(lines[0].split()) <= 8
        and _JOB_WORD.search(lines[0])
        and not lines[0].endswith(".")
    ):
        return lines[0].strip("#* ")
    match = _TITLE_PHRASE.search(" ".join(lines[:5]))
    if match and _JOB_WORD.search(match.group("title")):
        words = match.group("title").split()
        last = max(i for i, w in enumerate(words) if _JOB_WORD.search(w))
        return " ".join(words[: last + 1])
    return None


def _years(
    units: list[Unit], lexicon: Lexicon, matcher: SkillMatcher
) -> tuple[int, str, tuple[str, ...]] | None:
    """Minimum years asked (first required-looking sentence) and the skills that sentence names."""
    found = [(u, m) for u in units for m in _YEARS.finditer(u.text)]
    found.sort(key=lambda pair: importance(pair[0], lexicon) != "required")
    if not found:
        return None
    unit, match = found[0]
    # read like a skills list: "years of ML", "years of R" name the field without more context
    near = [
        h.entry.name
        for h in matcher.find(unit.text[match.end() :], in_skills_section=True)
        if h.start <= _YEARS_REACH and h.entry.category in _YEARS_CATEGORIES
    ]
    return int(match.group("min")), unit.text, tuple(dict.fromkeys(near))


def _education(units: list[Unit], lexicon: Lexicon) -> tuple[int, str] | None:
    """Lowest degree level named in the first required sentence that asks for a degree.

    A degree only 'preferred' is not a requirement, so it is not checked.
    """
    for unit in units:
        level = degree_level(unit.text, lowest=True)
        if level is not None and importance(unit, lexicon) == "required":
            return level, unit.text
    return None
