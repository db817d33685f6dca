"""End to end: PDF and DOCX built here go through extraction and parsing."""

from __future__ import annotations

from typing import Any

from tests.documents.builders import docx_bytes, pdf_bytes, two_column_pdf

from vidyamitra.ai.offline.parsing import parse_resume
from vidyamitra.documents import extract_document

SIDEBAR = [
    ("CONTACT", 11, True),
    ("asha@example.com", 9, False),
    ("Pune, India", 9, False),
    ("SKILLS", 11, True),
    ("Languages: Python, Go", 9, False),
    ("Docker", 9, False),
    ("Kubernetes", 9, False),
    ("Terraform", 9, False),
    ("LANGUAGES", 11, True),
    ("English (Native)", 9, False),
    ("Hindi (Fluent)", 9, False),
]
MAIN = [
    ("EXPERIENCE", 11, True),
    ("Backend Engineer, Acme Technologies", 10, True),
    ("Jan 2020 - Present", 10, False),
    ("- Designed an event pipeline that processes two million orders a day", 10, False),
    ("- Cut the p99 latency of the checkout service from 900 ms to 120 ms", 10, False),
    ("Globex Labs", 10, True),
    ("Software Engineer Intern", 10, False),
    ("Jun 2019 - Aug 2019", 10, False),
    ("- Wrote integration tests for the payments gateway and its retries", 10, False),
    ("EDUCATION", 11, True),
    ("B.Tech in Computer Science, IIT Bombay", 10, False),
    ("2015 - 2019", 10, False),
]


def test_two_column_pdf_with_sidebar() -> None:
    data = two_column_pdf([("Asha Verma", 22, True)], SIDEBAR, MAIN)
    parsed = parse_resume(extract_document(data))
    resume = parsed.resume
    assert parsed.source_kind == "pdf"
    assert resume.basics.name == "Asha Verma"
    assert resume.basics.email == "asha@example.com"
    assert [(w.name, w.position, w.startDate, w.endDate) for w in resume.work] == [
        ("Acme Technologies", "Backend Engineer", "2020-01", None),
        ("Globex Labs", "Software Engineer Intern", "2019-06", "2019-08"),
    ]
    assert resume.work[0].highlights[0].startswith("Designed an event pipeline")
    assert resume.skills[0].name == "Languages"
    assert resume.skills[0].keywords == ["Python", "Go"]
    assert [k for s in resume.skills[1:] for k in s.keywords] == [
        "Docker",
        "Kubernetes",
        "Terraform",
    ]
    assert [lang.language for lang in resume.languages] == ["English", "Hindi"]
    (school,) = resume.education
    assert (school.institution, school.studyType, school.area) == (
        "IIT Bombay",
        "B.Tech",
        "Computer Science",
    )


def test_one_column_pdf_headings_by_size_and_bold() -> None:
    page = [
        ("Jo Park", 20, True),
        ("jo@example.com", 10, False),
        ("Work History", 13, True),
        ("Data Analyst at Initech", 10, True),
        ("Mar 2021 - Present", 10, False),
        ("Core Competencies", 13, True),
        ("SQL, Tableau, Excel", 10, False),
    ]
    parsed = parse_resume(extract_document(pdf_bytes([page])))
    assert [s.name for s in parsed.sections] == ["header", "experience", "skills"]
    assert parsed.resume.work[0].name == "Initech"
    assert parsed.resume.skills[0].keywords == ["SQL", "Tableau", "Excel"]


def _word_resume(document: Any) -> None:
    title = document.add_paragraph()
    title.add_run("Jo Park").bold = True
    document.add_paragraph("jo@example.com")
    document.add_heading("Professional Experience", level=2)
    document.add_paragraph("Acme Corp\tMay 2018 - Jun 2020")
    document.add_paragraph("Quality Analyst")
    document.add_heading("Education", level=2)
    document.add_paragraph("Master of Science in Statistics, University of Pune, 2018")


def test_docx_heading_styles_drive_sections() -> None:
    parsed = parse_resume(extract_document(docx_bytes(_word_resume)))
    resume = parsed.resume
    assert [s.name for s in parsed.sections] == ["header", "experience", "education"]
    assert resume.basics.name == "Jo Park"
    assert [(w.name, w.position, w.startDateRaw, w.endDateRaw) for w in resume.work] == [
        ("Acme Corp", "Quality Analyst", "May 2018", "Jun 2020")
    ]
    (school,) = resume.education
    assert (school.institution, school.studyType, school.area, school.endDate) == (
        "University of Pune",
        "Master of Science",
        "Statistics",
        "2018",
    )


def _two_column_table_resume(document: Any) -> None:
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].text = "Education"
    left.paragraphs[0].style = document.styles["Heading 1"]
    for text, style in [
        ("University Of Nowhere", "Heading 2"),
        ("Bachelor of Computer Engineering", "List Bullet"),
        ("Skills", "Heading 1"),
        ("C++", "Normal"),
        ("Qt", "Normal"),
        ("Projects", "Heading 1"),
        ("Othello Engine", "Heading 2"),
        ("Engine of the Othello game for an AI competition", "List Bullet"),
        ("Lewo", "Heading 2"),
        ("An Android application for learning English words", "List Bullet"),
    ]:
        left.add_paragraph(text, style=style)
    right.paragraphs[0].text = "Ali Demo"
    right.add_paragraph("ali@example.com")


def test_docx_lower_level_headings_are_entry_names_not_sections() -> None:
    parsed = parse_resume(extract_document(docx_bytes(_two_column_table_resume)))
    resume = parsed.resume
    assert [s.name for s in parsed.sections if s.name != "header"] == [
        "education", "skills", "projects"]  # fmt: skip
    (school,) = resume.education
    assert (school.institution, school.studyType) == ("University Of Nowhere", "Bachelor")
    assert [p.name for p in resume.projects] == ["Othello Engine", "Lewo"]
    assert [(s.name, s.keywords) for s in resume.skills] == [("Skills", ["C++", "Qt"])]
