"""Plain text and Markdown: decoding, normalising and markup stripping."""

from __future__ import annotations

import pytest

from vidyamitra.core.errors import UnreadableDocument
from vidyamitra.documents import extract_document
from vidyamitra.documents.text import decode_text, markdown_line


@pytest.mark.parametrize(
    "data",
    [
        "Zoë Müller\n".encode(),
        "Zoë Müller\n".encode("utf-8-sig"),
        "Zoë Müller\n".encode("utf-16"),
        "Zoë Müller\n".encode("cp1252"),
    ],
)
def test_decodings(data: bytes) -> None:
    assert decode_text(data).strip() == "Zoë Müller"


def test_markdown_is_stripped_and_headings_kept_as_headings() -> None:
    text = (
        "# Asha Verma\n"
        "**Backend Engineer** at [Acme](https://acme.example.com)\n"
        "---\n"
        "## Skills\n"
        "- `Python`, *Go*\n"
        "| Year | Company |\n|---|---|\n| 2020 | Acme |\n"
        "asha_verma@example.com\n"
    )
    doc = extract_document(text.encode(), filename="resume.md")
    assert doc.text.splitlines() == [
        "Asha Verma",
        "Backend Engineer at Acme (https://acme.example.com)",
        "Skills",
        "• Python, Go",
        "Year\tCompany",
        "2020\tAcme",
        "asha_verma@example.com",
    ]
    skills = next(line for line in doc.lines if line.text == "Skills")
    assert skills.heading and skills.bold


def test_underlined_line_is_a_heading_but_a_ruled_contact_line_is_not() -> None:
    text = (
        "Jo Park\njo@example.com | +1 555 0100\n" + "-" * 60 + "\n\n"
        "Work History\n============\nAcme Corp\n"
    )
    doc = extract_document(text.encode(), filename="resume.txt")
    headings = [line.text for line in doc.lines if line.heading]
    assert headings == ["Work History"]


def test_bold_line_is_marked_bold() -> None:
    assert markdown_line("**Acme Corp**") == ("Acme Corp", False, True)


def test_controls_and_nbsp_are_normalised() -> None:
    doc = extract_document("Asha\u00a0Verma\u200b\r\nPune\x07\n".encode(), filename="a.txt")
    assert doc.text == "Asha Verma\nPune"


def test_empty_text_is_unreadable() -> None:
    with pytest.raises(UnreadableDocument):
        extract_document(b"   \n\n  ", filename="a.txt")


def test_empty_upload_is_unreadable() -> None:
    with pytest.raises(UnreadableDocument, match="empty"):
        extract_document(b"")
