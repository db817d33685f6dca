"""Resume rows to a JSON Resume document: sections, entries, fields."""

from __future__ import annotations

import re
from collections import Counter

from vidyamitra.ai.jsonresume import JsonResume
from vidyamitra.ai.offline.parsing.banners import carry_employer, carry_institution, employer_alone
from vidyamitra.ai.offline.parsing.basics import build_basics
from vidyamitra.ai.offline.parsing.education import (
    as_detail,
    build_education,
    education_anchor,
)
from vidyamitra.ai.offline.parsing.entries import has_dates, split_entries
from vidyamitra.ai.offline.parsing.extras import (
    build_awards,
    build_certificates,
    build_project,
    bullet_projects,
)
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


def parse_warnings(resume: JsonResume, sections: tuple[Section, ...]) -> tuple[str, ...]:
    """Plain notes on what the parser could not find, for the person reading the result."""
    notes: list[str] = []
    if not any(s.name != "header" for s in sections):
        notes.append("no section headings were recognised; fields may be incomplete")
    if resume.basics.email is None:
        notes.append("no e-mail address was found")
    if not resume.work and not resume.education:
        notes.append("no work experience or education entries were recognised")
    return tuple(notes)


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
            target.extend(
                carry_employer([(w, employer_alone(w, e)) for w, e in works if w is not None])
            )
        elif name == "education":
            rows_e = [as_detail(r) for r in section.rows]
            entries = split_entries(rows_e, education_anchor(rows_e, vocab), style.bold_informative)
            schools = [build_education(x, vocab) for x in entries]
            resume.education.extend(carry_institution([e for e in schools if e is not None]))
        elif name == "skills":
            resume.skills.extend(
                parse_skills(section.rows, style.bold_informative, section.heading)
            )
        elif name == "languages":
            resume.languages.extend(parse_languages(section.rows))
        elif name == "projects":
            listed = bullet_projects(section.rows)
            resume.projects.extend(
                listed
                if listed is not None
                else (
                    p for p in (build_project(e, vocab) for e in split_entries(section.rows)) if p
                )
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
