"""Resume rows to a JSON Resume document: sections, entries, fields."""

from __future__ import annotations

import re
from collections import Counter

from vidyamitra.ai.jsonresume import Education, JsonResume, Work
from vidyamitra.ai.offline.parsing.basics import build_basics
from vidyamitra.ai.offline.parsing.education import (
    as_detail,
    build_education,
    is_institution,
    school_anchor,
)
from vidyamitra.ai.offline.parsing.entries import Entry, has_dates, split_entries
from vidyamitra.ai.offline.parsing.extras import build_awards, build_certificates, build_project
from vidyamitra.ai.offline.parsing.rows import Row
from vidyamitra.ai.offline.parsing.sections import RawSection, document_style, split_sections
from vidyamitra.ai.offline.parsing.skills import parse_languages, parse_skills
from vidyamitra.ai.offline.parsing.vocabulary import Vocabulary
from vidyamitra.ai.offline.parsing.work import build_work
from vidyamitra.ai.parsed import Section

_KEEP_TOP = 3  # the first lines of page 1 (the name) stay even when repeated as a footer
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,3}\s*(?:(?:of|/)\s*\d{1,3})?\s*$", re.IGNORECASE)


def drop_page_furniture(rows: list[Row]) -> list[Row]:
    """Remove page numbers and lines repeated on several pages (running headers/footers)."""
    pages_of: dict[str, set[int]] = {}
    for row in rows:
        pages_of.setdefault(_furniture_key(row), set()).add(row.page)
    return [
        row
        for index, row in enumerate(rows)
        if not _PAGE_NUMBER.match(row.text)
        and (index < _KEEP_TOP or not (len(pages_of[_furniture_key(row)]) >= 2 and not row.bullet))
    ]


def _furniture_key(row: Row) -> str:
    """Row text with numbers masked, so "Page 1" and "Page 2" footers compare equal."""
    return re.sub(r"\d+", "#", row.text)


def _reinterpret_summary(sections: list[RawSection]) -> list[RawSection]:
    """A summary-like section holding dated role lines continues as experience."""
    out: list[RawSection] = []
    for section in sections:
        if section.name != "summary":
            out.append(section)
            continue
        dated = [i for i, r in enumerate(section.rows) if r.flat and has_dates(r)]
        if len(dated) >= 2:
            out.append(RawSection("summary", section.heading, section.rows[: dated[0]]))
            out.append(RawSection("experience", section.heading, section.rows[dated[0] :]))
        else:
            out.append(section)
    return out


def carry_employer(works: list[tuple[Work, bool]]) -> list[Work]:
    """An employer on a line of its own names the roles listed under it without one.

    ``works`` pairs each item with whether its employer stood alone on the first head line.
    """
    out: list[Work] = []
    banner: str | None = None
    pending: Work | None = None
    for work, alone in works:
        bare = work.position is None and work.startDate is None and work.startDateRaw is None
        if bare and work.name and not work.highlights:
            if pending is not None:
                out.append(pending)
            banner, pending = work.name, work
            continue
        if work.name is None and work.position is not None and banner is not None:
            work = work.model_copy(update={"name": banner})
            pending = None
        elif work.name is not None:
            if pending is not None:
                out.append(pending)
            banner, pending = (work.name if alone else None), None
        out.append(work)
    if pending is not None:
        out.append(pending)
    return out


def _alone(work: Work, entry: Entry) -> bool:
    """True when the employer is the whole first head line of its entry."""
    first = entry.head[0].parts[0].strip() if entry.head else ""
    return work.name is not None and first == work.name


def carry_institution(schools: list[Education]) -> list[Education]:
    """A school line with no degree or dates names the degrees listed under it."""
    out: list[Education] = []
    banner: str | None = None
    for index, school in enumerate(schools):
        following = schools[index + 1] if index + 1 < len(schools) else None
        if (
            school.studyType is None
            and school.endDateRaw is None
            and school.institution
            and following is not None
            and following.institution is None
        ):
            banner = school.institution
            continue
        if school.institution is None and banner is not None:
            school = school.model_copy(update={"institution": banner})
        elif school.institution is not None:
            banner = None
        out.append(school)
    if banner is not None and not out:
        out.append(Education(institution=banner))
    return out


def build_resume(rows: list[Row], vocab: Vocabulary) -> tuple[JsonResume, tuple[Section, ...]]:
    """The JSON Resume and the sections it was read from."""
    rows = drop_page_furniture(rows)
    sections = _reinterpret_summary(split_sections(rows, vocab))
    style = document_style(rows)
    italic_informative = sum(1 for r in rows if r.italic) / max(len(rows), 1) < 0.6
    resume = JsonResume()
    header = sections[0].rows if sections and sections[0].name == "header" else []
    summary_rows: list[Row] = []
    for section in sections:
        name = section.name
        if name in ("experience", "volunteer"):
            target = resume.work if name == "experience" else resume.volunteer
            entries = split_entries(section.rows, bold_informative=style.bold_informative)
            works = [
                (build_work(e, vocab, style.bold_informative, italic_informative), e)
                for e in entries
            ]
            target.extend(carry_employer([(w, _alone(w, e)) for w, e in works if w is not None]))
        elif name == "education":
            rows_e = [as_detail(r) for r in section.rows]
            dated = any(has_dates(r) for r in rows_e)
            entries = split_entries(
                rows_e,
                school_anchor if dated else (lambda r: is_institution(r, vocab)),
                style.bold_informative,
            )
            schools = [build_education(x, vocab) for x in entries]
            resume.education.extend(carry_institution([e for e in schools if e is not None]))
        elif name == "skills":
            resume.skills.extend(parse_skills(section.rows, style.bold_informative))
        elif name == "languages":
            resume.languages.extend(parse_languages(section.rows))
        elif name == "projects":
            resume.projects.extend(
                p for p in (build_project(e, vocab) for e in split_entries(section.rows)) if p
            )
        elif name == "certifications":
            resume.certificates.extend(build_certificates(section.rows, vocab))
        elif name == "awards":
            resume.awards.extend(build_awards(section.rows, vocab))
        elif name == "summary":
            summary_rows.extend(section.rows)
    resume.basics = build_basics(header, rows, summary_rows, vocab)
    parsed_sections = tuple(
        Section(s.name, s.heading, tuple(r.text for r in s.rows))
        for s in sections
        if s.rows or s.name != "header"
    )
    return resume, parsed_sections


def section_counts(sections: tuple[Section, ...]) -> Counter[str]:
    """How many sections of each canonical name were found."""
    return Counter(s.name for s in sections)
