"""General rules found with the held-out benchmark (bench/resume_heldout.py)."""

from __future__ import annotations

import pytest

from vidyamitra.ai.offline.parsing import parse_resume_text


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("EDUCATIONAL QUALIFICATIONS", "education"),
        ("SKILLS & TOOLS", "skills"),
        ("SCHOLASTIC RECORD", "education"),
        ("HONOURS RECEIVED", "awards"),
        ("Skills & Tools\n--------------", "skills"),
        ("## Academic Credentials", "education"),
    ],
)
def test_unknown_heading_named_by_its_section_word(heading: str, section: str) -> None:
    parsed = parse_resume_text(f"Jo Park\njo@example.com\n\n{heading}\nSomething here\n")
    assert [s.name for s in parsed.sections] == ["header", section]


def test_unformatted_unknown_heading_stays_content() -> None:
    parsed = parse_resume_text("Jo Park\njo@example.com\n\nSkills & Tools\nPython\n")
    assert [s.name for s in parsed.sections] == ["header"]


def test_job_title_in_capitals_does_not_open_a_section() -> None:
    text = "Jo Park\n\nEXPERIENCE\nACME CORP\nEDUCATION COORDINATOR\n2019 - 2020\n"
    parsed = parse_resume_text(text)
    assert [s.name for s in parsed.sections] == ["header", "experience"]


def test_graduate_in_a_title_is_not_a_graduation_marker() -> None:
    text = "Jo Park\n\nEXPERIENCE\nGraduate Engineer Trainee, Acme Corp\nJul 2022 - Mar 2023\n"
    (work,) = parse_resume_text(text).resume.work
    assert (work.name, work.position) == ("Acme Corp", "Graduate Engineer Trainee")


def test_graduation_marker_before_a_date_is_dropped() -> None:
    text = "Jo Park\n\nEDUCATION\nAcme University\nB.Sc. Physics\nGraduated May 2019\n"
    (school,) = parse_resume_text(text).resume.education
    assert (school.institution, school.endDate) == ("Acme University", "2019-05")


def test_associate_before_a_job_word_is_a_title_not_a_degree() -> None:
    text = "Jo Park\n\nEXPERIENCE\nAssociate Consultant, Zephyr Foods\nMay 2016 - Dec 2018\n"
    (work,) = parse_resume_text(text).resume.work
    assert (work.name, work.position) == ("Zephyr Foods", "Associate Consultant")


def test_school_without_a_school_word_under_its_degree() -> None:
    text = "Jo Park\n\nEDUCATION\nClass XII (CBSE)\t2008 - 2010\nKendriya Vidyalaya No. 2\n"
    (school,) = parse_resume_text(text).resume.education
    assert (school.institution, school.studyType) == ("Kendriya Vidyalaya No. 2", "Class XII")


def test_high_school_in_a_name_is_the_school_not_a_second_degree() -> None:
    text = "Jo Park\n\nEDUCATION\nClass XII\t2008 - 2010\nSt. Xavier's High School\n"
    (school,) = parse_resume_text(text).resume.education
    assert (school.institution, school.studyType) == ("St. Xavier's High School", "Class XII")


def test_a_bare_high_school_is_still_a_degree() -> None:
    text = "Jo Park\n\nEDUCATION\nHigh School Diploma, Lincoln Academy\n2010 - 2014\n"
    (school,) = parse_resume_text(text).resume.education
    assert school.studyType == "High School Diploma"


def test_city_after_a_company_is_its_location() -> None:
    text = (
        "Jo Park\n\nEXPERIENCE\nSummer Intern\tAug 2022 - Present\nKestrel Analytics, Addis Ababa\n"
    )
    (work,) = parse_resume_text(text).resume.work
    assert (work.name, work.location) == ("Kestrel Analytics", "Addis Ababa")


def test_name_after_a_school_leaving_certificate_is_the_school() -> None:
    text = "Jo Park\n\nEDUCATION\nClass XII, Kendriya Vidyalaya No. 2 (2011 - 2013)\n"
    (school,) = parse_resume_text(text).resume.education
    assert (school.institution, school.studyType) == ("Kendriya Vidyalaya No. 2", "Class XII")


def test_field_after_a_degree_stays_its_field() -> None:
    text = "Jo Park\n\nEDUCATION\nB.Sc., Physics, Anna University (2011 - 2014)\n"
    (school,) = parse_resume_text(text).resume.education
    assert (school.institution, school.studyType, school.area) == (
        "Anna University",
        "B.Sc.",
        "Physics",
    )


def test_arrow_bullets_are_bullets() -> None:
    text = (
        "Jo Park\n\nEXPERIENCE\nAcme Corp\tJan 2020 - Present\nData Analyst\n"
        "→ Built the weekly sales report for the finance team\n"
        "→ Cut the report's run time from an hour to five minutes\n"
    )
    (work,) = parse_resume_text(text).resume.work
    assert (work.name, work.position) == ("Acme Corp", "Data Analyst")
    assert len(work.highlights) == 2


def test_place_in_brackets_after_a_title_is_the_location() -> None:
    text = "Jo Park\n\nEXPERIENCE\nKaveri Capital (2022 - Present)\nData Analyst (Hanoi, Vietnam)\n"
    (work,) = parse_resume_text(text).resume.work
    assert (work.name, work.position, work.location) == (
        "Kaveri Capital",
        "Data Analyst",
        "Hanoi, Vietnam",
    )


def test_bold_line_with_a_section_word_is_not_a_heading() -> None:
    text = "Jo Park\n\n## Projects\n**Awards Tracker**\nA small app for a school club.\n"
    parsed = parse_resume_text(text)
    assert [s.name for s in parsed.sections] == ["header", "projects"]


def test_school_name_broken_over_two_lines_is_joined() -> None:
    text = (
        "Jo Park\n\nEDUCATION\nB.E. in Civil Engineering\t2019 - 2023\nKTH Royal\n"
        "Institute of Technology\n"
    )
    (school,) = parse_resume_text(text).resume.education
    assert school.institution == "KTH Royal Institute of Technology"
    assert (school.studyType, school.area) == ("B.E.", "Civil Engineering")


def test_bold_heading_of_heading_words_opens_its_section() -> None:
    text = "Jo Park\n\n**Educational Qualifications**\nB.Sc. Physics, Anna University\n"
    parsed = parse_resume_text(text)
    assert [s.name for s in parsed.sections] == ["header", "education"]


@pytest.mark.parametrize(
    ("line", "institution", "study", "area"),
    [
        ("MBA (Marketing), IIM Indore, 2019 – 2021", "IIM Indore", "MBA", "Marketing"),
        (
            "B.Tech in Computer Science and Engineering, VIT Vellore — 2018-2022",
            "VIT Vellore",
            "B.Tech",
            "Computer Science and Engineering",
        ),
        ("M.Sc. Chemistry, IISER Pune, 2015 - 2017", "IISER Pune", "M.Sc.", "Chemistry"),
        ("PGDM, XLRI Jamshedpur, 2015 - 2017", "XLRI Jamshedpur", "PGDM", None),
        ("B.Tech, CSE, 2018 - 2022", None, "B.Tech", "CSE"),
    ],
)
def test_degree_line_ending_in_an_acronym_school_and_city(
    line: str, institution: str | None, study: str, area: str | None
) -> None:
    (school,) = parse_resume_text(f"Jo Park\n\nEDUCATION\n{line}\n").resume.education
    assert (school.institution, school.studyType, school.area) == (institution, study, area)


@pytest.mark.parametrize(
    ("head", "name", "roles"),
    [
        ("Project Lead - Digital Audio Visualizer (IEEE)", "Digital Audio Visualizer (IEEE)",
         ["Project Lead"]),
        ("OpenAudio – Core Contributor", "OpenAudio", ["Core Contributor"]),
        ("Gitlytics - a tool for every developer", "Gitlytics", []),
        ("Gitlytics | Python, Flask", "Gitlytics", []),
    ],
)  # fmt: skip
def test_project_role_beside_a_dash_goes_to_roles(head: str, name: str, roles: list[str]) -> None:
    text = f"Jo Park\n\nPROJECTS\n{head}\tJan 2020 - May 2020\n• Built a thing that shows audio\n"
    (project,) = parse_resume_text(text).resume.projects
    assert (project.name, project.roles) == (name, roles)


INVOLVEMENT = """Jo Park
jo@example.com

EDUCATION
Acme University\tExpected Graduation: June 2016
Bachelor of Arts, Business Administration
ON CAMPUS INVOLVEMENT
Enactus Club\tAugust 2013 – Present
Member
• Implement collective ideas to sponsor campus and community events
• Led groups of 9 junior high students in discussion on success skills
VOLUNTEER EXPERIENCE
LionLike MindState, Pomona, CA\tJune 2012 – Present
Volunteer
• Plan two yearly outreach events to highlight community members' creativity
YMCA, Pomona, CA\tSummer 2013, 2014
Volunteer Swim Coach
• Instructed classes of up to 15 children on basic swimming skills
SKILLS
Excel, Spanish
"""


def test_involvement_section_and_a_volunteer_title_line() -> None:
    parsed = parse_resume_text(INVOLVEMENT)
    names = [s.name for s in parsed.sections]
    assert names == ["header", "education", "volunteer", "volunteer", "skills"]
    rows = [(v.name, v.position, v.startDate, v.endDate, len(v.highlights))
            for v in parsed.resume.volunteer]  # fmt: skip
    assert rows == [
        ("Enactus Club", "Member", "2013-08", None, 2),
        ("LionLike MindState", "Volunteer", "2012-06", None, 1),
        ("YMCA", "Volunteer Swim Coach", "2013", "2014", 1),
    ]


def test_plain_heading_words_still_open_sections_when_no_heading_is_set_apart() -> None:
    text = "Jo Park\n\nExperience\nAcme Corp\nEngineer\n2019 - 2020\nVolunteer\nRed Cross\n"
    assert [s.name for s in parse_resume_text(text).sections] == [
        "header", "experience", "volunteer"]  # fmt: skip


BULLETED_HEADS = """Jo Park
jo@example.com

EXPERIENCE
• Globex\tMountain View, CA
Software Engineer\tOct 2016 – Present
  ◦ Pipelines: built the batch and streaming pipelines for the data team
  ◦ Serving: wrote the model serving layer used by every product team
• Initech\tMountain View, CA
Senior Software Engineer\tJan 2014 – Oct 2016
  ◦ Notifications: service for sending email, push and in-app notifications
PROJECTS
• Quant Toolkit: Open source Python library for financial data analysis.
• Git Visualizer: Data visualization of Git log data using D3.
• Tech: D3, Python
• Mac Setup: Book that gives step-by-step instructions on setting up a laptop.
"""


def test_bulleted_entry_head_with_a_place_starts_a_new_entry() -> None:
    resume = parse_resume_text(BULLETED_HEADS).resume
    assert [(w.name, w.position, w.location, w.startDate, len(w.highlights))
            for w in resume.work] == [
        ("Globex", "Software Engineer", "Mountain View, CA", "2016-10", 2),
        ("Initech", "Senior Software Engineer", "Mountain View, CA", "2014-01", 1),
    ]  # fmt: skip


def test_named_bullets_are_one_project_each() -> None:
    projects = parse_resume_text(BULLETED_HEADS).resume.projects
    assert [(p.name, p.keywords) for p in projects] == [
        ("Quant Toolkit", []), ("Git Visualizer", ["D3", "Python"]), ("Mac Setup", [])]  # fmt: skip
    assert projects[0].description == "Open source Python library for financial data analysis."


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Enactus, Acme University", "Enactus, Acme University"),
        ("Robotics Club, Acme College", "Robotics Club, Acme College"),
        ("Globex, Initech Corp", "Initech Corp"),
    ],
)
def test_club_named_before_its_school_keeps_both(head: str, name: str) -> None:
    text = f"Jo Park\n\nACTIVITIES\n{head}\tAug 2013 – Present\nMember\n• Ran events\n"
    (entry,) = parse_resume_text(text).resume.volunteer
    assert (entry.name, entry.position) == (name, "Member")
