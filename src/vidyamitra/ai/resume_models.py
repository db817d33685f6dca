"""Resume analysis result: what the API returns as ``analysis`` (JSON-serialisable, versioned)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from vidyamitra.ai.jsonresume import JsonResume


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

    start: str
    end: str
    months: int


class ExperienceSummary(_Model):
    """Work history measured from the dated positions."""

    total_years: float = Field(description="merged, overlap-free months / 12, one decimal")
    total_months: int
    positions: int = Field(description="work entries in the resume")
    dated_positions: int = Field(description="work entries with a usable start date")
    overlaps_merged: int = Field(description="how many overlapping spans were merged")
    gaps: list[Period] = Field(description="breaks longer than 6 months between positions")
    first_start: str | None = None
    last_end: str | None = Field(default=None, description="YYYY-MM, or 'present'")


class ScoreComponent(_Model):
    """One named part of the score."""

    name: str = Field(description="fit | market_demand | impact | structure | completeness")
    label: str = Field(description="human-readable name of the component")
    points: int
    max_points: int
    lost: list[str] = Field(description="why points were lost, one reason per item")


class EmployabilityScore(_Model):
    """The 0-100 score and how it was computed."""

    total: int = Field(ge=0, le=100)
    version: str = Field(description="scoring rules version; scores are comparable within one")
    basis: str = Field(
        description="what 'fit' was measured against: role, job description, or market"
    )
    components: list[ScoreComponent]


class SkillMatch(_Model):
    """A role or job skill/term the resume covers."""

    skill: str
    importance: Literal["required", "preferred"]
    via: str | None = Field(
        default=None, description="the resume skill that covers it when not the same (Django)"
    )
    evidence: list[Evidence]


class SeniorityCheck(_Model):
    """The resume's apparent seniority against the role's levels."""

    level: Literal["entry", "mid", "senior"]
    years: float
    keywords_found: list[str]
    note: str


class RoleMatch(_Model):
    """Fit to a target role from the role library."""

    role_id: str
    role_title: str
    fit: int = Field(ge=0, le=100, description="weighted coverage of required and preferred skills")
    matched_required: list[SkillMatch]
    matched_preferred: list[SkillMatch]
    missing_required: list[str]
    missing_preferred: list[str]
    seniority: SeniorityCheck
    education: str = Field(description="typical education for the role")


class RequirementCheck(_Model):
    """A yes/no check of one job-description requirement."""

    requirement: str = Field(description="what the job description asks, as written")
    met: bool | None = Field(description="None when the resume does not say")
    detail: str


class JobTerm(_Model):
    """A skill the job description asks for."""

    term: str = Field(description="canonical skill name")
    importance: Literal["required", "preferred"]
    jd_sentence: str = Field(description="the job-description sentence that asks for it")
    covered: bool
    via: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class JobMatch(_Model):
    """Fit to a pasted job description."""

    fit: int = Field(ge=0, le=100)
    title: RequirementCheck | None
    education: RequirementCheck | None
    years: RequirementCheck | None
    terms: list[JobTerm]
    covered_required: list[str]
    covered_preferred: list[str]
    missing_required: list[str]
    missing_preferred: list[str]
    ignored_sections: list[str] = Field(description="boilerplate headings skipped (benefits, ...)")


class SkillGap(_Model):
    """A skill to add or learn, most important first."""

    skill: str
    importance: Literal["required", "preferred"]
    why: str
    source: Literal["role", "job_description"]


class Suggestion(_Model):
    """One concrete improvement."""

    kind: str = Field(
        description="add_metric | action_verb | split_bullet | expand_bullet | missing_section | "
        "missing_contact | skill_not_listed | skill_without_evidence | dates | add_skill"
    )
    message: str
    target: str | None = Field(default=None, description="the bullet or field it is about")
    section: str | None = None


class ResumeAnalysis(_Model):
    """Everything the analyser concluded about one resume."""

    engine: str = Field(description="what produced this analysis, e.g. 'offline-v1'")
    resume: JsonResume
    skills: list[ExtractedSkill]
    experience: ExperienceSummary
    score: EmployabilityScore
    role_match: RoleMatch | None = None
    jd_match: JobMatch | None = None
    gaps: list[SkillGap]
    suggestions: list[Suggestion]
    warnings: list[str]
