"""API schemas for resumes: one per direction."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from vidyamitra.ai.resume_models import ResumeAnalysis

EXAMPLE_TEXT = (
    "Asha Rao\nasha.rao@example.com | +91 98765 43210\n\nExperience\n"
    "Backend Developer, Acme Labs    Jan 2022 – Present\n"
    "- Built REST APIs in Python and FastAPI serving 2M requests a day\n\n"
    "Education\nB.Tech in Computer Science, IIT Madras, 2021\n\n"
    "Skills\nLanguages: Python, SQL, Go\nTools: Docker, PostgreSQL, Git"
)


class ResumeAnalyzeRequest(BaseModel):
    """Analyse resume text (the original request shape)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"resume_text": EXAMPLE_TEXT, "target_role": "Backend Developer"}]
        }
    )

    resume_text: str = Field(description="The resume as plain text (at most 50,000 characters).")
    target_role: str | None = Field(None, max_length=200, description="Role to match against.")
    job_description: str | None = Field(
        None, max_length=30_000, description="Job description to match against."
    )


class ResumeAnalysisRead(BaseModel):
    """A stored resume with its analysis (`resume_id` + `analysis` as in the original API)."""

    resume_id: str
    analysis: ResumeAnalysis
    filename: str | None = None
    source: str = Field(description="text, upload or webhook.")
    created_at: datetime


class ResumeSummary(BaseModel):
    """One line of the resume list."""

    resume_id: str
    filename: str | None
    source: str
    name: str | None = Field(description="Candidate name as parsed.")
    score: int | None = Field(description="Employability score 0–100.")
    target_role: str | None
    engine: str
    created_at: datetime
