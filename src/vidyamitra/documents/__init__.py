"""Uploaded documents (PDF, DOCX, text) to positioned text lines in reading order."""

from vidyamitra.documents.extract import extract_document
from vidyamitra.documents.model import DocumentLimits, ExtractedDocument, TextLine
from vidyamitra.documents.sniff import sniff_kind

__all__ = ["DocumentLimits", "ExtractedDocument", "TextLine", "extract_document", "sniff_kind"]
