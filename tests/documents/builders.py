"""Small documents written on the fly for the extraction and parsing tests."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

Line = tuple[str, float, bool]  # text, font size, bold


def pdf_bytes(pages: Sequence[Sequence[Line]], *, user_password: str | None = None) -> bytes:
    """A one-column PDF, one list of (text, size, bold) lines per page (core fonts)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    if user_password is not None:
        pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    for page in pages:
        pdf.add_page()
        y = 50.0
        for text, size, bold in page:
            pdf.set_font("Helvetica", "B" if bold else "", size)
            pdf.text(50, y, text)
            y += size * 1.6
    return bytes(pdf.output())


def two_column_pdf(
    banner: Sequence[Line],
    sidebar: Sequence[Line],
    main: Sequence[Line],
    *,
    sidebar_first: bool = False,
) -> bytes:
    """A page with a name banner over a left sidebar and a main column (drawn main first)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 50.0
    for text, size, bold in banner:
        pdf.set_font("Helvetica", "B" if bold else "", size)
        pdf.text(50, y, text)
        y += size * 1.6
    top = y + 10
    order = [(40.0, sidebar), (220.0, main)]
    for x, column in order if sidebar_first else order[::-1]:
        y = top
        for text, size, bold in column:
            pdf.set_font("Helvetica", "B" if bold else "", size)
            pdf.text(x, y, text)
            y += size * 1.9 if x < 100 else size * 1.5
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A 'scanned' page: one raster image and no text layer."""
    from fpdf import FPDF
    from PIL import Image

    image = Image.new("RGB", (200, 100), (255, 255, 255))
    for x in range(20, 180):
        image.putpixel((x, 50), (0, 0, 0))
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.image(image, x=50, y=50, w=400)
    return bytes(pdf.output())


def docx_bytes(build: object) -> bytes:
    """Save a python-docx Document built by ``build(document)`` to bytes."""
    import docx

    document = docx.Document()
    build(document)  # type: ignore[operator]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    """A deflated ZIP archive holding ``entries``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def png_bytes() -> bytes:
    """A tiny PNG image."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (10, 20, 30)).save(buffer, format="PNG")
    return buffer.getvalue()
