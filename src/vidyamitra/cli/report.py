"""Readable terminal rendering of one resume analysis."""

from __future__ import annotations

from vidyamitra.ai.resume_models import ResumeAnalysis


def _contact(analysis: ResumeAnalysis) -> str:
    basics = analysis.resume.basics
    parts = [basics.email, basics.phone, basics.url]
    parts += [profile.url for profile in basics.profiles if profile.url]
    return " | ".join(part for part in parts if part) or "(no contact details found)"


def render_analysis(analysis: ResumeAnalysis) -> str:
    """Name, contact, experience, score with its components, match, gaps and suggestions."""
    basics = analysis.resume.basics
    lines = [
        f"{basics.name or '(name not found)'}" + (f" — {basics.label}" if basics.label else ""),
        _contact(analysis),
        "",
        f"Experience: {analysis.experience.total_years:.1f} years in "
        f"{analysis.experience.positions} positions",
    ]
    lines += [f"  gap: {g.start} → {g.end} ({g.months} months)" for g in analysis.experience.gaps]
    top = ", ".join(
        s.name + (f" ({s.years:.1f}y)" if s.years else "") for s in analysis.skills[:12]
    )
    lines += [f"Skills: {top or '(none found)'}", ""]
    score = analysis.score
    lines.append(f"Employability score: {score.total}/100  (rules {score.version}; {score.basis})")
    for component in score.components:
        lines.append(f"  {component.label}: {component.points}/{component.max_points}")
        lines += [f"    - {reason}" for reason in component.lost[:4]]
    if analysis.role_match:
        match = analysis.role_match
        lines += ["", f"Fit to {match.role_title}: {match.fit}/100"]
    if analysis.jd_match:
        lines += ["", f"Fit to the job description: {analysis.jd_match.fit}/100"]
    if analysis.gaps:
        lines += ["", "Skill gaps:"]
        lines += [f"  [{gap.importance}] {gap.skill}: {gap.why}" for gap in analysis.gaps[:10]]
    if analysis.suggestions:
        lines += ["", "Suggestions:"]
        lines += [f"  - {suggestion.message}" for suggestion in analysis.suggestions[:12]]
    lines += ["", f"(engine: {analysis.engine})"]
    return "\n".join(lines)
