"""Concrete suggestions: per bullet where possible, then sections, contact and skills."""

from __future__ import annotations

from vidyamitra.ai.offline.resume.bullets import MAX_WORDS, MIN_WORDS, Bullet
from vidyamitra.ai.offline.resume.extraction import SkillFindings
from vidyamitra.ai.parsed import ParsedResume
from vidyamitra.ai.resume_models import ExperienceSummary, SkillGap, Suggestion

PER_KIND = 8


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bullet_suggestions(bullets: list[Bullet]) -> list[Suggestion]:
    """Metric, verb and length advice for individual bullets."""
    out: list[Suggestion] = []
    counts: dict[str, int] = {}

    def add(kind: str, message: str, bullet: Bullet) -> None:
        if counts.get(kind, 0) < PER_KIND:
            counts[kind] = counts.get(kind, 0) + 1
            out.append(
                Suggestion(kind=kind, message=message, target=bullet.text, section=bullet.section)
            )

    for b in bullets:
        if b.weak_opener:
            add(
                "action_verb",
                f"Replace “{b.weak_opener}” with an action verb (built, led, cut…): "
                f"“{_short(b.text)}”",
                b,
            )
        elif not b.action_verb:
            add("action_verb", f"Start with an action verb: “{_short(b.text)}”", b)
        if not b.has_metric:
            add(
                "add_metric",
                f"Add a number (users, %, time or money saved) to: “{_short(b.text)}”",
                b,
            )
        if b.words > MAX_WORDS:
            add(
                "split_bullet",
                f"This bullet is {b.words} words: split it or cut it under {MAX_WORDS}.",
                b,
            )
        elif b.words < MIN_WORDS:
            add(
                "expand_bullet",
                f"This bullet is only {b.words} words: say what you did and what it changed.",
                b,
            )
    return out


def document_suggestions(
    parsed: ParsedResume, experience: ExperienceSummary, bullets: list[Bullet]
) -> list[Suggestion]:
    """Missing contact details, sections and dates."""
    resume, basics = parsed.resume, parsed.resume.basics
    sections = {s.name for s in parsed.sections}
    out: list[Suggestion] = []
    contact = (
        (basics.email, "Add an email address to your header."),
        (basics.phone, "Add a phone number to your header."),
        (basics.profiles or basics.url, "Add a LinkedIn or GitHub/portfolio link."),
    )
    out += [
        Suggestion(kind="missing_contact", message=m, section="header")
        for ok, m in contact
        if not ok
    ]
    missing = (
        (
            basics.summary or "summary" in sections,
            "summary",
            "Add a 2-3 line summary naming your target role and strongest skills.",
        ),
        (
            resume.skills or "skills" in sections,
            "skills",
            "Add a skills section listing your tools and technologies.",
        ),
        (resume.education, "education", "Add your education (degree, institution, year)."),
        (
            resume.work or resume.projects,
            "experience",
            "Add work, internship or project entries with bullets.",
        ),
    )
    out += [
        Suggestion(kind="missing_section", message=m, section=s) for ok, s, m in missing if not ok
    ]
    if (resume.work or resume.projects) and not bullets:
        out.append(
            Suggestion(
                kind="missing_section",
                message="Describe each position with 2-5 bullets of what you did and achieved.",
                section="experience",
            )
        )
    undated = experience.positions - experience.dated_positions
    if undated:
        out.append(
            Suggestion(
                kind="dates",
                message=f"Add start and end months to {undated} position(s) "
                "so experience can be counted.",
                section="experience",
            )
        )
    for gap in experience.gaps:
        out.append(
            Suggestion(
                kind="dates",
                message=f"Explain the {gap.months}-month gap from {gap.start} to {gap.end} "
                "(study, project, freelance…).",
                section="experience",
            )
        )
    return out


def skill_suggestions(
    findings: SkillFindings, gaps: list[SkillGap], tools: frozenset[str]
) -> list[Suggestion]:
    """Tools used but not listed, listed but never shown, and required gaps.

    ``tools`` names concrete technologies (languages, products); concepts such as
    'Algorithms' are left out of the listed/used comparison. Only skills matched at least once
    without needing context are suggested for the skills section.
    """
    used_only = sorted((findings.used - findings.listed) & tools & findings.confident)
    listed_only = sorted((findings.listed - findings.used_implied) & tools)
    out: list[Suggestion] = []
    if used_only and findings.listed:
        out.append(
            Suggestion(
                kind="skill_not_listed",
                message="Add to your skills section (you use them in bullets): "
                + ", ".join(used_only[:12]),
                section="skills",
            )
        )
    if listed_only and findings.used:
        out += [
            Suggestion(
                kind="skill_without_evidence",
                message=f"Show where you used {name}: mention it in a bullet with what you built.",
                target=name,
                section="experience",
            )
            for name in listed_only[:PER_KIND]
        ]
    out += [
        Suggestion(
            kind="add_skill",
            message=f"{gap.skill} is required: add it if you have it, "
            f"otherwise learn it first. {gap.why}",
            target=gap.skill,
            section="skills",
        )
        for gap in gaps
        if gap.importance == "required"
    ][:PER_KIND]
    return out
