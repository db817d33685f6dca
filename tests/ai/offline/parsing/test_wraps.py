"""Lines a PDF wrapped (narrow sidebars) are joined back before entries are read."""

from __future__ import annotations

from tests.ai.offline.parsing.test_parse_documents import MAIN

from vidyamitra.ai.offline.parsing import parse_resume
from vidyamitra.ai.offline.parsing.rows import Row
from vidyamitra.ai.offline.parsing.vocabulary import load_vocabulary
from vidyamitra.ai.offline.parsing.wraps import join_wrapped
from vidyamitra.documents import extract_document

EDGE = 185.0


def row(text: str, line: int, *, x1: float = 120.0, bold: bool = False, size: float = 9.0) -> Row:
    """A one-segment sidebar row starting at x=40 on the given visual line."""
    return Row(
        (text,), 1, 1, 40.0, 200.0 + line * 12.0, size, bold, False, False, False, (40.0,), x1
    )


def joined(*rows: Row) -> list[str]:
    """Texts after joining; three far-off full lines elsewhere in the column set its edge."""
    edges = [row(f"edge marker {i}", 20 + 3 * i, x1=EDGE) for i in range(3)]
    return [r.parts[0] for r in join_wrapped([*rows, *edges], load_vocabulary())][:-3]


def test_line_ending_mid_phrase_continues() -> None:
    texts = joined(row("Bachelor of Science in", 0), row("Computer Science", 1))
    assert texts == ["Bachelor of Science in Computer Science"]


def test_line_starting_mid_phrase_continues() -> None:
    texts = joined(row("Computer Science, University", 0), row("of Lagos (2017 - 2021)", 1))
    assert texts == ["Computer Science, University of Lagos (2017 - 2021)"]


def test_list_items_near_the_edge_stay_apart() -> None:
    texts = joined(row("Evolutionary Computation", 0, x1=178.0), row("Machine Learning", 1))
    assert texts == ["Evolutionary Computation", "Machine Learning"]


def test_full_line_continues_but_a_short_one_does_not() -> None:
    full = joined(row("National Institute of Technology", 0, x1=180.0), row("Tiruchirappalli", 1))
    short = joined(row("Anna University", 0, x1=110.0), row("Chennai", 1))
    assert full == ["National Institute of Technology Tiruchirappalli"]
    assert short == ["Anna University", "Chennai"]


def test_heading_split_over_two_lines_is_one_heading() -> None:
    texts = joined(row("EDUCATIONAL", 0, bold=True), row("QUALIFICATIONS", 1, bold=True))
    assert texts == ["EDUCATIONAL QUALIFICATIONS"]


def test_complete_heading_does_not_swallow_the_line_below() -> None:
    texts = joined(row("EXPERIENCE", 0, bold=True), row("Globex Corporation", 1, bold=True))
    assert texts == ["EXPERIENCE", "Globex Corporation"]


def test_different_style_gap_or_web_address_starts_a_new_line() -> None:
    assert joined(row("B.E. in", 0, bold=True), row("Mechanical", 1)) == ["B.E. in", "Mechanical"]
    assert joined(row("Degree in", 0), row("Physics", 3)) == ["Degree in", "Physics"]
    full = row("jo.park.engineer@example.com", 0, x1=184.0)
    assert joined(full, row("linkedin.com/in/jo", 1)) == [
        "jo.park.engineer@example.com",
        "linkedin.com/in/jo",
    ]


def _wrapped_sidebar_pdf(sidebar: list[str], main: list[tuple[str, bool]]) -> bytes:
    """A name banner, a 9 pt sidebar set at 11 pt line pitch (wrapped text) and a main column."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(40, 50, "Asha Verma")
    for index, (text, bold) in enumerate(main):
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        pdf.text(220, 90 + index * 15, text)
    y = 90.0
    for text in sidebar:
        heading = text.isupper()
        pdf.set_font("Helvetica", "B" if heading else "", 11 if heading else 9)
        y += 6 if heading else 0
        pdf.text(40, y, text)
        y += 16 if heading else 11
    return bytes(pdf.output())


def test_sidebar_school_wrapped_over_three_lines() -> None:
    sidebar = [
        "SKILLS",
        "Python, Go, Docker,",
        "Kubernetes, Terraform",
        "EDUCATION",
        "B.Tech in Computer Science,",
        "National Institute of",
        "Technology Karnataka",
        "2015 - 2019",
    ]
    main = [(text, bold) for text, _, bold in MAIN if text != "EDUCATION"][:-2]
    pdf = _wrapped_sidebar_pdf(sidebar, main)
    parsed = parse_resume(extract_document(pdf)).resume
    (school,) = parsed.education
    assert school.institution == "National Institute of Technology Karnataka"
    assert (school.studyType, school.area) == ("B.Tech", "Computer Science")
    keywords = [k for group in parsed.skills for k in group.keywords]
    assert keywords == ["Python", "Go", "Docker", "Kubernetes", "Terraform"]


def test_label_after_a_full_line_starts_a_new_group() -> None:
    full = row("Languages: Excel, Kotlin, C++", 0, x1=183.0)
    assert joined(full, row("Frameworks: Spring Boot", 1)) == [
        "Languages: Excel, Kotlin, C++",
        "Frameworks: Spring Boot",
    ]


def test_dangling_line_joins_the_next_line_and_keeps_its_dates() -> None:
    above = row("Backend Developer at Kestrel", 0)
    below = Row(("Analytics and", "2019 - 2021"), 1, 1, 40.0, 212.0, 9.0, False, False, False,
                False, (40.0, 150.0), EDGE)  # fmt: skip
    top = row("Senior Engineer, Acme Corporation and", 3)
    under = Row(("Partners", "2021 - 2023"), 1, 1, 40.0, 248.0, 9.0, False, False, False,
                False, (40.0, 150.0), EDGE)  # fmt: skip
    rows = join_wrapped([above, below, top, under], load_vocabulary())
    assert [r.parts for r in rows] == [
        ("Backend Developer at Kestrel",),
        ("Analytics and", "2019 - 2021"),
        ("Senior Engineer, Acme Corporation and Partners", "2021 - 2023"),
    ]
