"""Fit to a job description: skill coverage (alternatives count once) and three checks."""

from __future__ import annotations

import re

from vidyamitra.ai.jsonresume import JsonResume
from vidyamitra.ai.offline.resume.coverage import Coverage
from vidyamitra.ai.offline.resume.education import LEVEL_NAMES, resume_level
from vidyamitra.ai.offline.resume.jobdesc import JobRequirements
from vidyamitra.ai.offline.resume.role_fit import PREFERRED_WEIGHT, REQUIRED_WEIGHT
from vidyamitra.ai.offline.roles import normalize_title
from vidyamitra.ai.resume_models import (
    ExperienceSummary,
    JobMatch,
    JobTerm,
    RequirementCheck,
)

TITLE_SIMILARITY = 80.0
_TITLE_SYNONYMS = re.compile(r"\b(?:developer|programmer|engineer)\b")


def match_job(
    asked: JobRequirements,
    coverage: Coverage,
    resume: JsonResume,
    experience: ExperienceSummary,
) -> JobMatch:
    """Coverage of the job's skills (alternatives count once) plus title/years/education checks."""
    terms = [
        JobTerm(
            term=a.entry.name,
            importance=a.importance,
            jd_sentence=a.sentence,
            covered=coverage.via(a.entry.name) is not None,
            via=_via_if_other(coverage, a.entry.name),
            evidence=coverage.evidence(a.entry.name),
        )
        for a in asked.skills
    ]
    groups = {a.entry.name: a.group for a in asked.skills}
    covered_groups = {groups[t.term] for t in terms if t.covered}
    missing = [t for t in terms if not t.covered and groups[t.term] not in covered_groups]
    checks = [
        _title_check(asked.title, resume),
        _years_check(asked.years, experience, coverage),
        _education_check(asked.education, resume, experience),
    ]
    return JobMatch(
        fit=_job_fit(terms, groups, covered_groups, checks),
        title=checks[0],
        years=checks[1],
        education=checks[2],
        terms=terms,
        covered_required=[t.term for t in terms if t.covered and t.importance == "required"],
        covered_preferred=[t.term for t in terms if t.covered and t.importance == "preferred"],
        missing_required=[t.term for t in missing if t.importance == "required"],
        missing_preferred=[t.term for t in missing if t.importance == "preferred"],
        ignored_sections=asked.ignored_sections,
    )


def _via_if_other(coverage: Coverage, skill: str) -> str | None:
    via = coverage.via(skill)
    return via if via and via != skill else None


def _job_fit(
    terms: list[JobTerm],
    groups: dict[str, int],
    covered_groups: set[int],
    checks: list[RequirementCheck | None],
) -> int:
    """85% skill coverage (by alternative group, required weighted double), 15% checks."""
    weight: dict[int, float] = {}
    for term in terms:
        w = REQUIRED_WEIGHT if term.importance == "required" else PREFERRED_WEIGHT
        weight[groups[term.term]] = max(weight.get(groups[term.term], 0.0), w)
    total = sum(weight.values())
    skill_part = sum(w for g, w in weight.items() if g in covered_groups) / total if total else 0.0
    known = [c.met for c in checks if c is not None and c.met is not None]
    if not known:
        return round(100 * skill_part)
    check_part = sum(1 for met in known if met) / len(known)
    if not total:
        return round(100 * check_part)
    return round(85 * skill_part + 15 * check_part)


def _title_check(title: str | None, resume: JsonResume) -> RequirementCheck | None:
    if not title:
        return None
    from rapidfuzz import fuzz

    mine = [t for t in (resume.basics.label, *(w.position for w in resume.work)) if t]
    target = _title_key(title)
    scored = sorted(((fuzz.token_set_ratio(target, _title_key(t)), t) for t in mine), reverse=True)
    if scored and scored[0][0] >= TITLE_SIMILARITY:
        return RequirementCheck(
            requirement=title, met=True, detail=f"Your title “{scored[0][1]}” matches."
        )
    detail = (
        "No title on the resume to compare."
        if not mine
        else (
            f"None of your titles ({', '.join(mine[:3])}) matches “{title}”: "
            "if the work was similar, say so in your summary."
        )
    )
    return RequirementCheck(requirement=title, met=False if mine else None, detail=detail)


def _title_key(title: str) -> str:
    """Normalised title with developer/programmer read as engineer."""
    return _TITLE_SYNONYMS.sub("engineer", normalize_title(title))


def _years_check(
    years: tuple[int, str, tuple[str, ...]] | None,
    experience: ExperienceSummary,
    coverage: Coverage,
) -> RequirementCheck | None:
    """Years of the work mentioning the skill the sentence names ('4+ years of ML'), else in total.

    With alternatives ('Python or Java') the best of them counts.
    """
    if years is None:
        return None
    need, sentence, skills = years
    if experience.dated_positions == 0:
        return RequirementCheck(
            requirement=sentence, met=None, detail="No dated positions: years cannot be checked."
        )
    total = experience.total_years
    if not skills:
        met = total >= need
        detail = f"Asks for {need}+ years and names no skill; your dated work covers {total} years."
        return RequirementCheck(requirement=sentence, met=met, detail=detail)
    field = " or ".join(skills)
    have = max(coverage.years(skill) for skill in skills)
    detail = (
        f"Asks for {need}+ years of {field}; the work that mentions {field} covers {have} years "
        f"(all your dated work: {total} years)."
    )
    return RequirementCheck(requirement=sentence, met=have >= need, detail=detail)
    return RequirementCheck(requirement=sentence, met=met, detail=detail)


def _education_check(
    education: tuple[int, str] | None, resume: JsonResume, experience: ExperienceSummary
) -> RequirementCheck | None:
    if education is None:
        return None
    need, sentence = education
    have = resume_level(resume)
    if have is None:
        return RequirementCheck(
            requirement=sentence, met=None, detail="No recognisable degree in your education."
        )
    met = have >= need
    detail = f"Asks for a {LEVEL_NAMES[need]}; you list a {LEVEL_NAMES[have]}."
    if not met and "equivalent" in sentence.casefold() and experience.total_years >= 4:
        met, detail = True, detail + " It accepts equivalent experience, which you have."
    return RequirementCheck(requirement=sentence, met=met, detail=detail)
