"""The offline resume analyser: skills, experience, role/job match, gaps, score, suggestions."""

from __future__ import annotations

from datetime import date

from vidyamitra.ai.offline.resume.bullets import Bullet, judge_all
from vidyamitra.ai.offline.resume.coverage import Coverage
from vidyamitra.ai.offline.resume.dates import today_index
from vidyamitra.ai.offline.resume.experience import job_spans, summarize
from vidyamitra.ai.offline.resume.extraction import SkillExtractor
from vidyamitra.ai.offline.resume.lexicon import Lexicon, load_lexicon
from vidyamitra.ai.offline.resume.matcher import SkillMatcher
from vidyamitra.ai.offline.resume.role_fit import match_role, skill_gaps
from vidyamitra.ai.offline.resume.scoring import score
from vidyamitra.ai.offline.resume.study import expected_end, study_spans
from vidyamitra.ai.offline.resume.suggestions import (
    bullet_suggestions,
    document_suggestions,
    skill_suggestions,
)
from vidyamitra.ai.offline.roles import Role, RoleLibrary, normalize_title
from vidyamitra.ai.offline.skills import Taxonomy
from vidyamitra.ai.parsed import ParsedResume
from vidyamitra.ai.resume_models import ExperienceSummary, JobMatch, ResumeAnalysis

ENGINE = "offline-v1"
MAX_JOB_DESCRIPTION = 30_000  # characters read from a job description; real ones are < 10 k


class ResumeAnalyzer:
    """Compiles the skill matcher and word lists once; ``analyze`` is pure CPU work."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        roles: RoleLibrary,
        *,
        today: date | None = None,
        lexicon: Lexicon | None = None,
        engine_name: str = ENGINE,
    ) -> None:
        self._taxonomy = taxonomy
        self._roles = roles
        self._today = today
        self._lexicon = lexicon or load_lexicon()
        self._matcher = SkillMatcher(taxonomy)
        self._extractor = SkillExtractor(taxonomy, self._matcher)
        self._hot = frozenset(e.name for e in taxonomy.entries if e.hot or e.in_demand)
        self._tools = frozenset(
            e.name
            for e in taxonomy.entries
            if e.kind == "programming_language" or {"onet", "linguist"} & set(e.sources)
        )
        self._engine = engine_name

    def analyze(
        self,
        parsed: ParsedResume,
        *,
        target_role: str | None = None,
        job_description: str | None = None,
    ) -> ResumeAnalysis:
        """Analyse one parsed resume; raises UnknownRole when the target role is unknown."""
        role = self._roles.resolve(target_role) if target_role and target_role.strip() else None
        now = today_index(self._today or date.today())
        resume = parsed.resume
        spans, warnings = job_spans(resume.work, now, expected_end(parsed, now))
        experience, study_notes = summarize(
            resume.work, spans, now, study_spans(resume.education, now)
        )
        findings = self._extractor.extract(parsed, spans, now)
        coverage = Coverage(findings.skills, self._taxonomy)
        bullets = judge_all(resume, self._lexicon)
        role_match = (
            match_role(role, coverage, experience, _signals(parsed, bullets)) if role else None
        )
        job_match = self._job(job_description, coverage, parsed, experience)
        gaps = skill_gaps(role, role_match, job_match)
        return ResumeAnalysis(
            engine=self._engine,
            resume=resume,
            skills=findings.skills,
            experience=experience,
            score=score(
                parsed, findings.skills, bullets, experience, role_match, job_match, self._hot
            ),
            role_match=role_match,
            jd_match=job_match,
            gaps=gaps,
            suggestions=[
                *bullet_suggestions(bullets),
                *document_suggestions(parsed, experience, bullets),
                *skill_suggestions(findings, gaps, self._tools),
            ],
            warnings=[
                *parsed.warnings,
                *warnings,
                *study_notes,
                *_role_warning(target_role, role),
                *_job_warning(job_description, job_match),
                *([] if findings.skills else ["No skills from the taxonomy were recognised."]),
            ],
        )

    def _job(
        self,
        text: str | None,
        coverage: Coverage,
        parsed: ParsedResume,
        experience: ExperienceSummary,
    ) -> JobMatch | None:
        if not text or not text.strip():
            return None
        # imported here: only a run with a job description needs the job-description reader
        from vidyamitra.ai.offline.resume.job_fit import match_job
        from vidyamitra.ai.offline.resume.jobdesc import read_job_description

        asked = read_job_description(text[:MAX_JOB_DESCRIPTION], self._lexicon, self._matcher)
        return match_job(asked, coverage, parsed.resume, experience)


def _signals(parsed: ParsedResume, bullets: list[Bullet]) -> str:
    """Text searched for seniority keywords: titles, summary and bullets."""
    resume = parsed.resume
    parts = [resume.basics.label, resume.basics.summary, *(w.position for w in resume.work)]
    return "\n".join([*(p for p in parts if p), *(b.text for b in bullets)])


def _role_warning(target: str | None, role: Role | None) -> list[str]:
    if role is None or target is None:
        return []
    names = {normalize_title(n) for n in (role.id, role.title, *role.aliases)}
    if normalize_title(target) in names or target.strip().casefold() == role.id:
        return []
    return [f"Target role “{target.strip()}” was read as “{role.title}” ({role.id})."]


def _job_warning(text: str | None, job: JobMatch | None) -> list[str]:
    out = []
    if text and len(text) > MAX_JOB_DESCRIPTION:
        out.append(
            f"Only the first {MAX_JOB_DESCRIPTION} characters of the job description were read."
        )
    if text and text.strip() and job is not None and not job.terms:
        out.append("No skills from the taxonomy were recognised in the job description.")
    return out
