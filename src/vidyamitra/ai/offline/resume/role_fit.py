"""Fit to a target role (weighted skill coverage, seniority) and the skill gaps to close."""

from __future__ import annotations

import re
from collections.abc import Iterable

from vidyamitra.ai.offline.resume.coverage import Coverage
from vidyamitra.ai.offline.roles import Role, RoleSkill
from vidyamitra.ai.resume_models import (
    ExperienceSummary,
    Importance,
    JobMatch,
    RoleMatch,
    SeniorityCheck,
    SkillGap,
    SkillMatch,
)

REQUIRED_WEIGHT = 2.0
PREFERRED_WEIGHT = 1.0


def match_role(
    role: Role,
    coverage: Coverage,
    experience: ExperienceSummary,
    signals_text: str,
) -> RoleMatch:
    """Weighted coverage of the role's skills plus a seniority reading."""
    matched: dict[str, list[SkillMatch]] = {"required": [], "preferred": []}
    missing: dict[str, list[str]] = {"required": [], "preferred": []}
    levels: tuple[tuple[Importance, tuple[RoleSkill, ...]], ...] = (
        ("required", role.required),
        ("preferred", role.preferred),
    )
    for importance, items in levels:
        for item in items:
            via = coverage.via(item.skill)
            if via is None:
                missing[importance].append(item.skill)
                continue
            matched[importance].append(
                SkillMatch(
                    skill=item.skill,
                    importance=importance,
                    via=None if via == item.skill else via,
                    evidence=coverage.evidence(item.skill),
                )
            )
    fit = _weighted(
        len(matched["required"]), len(role.required), len(matched["preferred"]), len(role.preferred)
    )
    return RoleMatch(
        role_id=role.id,
        role_title=role.title,
        fit=fit,
        matched_required=matched["required"],
        matched_preferred=matched["preferred"],
        missing_required=missing["required"],
        missing_preferred=missing["preferred"],
        seniority=_seniority(role, experience, signals_text),
        education=role.education,
    )


def _weighted(req_hit: int, req_all: int, pref_hit: int, pref_all: int) -> int:
    total = REQUIRED_WEIGHT * req_all + PREFERRED_WEIGHT * pref_all
    if total == 0:
        return 0
    return round(100 * (REQUIRED_WEIGHT * req_hit + PREFERRED_WEIGHT * pref_hit) / total)


def _seniority(role: Role, experience: ExperienceSummary, text: str) -> SeniorityCheck:
    """Level from dated years; keywords from bullets and titles confirm or question it."""
    years = experience.total_years
    levels = role.seniority
    level = "entry"
    if years >= levels.senior.years[0]:
        level = "senior"
    elif years >= levels.mid.years[0]:
        level = "mid"
    senior_words = _found_words(levels.senior.keywords, text)
    if level == "senior" and not senior_words:
        note = (
            f"{years} dated years fit a senior level, but no bullet shows senior scope "
            f"({', '.join(levels.senior.keywords[:4])}): add it where true."
        )
    elif level != "senior" and senior_words:
        note = (
            f"Bullets show senior signals ({', '.join(senior_words[:4])}) but only {years} years "
            f"are dated: the resume reads as {level}-level."
        )
    else:
        note = f"{years} dated years read as {level}-level for {role.title}."
    found = senior_words or _found_words(getattr(levels, level).keywords, text)
    return SeniorityCheck(level=level, years=years, keywords_found=found, note=note)


def _found_words(words: Iterable[str], text: str) -> list[str]:
    return [w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.I)]


def skill_gaps(
    role: Role | None, role_match: RoleMatch | None, job: JobMatch | None
) -> list[SkillGap]:
    """Missing required skills first (role, then job), then preferred; each once."""
    gaps: list[SkillGap] = []
    seen: set[str] = set()
    why = {s.skill: s.why for s in role.skills()} if role else {}
    sentences = {t.term: t.jd_sentence for t in job.terms} if job else {}
    order: tuple[Importance, ...] = ("required", "preferred")
    for importance in order:
        from_role = getattr(role_match, f"missing_{importance}") if role_match else []
        from_job = getattr(job, f"missing_{importance}") if job else []
        for skill in from_role:
            if skill not in seen:
                seen.add(skill)
                gaps.append(
                    SkillGap(skill=skill, importance=importance, why=why[skill], source="role")
                )
        for skill in from_job:
            if skill not in seen:
                seen.add(skill)
                gaps.append(
                    SkillGap(
                        skill=skill,
                        importance=importance,
                        why=f"The job description asks: “{sentences[skill]}”",
                        source="job_description",
                    )
                )
    return gaps
