"""Resume analysis result: what the API returns as ``analysis`` (JSON-serialisable, versioned)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from vidyamitra.ai.jsonresume import JsonResume

Importance = Literal["required", "preferred"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """Where in the resume (or job description) something was found."""

    section: str = Field(description="canonical section name, e.g. 'skills', 'experience'")
    snippet: str = Field(description="the line or phrase it was read from, trimmed")


class ExtractedSkill(_Model):
    """One canonical skill found in the resume."""

    name: str = Field(description="canonical taxonomy name")
    kind: str = Field(description="hard | soft | certification | programming_language | ...")
    category: str = Field(description="taxonomy category, e.g. 'web_framework'")
    as_written: list[str] = Field(description="the forms the resume used, e.g. ['ReactJS']")
    evidence: list[Evidence] = Field(description="up to a few distinct places it appears")
    years: float | None = Field(
        default=None, description="years used, from the dates of the jobs that mention it"
    )
    last_used: str | None = Field(
        default=None, description="end of the latest job that mentions it (YYYY-MM or 'present')"
    )


class Period(_Model):
    """A span of months, inclusive, as YYYY-MM."""

    start: str = Field(description="first month, YYYY-MM")
    end: str = Field(description="last month, YYYY-MM")
    months: int = Field(description="length in months, counting both ends")


class ExperienceSummary(_Model):
    """Work history measured from the dated positions."""

    total_years: float = Field(
        description="professional experience: merged, overlap-free months / 12, one decimal; "
        "months of student jobs inside full-time study are left out (see warnings)"
    )
    total_months: int = Field(
        description="months covered by at least one dated position, outside full-time study"
    )
    positions: int = Field(description="work entries in the resume")
    dated_positions: int = Field(description="work entries with a usable start date")
    overlaps_merged: int = Field(description="how many overlapping spans were merged")
    gaps: list[Period] = Field(
        description="breaks longer than 6 months between positions, not counting full-time study"
    )
    first_start: str | None = Field(default=None, description="earliest start, YYYY-MM")
    last_end: str | None = Field(default=None, description="YYYY-MM, or 'present'")


class ScoreComponent(_Model):
    """One named part of the score."""

    name: str = Field(description="fit | market_demand | impact | structure | completeness")
    label: str = Field(description="human-readable name of the component")
    points: int = Field(description="points earned")
    max_points: int = Field(description="points available")
    lost: list[str] = Field(description="why points were lost, one reason per item")


class EmployabilityScore(_Model):
    """The 0-100 score and how it was computed."""

    total: int = Field(ge=0, le=100, description="sum of the component points, 0-100")
    version: str = Field(description="scoring rules version; scores are comparable within one")
    basis: str = Field(
        description="what 'fit' was measured against: role, job description, or market"
    )
    components: list[ScoreComponent] = Field(description="the named parts of the score")


class SkillMatch(_Model):
    """A role or job skill/term the resume covers."""

    skill: str = Field(description="canonical skill the role or job asks for")
    importance: Importance
    via: str | None = Field(
        default=None, description="the resume skill that covers it when not the same (Django)"
    )
    evidence: list[Evidence] = Field(description="where the resume shows it")


class SeniorityCheck(_Model):
    """The resume's apparent seniority against the role's levels."""

    level: Literal["entry", "mid", "senior"] = Field(description="level the dated years read as")
    years: float = Field(description="dated years of experience")
    keywords_found: list[str] = Field(description="seniority words found (led, mentored, ...)")
    note: str = Field(description="one sentence on how years and wording agree")


class RoleMatch(_Model):
    """Fit to a target role from the role library."""

    role_id: str = Field(description="id in the role library, e.g. 'backend-developer'")
    role_title: str
    fit: int = Field(ge=0, le=100, description="weighted coverage of required and preferred skills")
    matched_required: list[SkillMatch] = Field(description="required skills the resume covers")
    matched_preferred: list[SkillMatch] = Field(description="preferred skills the resume covers")
    missing_required: list[str] = Field(description="required skills not found")
    missing_preferred: list[str] = Field(description="preferred skills not found")
    seniority: SeniorityCheck
    education: str = Field(description="typical education for the role")


class RequirementCheck(_Model):
    """A yes/no check of one job-description requirement."""

    requirement: str = Field(description="what the job description asks, as written")
    met: bool | None = Field(description="None when the resume does not say")
    detail: str = Field(description="what was compared and the outcome")


class JobTerm(_Model):
    """A skill the job description asks for."""

    term: str = Field(description="canonical skill name")
    importance: Importance
    jd_sentence: str = Field(description="the job-description sentence that asks for it")
    covered: bool = Field(description="the resume shows it (or a more specific skill)")
    via: str | None = Field(default=None, description="the covering resume skill if different")
    evidence: list[Evidence] = Field(default_factory=list, description="where the resume shows it")


class JobMatch(_Model):
    """Fit to a pasted job description."""

    fit: int = Field(ge=0, le=100, description="85% skill coverage, 15% the three checks")
    title: RequirementCheck | None = Field(description="job title against your titles")
    education: RequirementCheck | None = Field(description="required degree against yours")
    years: RequirementCheck | None = Field(description="years asked against your dated years")
    terms: list[JobTerm] = Field(description="every skill the job description asks for")
    covered_required: list[str]
    covered_preferred: list[str]
    missing_required: list[str] = Field(description="required, with no alternative covered")
    missing_preferred: list[str]
    ignored_sections: list[str] = Field(description="boilerplate headings skipped (benefits, ...)")


class SkillGap(_Model):
    """A skill to add or learn, most important first."""

    skill: str = Field(description="canonical skill name")
    importance: Importance
    why: str = Field(description="why it matters: the role's reason or the JD's sentence")
    source: Literal["role", "job_description"]


class Suggestion(_Model):
    """One concrete improvement."""

    kind: str = Field(
        description="add_metric | action_verb | split_bullet | expand_bullet | missing_section | "
        "missing_contact | skill_not_listed | skill_without_evidence | dates | add_skill"
    )
    message: str = Field(description="the advice, ready to show")
    target: str | None = Field(default=None, description="the bullet or field it is about")
    section: str | None = Field(default=None, description="resume section it applies to")


class ResumeAnalysis(_Model):
    """Everything the analyser concluded about one resume."""

    engine: str = Field(description="what produced this analysis, e.g. 'offline-v1'")
    resume: JsonResume = Field(description="the parsed resume (JSON Resume 1.0)")
    skills: list[ExtractedSkill] = Field(description="skills found, most-used first")
    experience: ExperienceSummary
    score: EmployabilityScore
    role_match: RoleMatch | None = Field(default=None, description="set when a role was given")
    jd_match: JobMatch | None = Field(default=None, description="set when a JD was given")
    gaps: list[SkillGap] = Field(description="missing skills, required first")
    suggestions: list[Suggestion] = Field(description="concrete improvements, per bullet first")
    warnings: list[str] = Field(description="what limited the analysis (undated jobs, ...)")
