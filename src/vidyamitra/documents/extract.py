"""Entry point: bytes of an uploaded resume to positioned text, within resource limits."""

from __future__ import annotations

import time

from vidyamitra.core.errors import PayloadTooLarge, UnreadableDocument
from vidyamitra.documents.model import DocumentLimits, ExtractedDocument
from vidyamitra.documents.sniff import sniff_kind

_DEFAULT_LIMITS = DocumentLimits()


def extract_document(
    data: bytes, *, filename: str | None = None, limits: DocumentLimits = _DEFAULT_LIMITS
) -> ExtractedDocument:
    """Read a PDF, DOCX or text document; raise an AppError subclass for what cannot be read.

    Raises PayloadTooLarge (bytes, pages, unpacked DOCX size), UnsupportedMediaType (not a
    PDF/DOCX/text file), UnreadableDocument (encrypted, scanned, garbled or empty) and
    UnprocessableContent (took longer than ``limits.max_seconds``).
    """
    if len(data) > limits.max_bytes:
        raise PayloadTooLarge(
            f"this file is {len(data)} bytes; the limit is {limits.max_bytes}",
            size=len(data),
            max_bytes=limits.max_bytes,
        )
    if not data.strip():
        raise UnreadableDocument("the file is empty")
    kind = sniff_kind(data, filename)
    deadline = time.monotonic() + limits.max_seconds
    if kind == "pdf":
        from vidyamitra.documents.pdf import extract_pdf

        return extract_pdf(data, limits, deadline)
    if kind == "docx":
        from vidyamitra.documents.docx import extract_docx

        return extract_docx(data, limits)
    from vidyamitra.documents.text import extract_text

    document = extract_text(data, limits.max_chars)
    if not document.text.strip():
        raise UnreadableDocument("this text file is empty")
    return document
