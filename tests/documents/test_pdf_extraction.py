"""PDF bytes become positioned lines in reading order; unreadable PDFs are refused."""

from __future__ import annotations

import contextlib

import pytest

from tests.documents.builders import image_only_pdf, pdf_bytes, two_column_pdf
from vidyamitra.core.errors import (
    PayloadTooLarge,
    UnprocessableContent,
    UnreadableDocument,
    UnsupportedMediaType,
)
from vidyamitra.documents import DocumentLimits, extract_document

ONE_COLUMN = [
    ("Asha Verma", 22, True),
    ("asha@example.com | +91 98765 43210 | Pune, India", 10, False),
    ("EXPERIENCE", 13, True),
    ("Software Engineer, Acme Technologies", 10, True),
    ("- Built the billing service in Go", 10, False),
]


def test_one_column_lines_keep_order_position_and_style() -> None:
    doc = extract_document(pdf_bytes([ONE_COLUMN]))
    assert doc.kind == "pdf" and doc.page_count == 1
    assert [line.text for line in doc.lines] == [text for text, _, _ in ONE_COLUMN]
    name, contact = doc.lines[0], doc.lines[1]
    assert name.bold and not contact.bold
    assert name.font_size is not None and contact.font_size is not None
    assert name.font_size > contact.font_size
    assert name.y0 < contact.y0 and name.x0 == pytest.approx(50, abs=2)
    assert doc.text.splitlines()[0] == "Asha Verma"


def test_wide_gap_on_a_line_makes_two_segments_of_one_row() -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.text(50, 80, "Acme Corp")
    pdf.text(450, 80, "Jan 2020 - Present")
    doc = extract_document(bytes(pdf.output()))
    first, second = doc.lines
    assert (first.text, second.text) == ("Acme Corp", "Jan 2020 - Present")
    assert first.row == second.row
    assert doc.text == "Acme Corp\tJan 2020 - Present"


SIDEBAR = [
    ("CONTACT", 11, True),
    ("asha@example.com", 9, False),
    ("Pune, India", 9, False),
    ("SKILLS", 11, True),
    ("Python", 9, False),
    ("Go", 9, False),
    ("SQL", 9, False),
    ("Docker", 9, False),
    ("Kubernetes", 9, False),
    ("LANGUAGES", 11, True),
    ("English", 9, False),
    ("Hindi", 9, False),
]
MAIN = [
    ("EXPERIENCE", 11, True),
    ("Backend Engineer, Acme Technologies", 10, True),
    ("Jan 2020 - Present", 10, False),
    ("- Designed an event pipeline that processes two million orders a day", 10, False),
    ("- Cut the p99 latency of the checkout service from 900 ms to 120 ms", 10, False),
    ("Software Engineer Intern, Globex Labs", 10, True),
    ("Jun 2019 - Aug 2019", 10, False),
    ("- Wrote integration tests for the payments gateway and its retries", 10, False),
    ("EDUCATION", 11, True),
    ("B.Tech in Computer Science, IIT Bombay", 10, False),
    ("2015 - 2019", 10, False),
]


@pytest.mark.parametrize("sidebar_first", [True, False])
def test_sidebar_and_main_column_are_read_one_after_the_other(sidebar_first: bool) -> None:
    data = two_column_pdf([("Asha Verma", 22, True)], SIDEBAR, MAIN, sidebar_first=sidebar_first)
    doc = extract_document(data)
    texts = [line.text for line in doc.lines]
    assert texts == ["Asha Verma"] + [t for t, _, _ in SIDEBAR] + [t for t, _, _ in MAIN]
    assert {line.column for line in doc.lines[1:13]} == {1}
    assert {line.column for line in doc.lines[13:]} == {2}
    assert doc.lines[0].column == 0


def test_encrypted_pdf_is_refused_with_a_clear_message() -> None:
    data = pdf_bytes([ONE_COLUMN], user_password="secret")
    with pytest.raises(UnreadableDocument, match="password"):
        extract_document(data)


def test_image_only_pdf_is_refused_as_having_no_text() -> None:
    with pytest.raises(UnreadableDocument, match="no readable text"):
        extract_document(image_only_pdf())


def test_page_limit_is_enforced() -> None:
    data = pdf_bytes([[("Page text", 10, False)]] * 3)
    with pytest.raises(PayloadTooLarge, match="3 pages"):
        extract_document(data, limits=DocumentLimits(max_pdf_pages=2))


def test_byte_limit_is_enforced_before_reading() -> None:
    with pytest.raises(PayloadTooLarge):
        extract_document(b"%PDF-1.7" + bytes(2000), limits=DocumentLimits(max_bytes=1000))


def test_deadline_is_checked_between_pages() -> None:
    data = pdf_bytes([[("Page text", 10, False)]] * 2)
    with pytest.raises(UnprocessableContent, match="too long"):
        extract_document(data, limits=DocumentLimits(max_seconds=-1.0))


@pytest.mark.parametrize("cut", [20, 200, 600])
def test_truncated_or_damaged_pdfs_never_crash(cut: int) -> None:
    data = pdf_bytes([ONE_COLUMN])
    broken = data[:cut] + bytes(reversed(data[cut : cut + 400]))
    with contextlib.suppress(UnreadableDocument):
        extract_document(broken)


def test_missing_spaces_are_restored_from_glyph_gaps() -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    x = 50.0
    for word in ("Senior", "Data", "Engineer"):  # words placed apart, no space glyphs
        pdf.text(x, 80, word)
        x += pdf.get_string_width(word) + 4
    doc = extract_document(bytes(pdf.output()))
    assert doc.lines[0].text == "Senior Data Engineer"


def test_letter_spaced_heading_is_rejoined_into_words() -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.set_char_spacing(8)
    pdf.text(50, 80, "JO PARK")
    doc = extract_document(bytes(pdf.output()))
    assert doc.lines[0].text == "JO PARK"


def test_mutated_pdfs_parse_or_are_refused() -> None:
    import random

    data = bytearray(pdf_bytes([ONE_COLUMN, ONE_COLUMN]))
    rng = random.Random(2024)
    outcomes = set()
    for _ in range(40):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 30)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        try:
            extract_document(bytes(mutated))
            outcomes.add("parsed")
        except (UnreadableDocument, UnsupportedMediaType):
            outcomes.add("refused")
    assert outcomes <= {"parsed", "refused"}


def test_glyph_garbled_text_is_refused() -> None:
    garbled = [("Xkcd Qwrtp Zxvbn Mnbvc Lkjhg Pqrst Wxyzk Bcdfg", 10, False)] * 8
    with pytest.raises(UnreadableDocument, match="cannot be decoded"):
        extract_document(pdf_bytes([garbled]))


def test_acronym_heavy_text_is_not_garbled() -> None:
    from vidyamitra.documents.pdf import looks_garbled

    text = "Skills: HTML CSS HTTP gRPC NLTK AWS GCP Python Java Kubernetes Docker Terraform " * 5
    assert not looks_garbled(text)
