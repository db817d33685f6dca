"""Offline, layout-aware resume parsing: extracted lines or plain text to JSON Resume."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vidyamitra.ai.offline.parsing.vocabulary import Vocabulary
    from vidyamitra.ai.parsed import ParsedResume
    from vidyamitra.documents.model import ExtractedDocument

ENGINE = "offline-v1"
_MAX_TEXT = 200_000


def parse_resume(doc: ExtractedDocument, vocabulary: Vocabulary | None = None) -> ParsedResume:
    """Parse an extracted document (PDF, DOCX or text) into a ParsedResume."""
    from vidyamitra.ai.offline.parsing.parser import build_resume, parse_warnings
    from vidyamitra.ai.offline.parsing.rows import build_rows
    from vidyamitra.ai.offline.parsing.vocabulary import load_vocabulary
    from vidyamitra.ai.offline.parsing.wraps import join_wrapped
    from vidyamitra.ai.parsed import ParsedResume

    vocab = vocabulary or load_vocabulary()
    rows = build_rows(doc.lines)
    if doc.kind == "pdf":  # only PDF text is wrapped by the page width
        rows = join_wrapped(rows, vocab)
    resume, sections = build_resume(rows, vocab)
    return ParsedResume(
        resume=resume,
        sections=sections,
        text=doc.text,
        source_kind=doc.kind,
        page_count=doc.page_count,
        warnings=doc.warnings + parse_warnings(resume, sections),
    )


def parse_resume_text(text: str, vocabulary: Vocabulary | None = None) -> ParsedResume:
    """Parse plain or Markdown resume text into a ParsedResume."""
    from vidyamitra.documents.model import ExtractedDocument, rows_text
    from vidyamitra.documents.text import text_lines

    lines = text_lines(text[:_MAX_TEXT])
    doc = ExtractedDocument(kind="text", page_count=1, lines=lines, text=rows_text(lines))
    return parse_resume(doc, vocabulary)


__all__ = ["ENGINE", "parse_resume", "parse_resume_text"]
