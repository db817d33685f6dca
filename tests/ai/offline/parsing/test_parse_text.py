"""Plain-text resumes parse into JSON Resume fields by general rules."""

from __future__ import annotations

import pytest

from vidyamitra.ai.offline.parsing import ENGINE, parse_resume_text

RESUME = """Asha Verma
Backend Engineer
asha.verma@example.com | +91 98765 43210 | Pune, India
linkedin.com/in/asha-verma | github.com/ashav | ashaverma.dev

SUMMARY
Backend engineer who builds payment systems.

EXPERIENCE
Senior Software Engineer, Acme Technologies
Jan 2021 - Present
• Led the move of billing to event sourcing
• Cut checkout latency by 40%
Globex Labs — Software Engineer Intern
Summer 2019
• Wrote integration tests

EDUCATION
B.Tech in Computer Science, Indian Institute of Technology Bombay
2015 - 2019 | CGPA: 8.7/10

SKILLS
Languages: Python, Go, SQL
Tools: Docker, Kubernetes (EKS, GKE)

PROJECTS
Ledgerly | Python, PostgreSQL
• Double-entry ledger library

CERTIFICATIONS
AWS Certified Developer - Amazon Web Services 2022

AWARDS
Best Hackathon Project - ACM Pune 2018

LANGUAGES
English (Native), Hindi - Fluent
"""


@pytest.fixture(scope="module")
def parsed():  # type: ignore[no-untyped-def]
    return parse_resume_text(RESUME)


def test_basics(parsed) -> None:  # type: ignore[no-untyped-def]
    basics = parsed.resume.basics
    assert basics.name == "Asha Verma"
    assert basics.label == "Backend Engineer"
    assert basics.email == "asha.verma@example.com"
    assert basics.phone == "+919876543210"
    assert basics.url == "ashaverma.dev"
    assert basics.location is not None
    assert basics.location.city == "Pune"
    assert [(p.network, p.username) for p in basics.profiles] == [
        ("LinkedIn", "asha-verma"),
        ("GitHub", "ashav"),
    ]
    assert basics.summary == "Backend engineer who builds payment systems."


def test_sections_are_named(parsed) -> None:  # type: ignore[no-untyped-def]
    names = [s.name for s in parsed.sections]
    assert names == [
        "header",
        "summary",
        "experience",
        "education",
        "skills",
        "projects",
        "certifications",
        "awards",
        "languages",
    ]
    assert parsed.source_kind == "text"
    assert ENGINE == "offline-v1"


def test_title_comma_company_and_company_dash_title(parsed) -> None:  # type: ignore[no-untyped-def]
    first, second = parsed.resume.work
    assert (first.name, first.position) == ("Acme Technologies", "Senior Software Engineer")
    assert (first.startDate, first.endDate, first.endDateRaw) == ("2021-01", None, "Present")
    assert first.highlights == [
        "Led the move of billing to event sourcing",
        "Cut checkout latency by 40%",
    ]
    assert (second.name, second.position) == ("Globex Labs", "Software Engineer Intern")
    assert (second.startDateRaw, second.startDate) == ("Summer 2019", "2019")


def test_education(parsed) -> None:  # type: ignore[no-untyped-def]
    (school,) = parsed.resume.education
    assert school.institution == "Indian Institute of Technology Bombay"
    assert (school.studyType, school.area) == ("B.Tech", "Computer Science")
    assert (school.startDate, school.endDate) == ("2015", "2019")
    assert school.score == "8.7/10"


def test_labelled_skills_keep_their_label(parsed) -> None:  # type: ignore[no-untyped-def]
    skills = [(s.name, s.keywords) for s in parsed.resume.skills]
    assert skills == [
        ("Languages", ["Python", "Go", "SQL"]),
        ("Tools", ["Docker", "Kubernetes (EKS, GKE)"]),
    ]


def test_projects_certificates_awards_languages(parsed) -> None:  # type: ignore[no-untyped-def]
    resume = parsed.resume
    (project,) = resume.projects
    assert (project.name, project.keywords) == ("Ledgerly", ["Python", "PostgreSQL"])
    assert project.highlights == ["Double-entry ledger library"]
    (cert,) = resume.certificates
    assert (cert.name, cert.issuer, cert.date) == (
        "AWS Certified Developer",
        "Amazon Web Services",
        "2022",
    )
    (award,) = resume.awards
    assert (award.title, award.awarder, award.date) == (
        "Best Hackathon Project",
        "ACM Pune",
        "2018",
    )
    assert [(lang.language, lang.fluency) for lang in resume.languages] == [
        ("English", "Native"),
        ("Hindi", "Fluent"),
    ]


@pytest.mark.parametrize(
    ("line", "company", "position"),
    [
        ("Data Analyst at Initech", "Initech", "Data Analyst"),
        ("Initech Analytics LLC | Data Analyst", "Initech Analytics LLC", "Data Analyst"),
        ("Data Analyst – Initech Analytics", "Initech Analytics", "Data Analyst"),
        ("Initech, Data Analyst", "Initech", "Data Analyst"),
    ],
)
def test_one_line_headers(line: str, company: str, position: str) -> None:
    resume = parse_resume_text(f"Jo Park\n\nEXPERIENCE\n{line}\n2020 - 2022\n").resume
    (work,) = resume.work
    assert (work.name, work.position) == (company, position)


def test_company_banner_carries_to_its_roles() -> None:
    text = (
        "Jo Park\n\nEXPERIENCE\nGoogle\nSenior Engineer\tJan 2020 - Present\n"
        "• Built things\nEngineer\tJan 2018 - Dec 2019\n• Built more things\n"
    )
    works = parse_resume_text(text).resume.work
    assert [(w.name, w.position, w.startDate) for w in works] == [
        ("Google", "Senior Engineer", "2020-01"),
        ("Google", "Engineer", "2018-01"),
    ]


def test_missing_things_stay_missing() -> None:
    resume = parse_resume_text("Jo Park\nEXPERIENCE\nAcme Corp\n").resume
    assert resume.basics.email is None
    assert resume.basics.phone is None
    assert resume.basics.location is None
    (work,) = resume.work
    assert (work.name, work.position, work.startDate) == ("Acme Corp", None, None)
    assert resume.education == []


def test_invalid_email_is_not_taken() -> None:
    resume = parse_resume_text("Jo Park\njo@@example..com | jo.park@localhost\n").resume
    assert resume.basics.email is None


def test_phone_keeps_written_form_without_a_region() -> None:
    resume = parse_resume_text("Jo Park\n(650) 253-0000\n").resume
    assert resume.basics.phone == "(650) 253-0000"


def test_phone_region_is_inferred_from_a_us_location() -> None:
    resume = parse_resume_text("Jo Park\n(650) 253-0000 | Mountain View, CA\n").resume
    assert resume.basics.phone == "+16502530000"


def test_markdown_headings_open_sections() -> None:
    text = "# Jo Park\n\n## Work History\n**Acme Corp**\n*Engineer*\n2019 - 2020\n"
    parsed = parse_resume_text(text)
    assert parsed.resume.basics.name == "Jo Park"
    assert [s.name for s in parsed.sections] == ["header", "experience"]
    assert parsed.resume.work[0].name == "Acme Corp"


def test_inline_skills_heading() -> None:
    parsed = parse_resume_text("Jo Park\njo@example.com\nSkills: Python, Rust\n")
    assert [(s.name, s.keywords) for s in parsed.resume.skills] == [("Skills", ["Python", "Rust"])]


def test_rail_headings_beside_their_first_line() -> None:
    text = (
        "Jo Park\njo@example.com\n"
        "Experience\tData Analyst, Initech\tJan 2020 - Present\n"
        "• Built dashboards\n"
        "Technical\tJava\tPython\n"
        "Skills\tSQL\tKafka\n"
    )
    parsed = parse_resume_text(text)
    assert [s.name for s in parsed.sections] == ["header", "experience", "skills"]
    (work,) = parsed.resume.work
    assert (work.name, work.position) == ("Initech", "Data Analyst")
    assert [k for s in parsed.resume.skills for k in s.keywords] == [
        "Java",
        "Python",
        "SQL",
        "Kafka",
    ]


def test_grade_lines_are_not_dates_or_schools() -> None:
    text = (
        "Jo Park\n\nEDUCATION\nState University\nBachelor of Arts\tExpected May 2019\n"
        "Major in Economics; Minor in History\n"
        "Cumulative GPA: 3.93/4.0; Dean's List 2015-2016\n"
        "Relevant Coursework: Econometrics, Game Theory\n"
    )
    (school,) = parse_resume_text(text).resume.education
    assert school.institution == "State University"
    assert (school.studyType, school.area) == ("Bachelor of Arts", "Economics")
    assert (school.startDate, school.endDate) == (None, "2019-05")
    assert school.score == "3.93/4.0"
    assert school.courses == ["Econometrics", "Game Theory"]


def test_legal_form_after_a_comma_stays_with_the_company() -> None:
    text = "Jo Park\n\nEXPERIENCE\nSolutions Engineer, Acme Cloud, Inc.\nJan 2021 - Present\n"
    (work,) = parse_resume_text(text).resume.work
    assert (work.name, work.position) == ("Acme Cloud, Inc.", "Solutions Engineer")


def test_url_after_a_company_is_its_url_not_its_name() -> None:
    text = "Jo Park\n\nEXPERIENCE\nActuate http://www.actuate.com/\nPHP Developer\n2014 - 2015\n"
    (work,) = parse_resume_text(text).resume.work
    assert (work.name, work.url) == ("Actuate", "http://www.actuate.com/")


def test_table_like_education_rows_each_make_an_entry() -> None:
    text = (
        "Rahul Sharma\n\nACADEMIC QUALIFICATIONS\n"
        "B.Tech in Computer Science | RV College of Engineering | 2019 - 2023 | CGPA: 8.4/10\n"
        "Class XII (CBSE) | Delhi Public School, Bengaluru | 2019 | 91.2%\n"
    )
    schools = parse_resume_text(text).resume.education
    assert [(s.institution, s.studyType, s.area, s.endDate, s.score) for s in schools] == [
        ("RV College of Engineering", "B.Tech", "Computer Science", "2023", "8.4/10"),
        ("Delhi Public School", "Class XII", "CBSE", "2019", "91.2%"),
    ]


def test_indian_state_gives_the_phone_region() -> None:
    basics = parse_resume_text("Rahul Sharma\n98450 12345 | Pune, Maharashtra\n").resume.basics
    assert basics.phone == "+919845012345"
    assert basics.location is not None
    assert (basics.location.city, basics.location.region) == ("Pune", "Maharashtra")


def test_unbroken_international_number() -> None:
    basics = parse_resume_text("Rahul Sharma\nMobile: +91-9876543210\n").resume.basics
    assert basics.phone == "+919876543210"


def test_company_then_city_keeps_the_company() -> None:
    text = "Jo Park\n\nEXPERIENCE\nData Science Intern at TCS, Pune | Jan 2022 - Mar 2022\n"
    (work,) = parse_resume_text(text).resume.work
    assert (work.name, work.position, work.location) == ("TCS", "Data Science Intern", "Pune")


def test_document_titles_are_not_names() -> None:
    basics = parse_resume_text("Curriculum Vitae\nPriya Nair\npriya@example.com\n").resume.basics
    assert basics.name == "Priya Nair"


def test_degree_lines_split_schools_when_years_sit_on_different_lines() -> None:
    text = (
        "Jo Park\n\nEDUCATION\n**MS Data Science**\nRidgemont State University\t2023\n"
        "**BS Computer Science**\t2015 - 2019\nLakeside Institute of Technology\n"
    )
    schools = parse_resume_text(text).resume.education
    assert [(s.institution, s.studyType, s.endDate) for s in schools] == [
        ("Ridgemont State University", "MS", "2023"),
        ("Lakeside Institute of Technology", "BS", "2019"),
    ]


def test_labelled_location_in_the_header() -> None:
    basics = parse_resume_text("Jo Park\nLocation: Pune, India\n").resume.basics
    assert basics.location is not None
    assert (basics.location.city, basics.location.region) == ("Pune", "India")


def test_warnings_say_what_was_not_found() -> None:
    parsed = parse_resume_text("Jo Park\nLikes hiking and chess.\n")
    assert parsed.warnings == (
        "no section headings were recognised; fields may be incomplete",
        "no e-mail address was found",
        "no work experience or education entries were recognised",
    )
    assert parse_resume_text(RESUME).warnings == ()
