"""Turn uploaded bytes or pasted text into a parsed resume, off the event loop, within limits."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from vidyamitra.ai.parsed import ParsedResume
from vidyamitra.core.errors import PayloadTooLarge, UnprocessableContent, UnreadableDocument
from vidyamitra.core.settings import Settings

MIN_WORDS = 15  # a name, contact line and one entry already take more

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text": "text/plain",
}


@dataclass(frozen=True)
class Intake:
    parsed: ParsedResume
    kind: str

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.kind]


def check_text(text: str, settings: Settings) -> str:
    """Refuse text over the limit (413) or with nothing readable in it (422)."""
    if len(text) > settings.max_text_chars:
        raise PayloadTooLarge(
            f"resume text is {len(text):,} characters; the limit is {settings.max_text_chars:,}"
        )
    if not text.strip():
        raise UnreadableDocument("the resume text is empty")
    words = len(text.split())
    if words < MIN_WORDS:
        raise UnreadableDocument(
            f"this is {words} word{'s' if words != 1 else ''}, too short to be a resume; "
            "send the whole resume"
        )
    return text


def _parse_bytes(data: bytes, filename: str | None, settings: Settings) -> Intake:
    from vidyamitra.ai.offline.parsing import parse_resume
    from vidyamitra.documents import DocumentLimits, extract_document

    limits = DocumentLimits(
        max_bytes=settings.max_upload_bytes,
        max_pdf_pages=settings.max_pdf_pages,
        max_seconds=settings.parse_timeout_seconds,
    )
    document = extract_document(data, filename=filename, limits=limits)
    check_text(document.text, settings)
    return Intake(parsed=parse_resume(document), kind=document.kind)


def _parse_text(text: str) -> Intake:
    from vidyamitra.ai.offline.parsing import parse_resume_text

    return Intake(parsed=parse_resume_text(text), kind="text")


async def parse_upload(data: bytes, filename: str | None, settings: Settings) -> Intake:
    """Sniff, extract and parse an uploaded file in a worker thread."""
    if len(data) > settings.max_upload_bytes:
        raise PayloadTooLarge(
            f"the file is {len(data) / 1_048_576:.1f} MiB; the limit is "
            f"{settings.max_upload_bytes / 1_048_576:.1f} MiB"
        )
    if not data:
        raise UnreadableDocument("the uploaded file is empty")
    # The extractor checks its deadline between pages; this bounds a single slow page too.
    try:
        return await asyncio.wait_for(
            asyncio.to_thread(_parse_bytes, data, filename, settings),
            timeout=settings.parse_timeout_seconds + 2,
        )
    except TimeoutError:
        raise UnprocessableContent(
            f"reading this file took longer than {settings.parse_timeout_seconds:.0f} s; "
            "export it again as a simpler PDF or upload a DOCX"
        ) from None


async def parse_text(text: str, settings: Settings) -> Intake:
    """Parse pasted resume text in a worker thread."""
    check_text(text, settings)
    return await asyncio.to_thread(_parse_text, text)
