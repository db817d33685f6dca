"""Match extracted skills to a target role or a job description; list the gaps."""

from __future__ import annotations

import re
from collections.abc import Iterable

from vidyamitra.ai.jsonresume import JsonResume
from vidyamitra.ai.offline.resume.education import LEVEL_NAMES, resume_level
from vidyamitra.ai.offline.resume.jobdesc import JobRequirements
from vidyamitra.ai.offline.roles import Role, normalize_title
from vidyamitra.ai.offline.skills import Taxonomy
from vidyamitra.ai.resume_models import (
    Evidence,
    ExperienceSummary,
    ExtractedSkill,
    JobMatch,
    JobTerm,
    RequirementCheck,
    RoleMatch,
    SeniorityCheck,
    SkillGap,
    SkillMatch,
)

REQUIRED_WEIGHT = 2.0
PREFERRED_WEIGHT = 1.0
TITLE_SIMILARITY = 80.0
_TITLE_SYNONYMS = re.compile(r"\b(?:developer|programmer|engineer)\b")


class Coverage:
    """Which canonical skills the resume covers, directly or through a more specific one."""

    def __init__(self, skills: list[ExtractedSkill], taxonomy: Taxonomy) -> None:
        self._evidence = {s.name: s.evidence for s in skills}
        self._years = {s.name: s.years or 0.0 for s in skills}
        self._via: dict[str, str] = {s.name: s.name for s in skills}
        for skill in skills:
            for parent in taxonomy.ancestors(skill.name):
                self._via.setdefault(parent, skill.name)

    def via(self, skill: str) -> str | None:
        """The resume skill that covers ``skill`` (itself when named directly), or None."""
        return self._via.get(skill)

    def years(self, skill: str) -> float:
        """Years of the resume skill that covers ``skill`` (0 when uncovered or undated)."""
        via = self._via.get(skill)
        return self._years.get(via, 0.0) if via else 0.0

    def evidence(self, skill: str) -> list[Evidence]:
        """Evidence of the resume skill that covers ``skill``."""
        via = self._via.get(skill)
        return list(self._evidence.get(via, [])) if via else []


def match_role(
    role: Role,
    coverage: Coverage,
    experience: ExperienceSummary,
    signals_text: str,
) -> RoleMatch:
    """Weighted coverage of the role's skills plus a seniority reading."""
    matched: dict[str, list[SkillMatch]] = {"required": [], "preferred": []}
    missing: dict[str, list[str]] = {"required": [], "preferred": []}
    for importance, items in (("required", role.required), ("preferred", role.preferred)):
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
    """Dated years in total, or of the one skill the sentence names ('4+ years of Python')."""
    if years is None:
        return None
    need, sentence, skills = years
    if experience.dated_positions == 0:
        return RequirementCheck(
            requirement=sentence, met=None, detail="No dated positions: years cannot be checked."
        )
    have, what = experience.total_years, "your dated work covers"
    if len(skills) == 1:
        have, what = coverage.years(skills[0]), f"your work mentioning {skills[0]} covers"
    met = have >= need
    detail = f"Asks for {need}+ years; {what} {have} years."
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


def skill_gaps(
    role: Role | None, role_match: RoleMatch | None, job: JobMatch | None
) -> list[SkillGap]:
    """Missing required skills first (role, then job), then preferred; each once."""
    gaps: list[SkillGap] = []
    seen: set[str] = set()
    why = {s.skill: s.why for s in role.skills()} if role else {}
    sentences = {t.term: t.jd_sentence for t in job.terms} if job else {}
    for importance in ("required", "preferred"):
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
