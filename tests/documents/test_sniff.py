"""Document kinds are told from bytes; the file name only breaks ties."""

from __future__ import annotations

import random

import pytest

from tests.documents.builders import docx_bytes, pdf_bytes, png_bytes, zip_bytes
from vidyamitra.core.errors import UnsupportedMediaType
from vidyamitra.documents import sniff_kind


def test_pdf_is_recognised_even_with_a_wrong_extension() -> None:
    data = pdf_bytes([[("Hello", 12, False)]])
    assert sniff_kind(data, "resume.docx") == "pdf"


def test_docx_is_a_zip_with_a_word_body() -> None:
    data = docx_bytes(lambda d: d.add_paragraph("Hi"))
    assert sniff_kind(data, "upload.bin") == "docx"


def test_utf8_and_utf16_text_are_text() -> None:
    assert sniff_kind(b"Jane Doe\nSkills: Python\n") == "text"
    assert sniff_kind("Jane Doe\nSkills: Python\n".encode("utf-16")) == "text"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (png_bytes(), "PNG"),
        (zip_bytes({"notes.txt": b"hello"}), "not a Word document"),
        (b"MZ\x90\x00" + bytes(200), "executable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), ".doc"),
        (random.Random(7).randbytes(4096), "binary"),
    ],
)
def test_other_files_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(UnsupportedMediaType, match=message):
        sniff_kind(data)


def test_extension_tips_borderline_text() -> None:
    data = ("Name\n" * 20).encode() + bytes([7]) * 3
    with pytest.raises(UnsupportedMediaType):
        sniff_kind(data, "file.bin")
    assert sniff_kind(data, "resume.txt") == "text"


@pytest.mark.parametrize(
    ("data", "filename"),
    [(b"PK\n", "z.docx"), (b"PK\x03\x04broken", None), (b"PK\x05\x06" + bytes(4), "cv"),
     (b"PK", None), (b"PK anything else", "resume.docx")],
)  # fmt: skip
def test_pk_bytes_that_are_not_a_zip_are_refused(data: bytes, filename: str | None) -> None:
    with pytest.raises(UnsupportedMediaType, match="not a valid DOCX/ZIP"):
        sniff_kind(data, filename)


def test_text_that_merely_starts_with_pk_is_still_text() -> None:
    assert sniff_kind(b"PK Sharma\nSoftware Engineer\nSkills: Python\n", "cv.txt") == "text"
