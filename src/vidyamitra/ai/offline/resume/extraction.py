"""Extract canonical skills from a parsed resume, with evidence and years of use."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from vidyamitra.ai.offline.resume.dates import Span, label, total_months
from vidyamitra.ai.offline.resume.experience import JobSpan
from vidyamitra.ai.offline.resume.matcher import SkillHit, SkillMatcher
from vidyamitra.ai.offline.skills import SkillEntry, Taxonomy
from vidyamitra.ai.parsed import ParsedResume
from vidyamitra.ai.resume_models import Evidence, ExtractedSkill

MAX_EVIDENCE = 3
SNIPPET_CHARS = 160
SAME_PREFIX = 50  # snippets that open alike come from the same bullet (wrapped vs joined)
_BULLET = re.compile(r"^[\s•·▪●○◦*\-–—>]+")
LIST_SECTIONS = frozenset({"skills", "languages", "certifications"})
BODY_SECTIONS = frozenset({"experience", "projects", "volunteer", "summary", "awards"})
SKIPPED_SECTIONS = frozenset({"header", "references", "interests"})


@dataclass
class _Found:
    entry: SkillEntry
    as_written: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    ongoing: bool = False
    sections: set[str] = field(default_factory=set)
    confident: bool = False  # matched at least once without needing context


@dataclass(frozen=True)
class SkillFindings:
    """Extracted skills plus where each was seen (skills list vs. body of the resume)."""

    skills: list[ExtractedSkill]
    listed: frozenset[str]  # named in a skills/languages/certifications list
    used: frozenset[str]  # named in experience, projects, summary, ...
    confident: frozenset[str] = frozenset()  # matched at least once without needing context
    used_implied: frozenset[str] = frozenset()  # used, or a parent of a used skill (Spring -> Java)

    def names(self) -> frozenset[str]:
        """Every extracted canonical name."""
        return frozenset(s.name for s in self.skills)


class SkillExtractor:
    """Runs the compiled matcher over every part of a parsed resume (stateless, thread-safe)."""

    def __init__(self, taxonomy: Taxonomy, matcher: SkillMatcher) -> None:
        self._taxonomy = taxonomy
        self._matcher = matcher

    def extract(self, parsed: ParsedResume, jobs: list[JobSpan], today: int) -> SkillFindings:
        """All skills with evidence; years from the jobs whose text mentions them."""
        scan = _Pass(self._taxonomy, self._matcher)
        for section in parsed.sections:
            if section.name in SKIPPED_SECTIONS:
                continue
            listed = section.name in LIST_SECTIONS
            for line in section.lines:
                scan.scan(line, section.name, listed=listed)
        scan.scan_document(parsed)
        for job in jobs:
            work = parsed.resume.work[job.index]
            for text in filter(None, (work.position, work.summary, *work.highlights)):
                for hit in scan.hits(text, listed=False):
                    item = scan.record(hit, text, "experience")
                    item.spans.append(job.span)
                    item.ongoing |= job.ongoing
        findings = _findings(scan.found, today)
        implied = {p for name in findings.used for p in self._taxonomy.ancestors(name)}
        return replace(findings, used_implied=findings.used | implied)


class _Pass:
    """One extraction: what was found so far, and matches already computed per line."""

    def __init__(self, taxonomy: Taxonomy, matcher: SkillMatcher) -> None:
        self._taxonomy = taxonomy
        self._matcher = matcher
        self.found: dict[str, _Found] = {}
        self._cache: dict[tuple[str, bool], list[SkillHit]] = {}

    def scan_document(self, parsed: ParsedResume) -> None:
        """Structured fields: skill keywords, certificates, languages, project text."""
        resume = parsed.resume
        for group in resume.skills:
            joined = ", ".join(group.keywords)
            shown = f"{group.name}: {joined}" if group.name and joined else joined or group.name
            for keyword in (*group.keywords, *([group.name] if not group.keywords else [])):
                self.scan(keyword, "skills", listed=True, exact=True, shown=shown)
        for cert in resume.certificates:
            self.scan(cert.name, "certifications", listed=True, exact=True)
        for lang in resume.languages:
            self.scan(lang.language, "languages", listed=True, exact=True)
        for project in resume.projects:
            for text in (project.description, *project.highlights, *project.keywords):
                self.scan(text, "projects", listed=False)

    def scan(
        self,
        text: str | None,
        section: str,
        *,
        listed: bool,
        exact: bool = False,
        shown: str | None = None,
    ) -> None:
        """Record every skill in one piece of text (``shown`` is the evidence for exact hits)."""
        if not text:
            return
        entry = self._taxonomy.get(text) if exact else None
        if entry is not None:
            snippet = shown if shown and len(shown) <= SNIPPET_CHARS else text
            self.record(SkillHit(entry, text.strip(), 0, len(snippet)), snippet, section)
            return
        for hit in self.hits(text, listed=listed):
            self.record(hit, text, section)

    def hits(self, text: str, *, listed: bool) -> list[SkillHit]:
        """Matcher hits for a text, computed once per (text, listed)."""
        key = (text, listed)
        if key not in self._cache:
            self._cache[key] = self._matcher.find(text, in_skills_section=listed)
        return self._cache[key]

    def record(self, hit: SkillHit, text: str, section: str) -> _Found:
        """Add one hit: its written form, section and (distinct) evidence."""
        item = self.found.setdefault(hit.entry.name, _Found(hit.entry))
        if hit.as_written not in item.as_written:
            item.as_written.append(hit.as_written)
        item.sections.add(section)
        item.confident |= not hit.contextual
        snippet = _snippet(text, hit.start, hit.end)
        if len(item.evidence) < MAX_EVIDENCE and not any(
            _same_place(snippet, e.snippet) for e in item.evidence
        ):
            item.evidence.append(Evidence(section=section, snippet=snippet))
        return item


def _findings(found: dict[str, _Found], today: int) -> SkillFindings:
    skills = [_extracted(item, today) for item in found.values()]
    skills.sort(key=lambda s: (-(s.years or 0.0), -len(s.evidence), s.name.casefold()))
    listed = frozenset(n for n, f in found.items() if f.sections & LIST_SECTIONS)
    used = frozenset(n for n, f in found.items() if f.sections & BODY_SECTIONS)
    confident = frozenset(n for n, f in found.items() if f.confident)
    return SkillFindings(skills, listed, used, confident)


def _extracted(item: _Found, today: int) -> ExtractedSkill:
    months = total_months(item.spans) if item.spans else 0
    last = max((s.end for s in item.spans), default=None)
    return ExtractedSkill(
        name=item.entry.name,
        kind=item.entry.kind,
        category=item.entry.category,
        as_written=item.as_written,
        evidence=item.evidence,
        years=round(months / 12, 1) if item.spans else None,
        last_used=None
        if last is None
        else ("present" if item.ongoing and last == today else label(last)),
    )


def _snippet(text: str, start: int, end: int) -> str:
    """The line, or a window of it around the match when it is long."""
    text = " ".join(text.split()) if len(text) <= SNIPPET_CHARS else text
    if len(text) <= SNIPPET_CHARS:
        return _BULLET.sub("", text).strip()
    half = (SNIPPET_CHARS - (end - start)) // 2
    lo, hi = max(0, start - half), min(len(text), end + half)
    window = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + window + ("…" if hi < len(text) else "")


def _same_place(a: str, b: str) -> bool:
    """Two snippets from the same text (one contains the other, ignoring ellipses)."""
    a, b = (_BULLET.sub("", x.strip("…")).casefold() for x in (a, b))
    return a in b or b in a or a[:SAME_PREFIX] == b[:SAME_PREFIX]
