"""Presentation choices (``Style``) and the layout-neutral lines each section is made of."""

from __future__ import annotations

import random
from dataclasses import dataclass

from people import Person

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
DATE_FORMATS = ["Mon YYYY", "Month YYYY", "MM/YYYY", "YYYY-MM", "Mon. YYYY", "YYYY",
                "Mon 'YY", "MM.YYYY", "Month, YYYY", "M/YYYY"]  # fmt: skip
JOINERS = [" | ", " • ", " · ", " / ", "   "]
SEPARATORS = [" – ", " - ", " to ", " — ", "–", " ~ "]
PRESENT = ["Present", "Current", "Now", "Till Date", "present", "Ongoing"]
BULLETS = ["•", "-", "▪", "*", "◦", "–", "→"]
SECTION_NAMES = {
    "summary": ["Summary", "Profile", "Professional Summary", "Career Objective", "About Me"],
    "experience": ["Experience", "Work Experience", "Professional Experience", "Work History",
                   "Employment", "Employment History", "Career History", "Relevant Experience"],
    "education": ["Education", "Academic Background", "Academic Qualifications",
                  "Educational Qualifications", "Education & Training", "Qualifications"],
    "skills": ["Skills", "Technical Skills", "Core Competencies", "Key Skills",
               "Skills & Tools", "Technical Proficiencies", "Areas of Expertise"],
}  # fmt: skip
ENTRY_STYLES = ["company_right", "title_right", "pipes", "dates_first", "title_comma",
                "company_dash_title", "title_at"]  # fmt: skip
EDU_STYLES = ["school_right", "degree_right", "one_line", "pipes"]
SKILL_STYLES = ["comma", "grouped", "bullets", "pipes", "semicolons", "dots"]
EXTRA_SECTIONS = ["projects", "certifications", "languages"]
CONTACT_STYLES = ["one_line", "lines", "labelled"]


@dataclass(frozen=True)
class Line:
    """One logical line: text on the left, optional right-aligned text or left gutter."""

    text: str
    kind: str = "text"  # name, contact, heading, text, bullet
    right: str | None = None
    gutter: str | None = None
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Style:
    date_format: str
    separator: str
    present: str
    bullet: str
    upper_headings: bool
    underline: bool
    names: dict[str, str]
    entry: str
    education: str
    skills: str
    contact: str
    upper_name: bool
    education_first: bool
    joiner: str
    extras: tuple[str, ...]


def make_style(rng: random.Random) -> Style:
    return Style(
        date_format=rng.choice(DATE_FORMATS),
        separator=rng.choice(SEPARATORS),
        present=rng.choice(PRESENT),
        bullet=rng.choice(BULLETS),
        upper_headings=rng.random() < 0.5,
        underline=rng.random() < 0.5,
        names={k: rng.choice(v) for k, v in SECTION_NAMES.items()},
        entry=rng.choice(ENTRY_STYLES),
        education=rng.choice(EDU_STYLES),
        skills=rng.choice(SKILL_STYLES),
        contact=rng.choice(CONTACT_STYLES),
        upper_name=rng.random() < 0.3,
        education_first=rng.random() < 0.25,
        joiner=rng.choice(JOINERS),
        extras=tuple(x for x in EXTRA_SECTIONS if rng.random() < 0.4),
    )


def fmt_date(value: tuple[int, int] | None, style: Style) -> str:
    """A month written in the resume's date format; None is the 'present' word."""
    if value is None:
        return style.present
    year, month = value
    return {
        "Mon YYYY": f"{MONTHS[month - 1][:3]} {year}",
        "Month YYYY": f"{MONTHS[month - 1]} {year}",
        "MM/YYYY": f"{month:02d}/{year}",
        "YYYY-MM": f"{year}-{month:02d}",
        "Mon. YYYY": f"{MONTHS[month - 1][:3]}. {year}" if month != 5 else f"May {year}",
        "YYYY": f"{year}",
        "Mon 'YY": f"{MONTHS[month - 1][:3]} '{year % 100:02d}",
        "MM.YYYY": f"{month:02d}.{year}",
        "Month, YYYY": f"{MONTHS[month - 1]}, {year}",
        "M/YYYY": f"{month}/{year}",
    }[style.date_format]


def heading(key: str, style: Style) -> Line:
    text = style.names[key]
    return Line(text.upper() if style.upper_headings else text, "heading", bold=True)


def contact_lines(person: Person, style: Style) -> list[Line]:
    name = person.name.upper() if style.upper_name else person.name
    out = [Line(name, "name", bold=True)]
    items = [person.email, person.phone, person.city, person.linkedin]
    if style.contact == "one_line":
        out.append(Line(style.joiner.join(items), "contact"))
    elif style.contact == "lines":
        out += [Line(item, "contact") for item in items]
    else:
        labels = ["Email", "Phone", "Location", "LinkedIn"]
        out += [Line(f"{k}: {v}", "contact") for k, v in zip(labels, items, strict=True)]
    return out


def experience_lines(person: Person, style: Style) -> list[Line]:
    out = [heading("experience", style)]
    for job in person.jobs:
        dates = f"{fmt_date(job.start, style)}{style.separator}{fmt_date(job.end, style)}"
        if style.entry == "company_right":
            out += [Line(job.company, bold=True, right=dates),
                    Line(job.title, italic=True, right=job.location)]  # fmt: skip
        elif style.entry == "title_right":
            out += [Line(job.title, bold=True, right=dates),
                    Line(f"{job.company}, {job.location}", italic=True)]  # fmt: skip
        elif style.entry == "pipes":
            out.append(Line(f"{job.company} | {job.title} | {dates}", bold=True))
        elif style.entry == "dates_first":
            out += [Line(job.title, bold=True, gutter=dates), Line(job.company, italic=True)]
        elif style.entry == "company_dash_title":
            out.append(Line(f"{job.company} — {job.title}", bold=True, right=dates))
        elif style.entry == "title_at":
            out += [Line(f"{job.title} at {job.company}", bold=True), Line(dates, italic=True)]
        else:
            out += [Line(f"{job.title}, {job.company}", bold=True), Line(dates, italic=True)]
        out += [Line(b, "bullet") for b in job.bullets]
    return out


def education_lines(person: Person, style: Style) -> list[Line]:
    out = [heading("education", style)]
    for school in person.schools:
        years = f"{school.start}{style.separator}{school.end}"
        if style.education == "school_right":
            out += [Line(school.institution, bold=True, right=years),
                    Line(school.degree, italic=True)]  # fmt: skip
        elif style.education == "degree_right":
            out += [Line(school.degree, bold=True, right=years), Line(school.institution)]
        elif style.education == "one_line":
            out.append(Line(f"{school.degree}, {school.institution} ({years})"))
        else:
            out.append(Line(f"{school.degree} | {school.institution} | {school.end}"))
        if school.score:
            out.append(Line(school.score))
    return out


def skills_lines(person: Person, style: Style) -> list[Line]:
    out = [heading("skills", style)]
    if style.skills == "comma":
        out.append(Line(", ".join(person.skills)))
    elif style.skills == "grouped":
        out += [Line(f"{label}: {', '.join(items)}") for label, items in person.skill_groups]
    elif style.skills == "bullets":
        out += [Line(s, "bullet") for s in person.skills]
    elif style.skills == "semicolons":
        out.append(Line("; ".join(person.skills)))
    elif style.skills == "dots":
        out.append(Line(" • ".join(person.skills)))
    else:
        out.append(Line(" | ".join(person.skills)))
    return out


EXTRA_HEADINGS = {
    "projects": ["Projects", "Academic Projects", "Key Projects"],
    "certifications": ["Certifications", "Licenses & Certifications", "Courses"],
    "languages": ["Languages", "Languages Known"],
}


PROJECTS = ["Expense Tracker", "Campus Connect", "Crop Yield Predictor", "Chat Summariser",
            "Parking Finder"]  # fmt: skip
CERTIFICATES = ["AWS Certified Cloud Practitioner", "Google Data Analytics Certificate",
                "Certified Scrum Master", "Oracle Java SE 11 Developer"]  # fmt: skip
SPOKEN = ["English (Fluent)", "Hindi (Native)", "French (B1)", "Swahili", "Japanese (N3)",
          "German (A2)"]  # fmt: skip


def extra_lines(person: Person, style: Style, rng_seed: int) -> list[Line]:
    """Optional sections whose words must not leak into skills or work."""
    rng = random.Random(rng_seed)
    out: list[Line] = []
    for key in style.extras:
        name = rng.choice(EXTRA_HEADINGS[key])
        out.append(Line(name.upper() if style.upper_headings else name, "heading", bold=True))
        if key == "projects":
            for title in rng.sample(PROJECTS, k=2):
                who = rng.choice(["students", "farmers", "shops"])
                out.append(Line(title, bold=True, right=str(rng.randint(2016, 2024))))
                out.append(Line(f"A small app that helps {who} plan their week.", "bullet"))
        elif key == "certifications":
            for cert in rng.sample(CERTIFICATES, k=2):
                out.append(Line(f"{cert} ({rng.randint(2018, 2024)})", "bullet"))
        else:
            out.append(Line(", ".join(rng.sample(SPOKEN, k=3))))
    return out


def summary_lines(person: Person, style: Style) -> list[Line]:
    return [heading("summary", style), Line(person.summary)]
