"""The employability score: named, versioned sub-scores, each listing the points it lost."""

from __future__ import annotations

import re

from vidyamitra.ai.jsonresume import JsonResume
from vidyamitra.ai.offline.resume.bullets import MAX_WORDS, MIN_WORDS, Bullet
from vidyamitra.ai.parsed import ParsedResume
from vidyamitra.ai.resume_models import (
    EmployabilityScore,
    ExperienceSummary,
    ExtractedSkill,
    JobMatch,
    RoleMatch,
    ScoreComponent,
)

SCORE_VERSION = "2026.12-1"
_MONTH_WORD = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter)"
)
FIT_POINTS, IMPACT_POINTS, STRUCTURE_POINTS, COMPLETENESS_POINTS = 35, 25, 20, 20
QUANTIFIED_TARGET = 0.6  # share of quantified bullets that earns full impact points
HOT_TARGET = 6  # O*NET hot/in-demand technologies that earn full market-demand points
TECH_KINDS = frozenset({"hard", "programming_language"})


def score(
    parsed: ParsedResume,
    skills: list[ExtractedSkill],
    bullets: list[Bullet],
    experience: ExperienceSummary,
    role_match: RoleMatch | None,
    job_match: JobMatch | None,
    hot: frozenset[str],
) -> EmployabilityScore:
    """Add up fit (or market demand), impact, structure and completeness."""
    fit, basis = _fit(role_match, job_match, skills, hot)
    components = [
        fit,
        _impact(bullets),
        _structure(bullets, parsed.resume, experience),
        _completeness(parsed),
    ]
    return EmployabilityScore(
        total=max(0, min(100, sum(c.points for c in components))),
        version=SCORE_VERSION,
        basis=basis,
        components=components,
    )


def _fit(
    role_match: RoleMatch | None,
    job_match: JobMatch | None,
    skills: list[ExtractedSkill],
    hot: frozenset[str],
) -> tuple[ScoreComponent, str]:
    if role_match is not None or job_match is not None:
        fits = [m.fit for m in (role_match, job_match) if m is not None]
        lost = []
        if role_match is not None:
            lost += [
                f"missing required skill for {role_match.role_title}: {s}"
                for s in role_match.missing_required
            ]
        if job_match is not None:
            lost += [f"missing skill the job requires: {s}" for s in job_match.missing_required]
        basis = " and ".join(
            b for b, m in (("target role", role_match), ("job description", job_match)) if m
        )
        points = round(FIT_POINTS * sum(fits) / len(fits) / 100)
        label = "Fit to " + basis
        return ScoreComponent(
            name="fit", label=label, points=points, max_points=FIT_POINTS, lost=lost
        ), basis
    tech = [s for s in skills if s.kind in TECH_KINDS]
    demanded = [s.name for s in tech if s.name in hot]
    share = len(demanded) / len(tech) if tech else 0.0
    breadth = min(1.0, len(demanded) / HOT_TARGET)
    points = round(FIT_POINTS * (0.5 * share + 0.5 * breadth))
    lost = ["No target role or job description given: fit measured against market demand."]
    if len(demanded) < HOT_TARGET:
        lost.append(
            f"{len(demanded)} O*NET Hot/In-Demand technologies listed "
            f"(full points at {HOT_TARGET})."
        )
    if tech and share < 1:
        lost.append(
            f"{len(demanded)} of {len(tech)} technical skills are O*NET Hot/In-Demand technologies."
        )
    if not tech:
        lost.append("No technical skills recognised.")
    component = ScoreComponent(
        name="market_demand",
        label="Market demand (O*NET Hot Technologies)",
        points=points,
        max_points=FIT_POINTS,
        lost=lost,
    )
    return component, "market demand"


def _impact(bullets: list[Bullet]) -> ScoreComponent:
    """Bullets with numbers count fully; outcome words without a number count half."""
    if not bullets:
        return ScoreComponent(
            name="impact", label="Impact (measurable results)", points=0,
            max_points=IMPACT_POINTS, lost=["No bullet points under experience or projects."],
        )  # fmt: skip
    credit = sum(1.0 if b.has_metric else 0.5 if b.has_outcome else 0.0 for b in bullets)
    share = credit / len(bullets)
    points = round(IMPACT_POINTS * min(1.0, share / QUANTIFIED_TARGET))
    plain = sum(1 for b in bullets if not b.has_metric)
    lost = (
        []
        if points == IMPACT_POINTS
        else [f"{plain} of {len(bullets)} bullets have no number (%, users, time, money)."]
    )
    return ScoreComponent(
        name="impact", label="Impact (measurable results)", points=points,
        max_points=IMPACT_POINTS, lost=lost,
    )  # fmt: skip


def _structure(
    bullets: list[Bullet], resume: JsonResume, experience: ExperienceSummary
) -> ScoreComponent:
    """10 points action verbs, 6 points bullet length, 4 points complete, consistent dates."""
    lost: list[str] = []
    if bullets:
        verbs = sum(b.action_verb for b in bullets) / len(bullets)
        sized = sum(MIN_WORDS <= b.words <= MAX_WORDS for b in bullets) / len(bullets)
        verb_points = round(10 * min(1.0, verbs / 0.8))
        size_points = round(6 * sized)
        if verb_points < 10:
            lost.append(
                f"{sum(not b.action_verb for b in bullets)} bullets "
                "do not start with an action verb."
            )
        if size_points < 6:
            off = sum(not MIN_WORDS <= b.words <= MAX_WORDS for b in bullets)
            lost.append(f"{off} bullets are outside {MIN_WORDS}-{MAX_WORDS} words.")
    else:
        verb_points = size_points = 0
        lost.append("No bullets to judge for action verbs and length.")
    date_points = _date_points(resume, experience, lost)
    return ScoreComponent(
        name="structure", label="Structure (verbs, length, dates)",
        points=verb_points + size_points + date_points, max_points=STRUCTURE_POINTS, lost=lost,
    )  # fmt: skip


def _date_points(resume: JsonResume, experience: ExperienceSummary, lost: list[str]) -> int:
    """2 points when every position has start and end, 2 when all dates share one style."""
    if not experience.positions:
        lost.append("No work or internship entries.")
        return 0
    points = 0
    undated = experience.positions - experience.dated_positions
    no_end = sum(1 for w in resume.work if w.startDate and not (w.endDate or w.endDateRaw))
    if undated or no_end:
        lost.append(f"{undated + no_end} positions have a missing start or end date.")
    else:
        points += 2
    raws = [r for w in resume.work for r in (w.startDateRaw, w.endDateRaw) if r]
    styles = {style for style in map(_date_style, raws) if style}
    if len(styles) > 1:
        lost.append(f"Dates are written in {len(styles)} styles ({', '.join(sorted(styles))}).")
    elif raws:
        points += 2
    return points


def _date_style(raw: str) -> str | None:
    """'month name', 'numeric' or 'year only'; None for 'Present' and the like."""
    text = raw.strip().casefold()
    if _MONTH_WORD.search(text):
        return "month name"
    if re.search(r"\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}\s*[/.-]\s*\d{1,2}", text):
        return "numeric"
    if re.fullmatch(r"'?\d{2,4}", text):
        return "year only"
    return None


def _completeness(parsed: ParsedResume) -> ScoreComponent:
    """Contact details, summary, dated work, education and a skills section."""
    resume = parsed.resume
    basics = resume.basics
    has_section = {s.name for s in parsed.sections}
    checks = (
        (2, bool(basics.name), "no name found"),
        (3, bool(basics.email), "no email address"),
        (2, bool(basics.phone), "no phone number"),
        (2, bool(basics.profiles or basics.url), "no LinkedIn, GitHub or portfolio link"),
        (2, bool(basics.summary) or "summary" in has_section, "no summary or objective"),
        (
            3,
            any(w.startDate for w in resume.work) or bool(resume.projects),
            "no dated experience or projects",
        ),
        (3, bool(resume.education), "no education section"),
        (3, bool(resume.skills) or "skills" in has_section, "no skills section"),
    )
    return ScoreComponent(
        name="completeness", label="Completeness (contact and sections)",
        points=sum(p for p, ok, _ in checks if ok), max_points=COMPLETENESS_POINTS,
        lost=[f"{why} (-{p})" for p, ok, why in checks if not ok],
    )  # fmt: skip
