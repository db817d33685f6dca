"""Small documents the tests build themselves: resume text, PDF, DOCX."""

from __future__ import annotations

import io

RESUME_TEXT = """Asha Rao
Backend Developer
asha.rao@example.com | +91 98765 43210 | github.com/asharao | Bengaluru, India

Summary
Backend developer with three years of experience building Python services.

Experience
Backend Developer, Acme Labs                                  Jan 2022 - Present
- Built REST APIs in Python and FastAPI serving 2 million requests a day
- Reduced PostgreSQL query latency by 40% by adding indexes and caching with Redis
- Containerised 12 services with Docker and deployed them to AWS

Software Engineering Intern, Bright Systems                   Jun 2021 - Dec 2021
- Wrote unit tests with pytest, raising coverage from 55% to 85%

Education
B.Tech in Computer Science, National Institute of Technology Trichy   2017 - 2021
CGPA: 8.6/10

Skills
Languages: Python, SQL, JavaScript
Tools: Docker, PostgreSQL, Redis, Git, Linux
"""


def pdf_bytes(text: str = RESUME_TEXT) -> bytes:
    """A one-column text PDF of ``text`` written with fpdf2."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.splitlines():
        pdf.cell(0, 5, line.replace("–", "-"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def encrypted_pdf_bytes(text: str = RESUME_TEXT) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="user")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.splitlines():
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_bytes(text: str = RESUME_TEXT) -> bytes:
    """A DOCX with one paragraph per line; section names as headings."""
    from docx import Document

    document = Document()
    for line in text.splitlines():
        if line in {"Summary", "Experience", "Education", "Skills"}:
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def zip_bomb_docx() -> bytes:
    """A small DOCX-shaped ZIP whose body unpacks to 40 MiB."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"<" + b"a" * (40 * 1024 * 1024))
    return buffer.getvalue()


def many_pages_pdf(pages: int = 25) -> bytes:
    """A text PDF with more pages than the limit allows."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for page in range(pages):
        pdf.add_page()
        pdf.cell(0, 5, f"Page {page + 1} of a very long resume")
    return bytes(pdf.output())
