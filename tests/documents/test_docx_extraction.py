"""Word documents: paragraphs, headings, layout tables, text boxes, headers; zip bombs refused."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

from tests.documents.builders import docx_bytes, zip_bytes
from vidyamitra.core.errors import PayloadTooLarge, UnreadableDocument, UnsupportedMediaType
from vidyamitra.documents import DocumentLimits, extract_document


def _resume(document: Any) -> None:
    document.sections[0].header.paragraphs[0].text = "Asha Verma | asha@example.com"
    document.add_heading("Experience", level=1)
    para = document.add_paragraph()
    para.add_run("Acme Technologies").bold = True
    para.add_run("\tJan 2020 - Present")
    document.add_paragraph("Built the billing service in Go", style="List Bullet")


def test_paragraphs_headings_tabs_and_header() -> None:
    doc = extract_document(docx_bytes(_resume))
    assert doc.kind == "docx"
    rows = doc.text.splitlines()
    assert rows[0] == "Asha Verma | asha@example.com"
    assert rows[1:] == [
        "Experience",
        "Acme Technologies\tJan 2020 - Present",
        "• Built the billing service in Go",
    ]
    heading = next(line for line in doc.lines if line.text == "Experience")
    assert heading.heading and heading.bold
    company = next(line for line in doc.lines if line.text == "Acme Technologies")
    dates = next(line for line in doc.lines if line.text == "Jan 2020 - Present")
    assert company.bold and company.row == dates.row


def _two_column_table(document: Any) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "CONTACT"
    for text in ("asha@example.com", "Pune", "SKILLS", "Python"):
        left.add_paragraph(text)
    right.text = "EXPERIENCE"
    for text in ("Backend Engineer, Acme", "Jan 2020 - Present", "Built things"):
        right.add_paragraph(text)


def test_layout_table_is_read_column_by_column() -> None:
    doc = extract_document(docx_bytes(_two_column_table))
    assert doc.text.splitlines() == [
        "CONTACT",
        "asha@example.com",
        "Pune",
        "SKILLS",
        "Python",
        "EXPERIENCE",
        "Backend Engineer, Acme",
        "Jan 2020 - Present",
        "Built things",
    ]
    assert {line.column for line in doc.lines[:5]} == {1}
    assert {line.column for line in doc.lines[5:]} == {2}


def _data_table(document: Any) -> None:
    table = document.add_table(rows=4, cols=2)
    for row, (year, what) in zip(
        table.rows,
        [("2019", "Acme"), ("2020", "Globex"), ("2021", "Initech"), ("2022", "Umbrella")],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = year, what


def test_data_table_is_read_row_by_row() -> None:
    doc = extract_document(docx_bytes(_data_table))
    assert doc.text.splitlines() == [
        "2019\tAcme",
        "2020\tGlobex",
        "2021\tInitech",
        "2022\tUmbrella",
    ]


def _text_box(document: Any) -> None:
    from docx.oxml import parse_xml

    document.add_paragraph("Main body text")
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
        "<w:txbxContent><w:p><w:r><w:t>Boxed contact line</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"
    )
    document.paragraphs[-1]._p.append(parse_xml(xml))


def test_text_box_content_is_extracted_after_its_anchor() -> None:
    doc = extract_document(docx_bytes(_text_box))
    assert doc.text.splitlines() == ["Main body text", "Boxed contact line"]


def test_zip_bomb_is_refused_before_parsing() -> None:
    bomb = zip_bytes(
        {"word/document.xml": b"<" + b"a" * (40 * 1024 * 1024), "[Content_Types].xml": b"<Types/>"}
    )
    assert len(bomb) < 200_000
    with pytest.raises(PayloadTooLarge, match="unpacks"):
        extract_document(bomb)


def test_many_entries_are_refused() -> None:
    entries = {f"word/media/{i}.xml": b"x" for i in range(2100)}
    entries["word/document.xml"] = b"<w/>"
    with pytest.raises(PayloadTooLarge, match="parts"):
        extract_document(zip_bytes(entries))


def test_docx_limit_is_configurable() -> None:
    data = docx_bytes(_resume)
    with pytest.raises(PayloadTooLarge):
        extract_document(data, limits=DocumentLimits(max_docx_uncompressed=1000))


def test_broken_word_body_is_unreadable() -> None:
    data = zip_bytes({"word/document.xml": b"<not-xml", "[Content_Types].xml": b"<Types/>"})
    with pytest.raises(UnreadableDocument):
        extract_document(data)


def test_plain_zip_is_unsupported() -> None:
    with pytest.raises(UnsupportedMediaType):
        extract_document(zip_bytes({"a.txt": b"hello"}))


def test_damaged_word_bodies_parse_or_are_refused() -> None:
    import io
    import random
    import zipfile

    original = docx_bytes(_two_column_table)
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    body = parts["word/document.xml"]
    rng = random.Random(5)
    for _ in range(20):
        cut = rng.randrange(len(body))
        damaged = dict(parts)
        damaged["word/document.xml"] = body[:cut] + bytes(rng.randrange(256) for _ in range(8))
        with contextlib.suppress(UnreadableDocument):
            extract_document(zip_bytes(damaged))
