"""Zip-bomb-safe checks on a .docx archive before any of its XML is parsed."""

from __future__ import annotations

import io
import zipfile

from vidyamitra.core.errors import PayloadTooLarge, UnreadableDocument
from vidyamitra.documents.model import DocumentLimits

_MAX_ENTRIES = 2000


def check_zip(data: bytes, limits: DocumentLimits) -> None:
    """Refuse a zip bomb or a ZIP without a Word body before any XML is parsed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnreadableDocument("this Word file is damaged and cannot be opened") from exc
    if len(infos) > _MAX_ENTRIES:
        raise PayloadTooLarge(f"this Word file holds {len(infos)} parts; too many to read")
    size = sum(info.file_size for info in infos)
    if size > limits.max_docx_uncompressed:
        raise PayloadTooLarge(
            f"this Word file unpacks to {size} bytes; the limit is {limits.max_docx_uncompressed}"
        )
    if not any(info.filename == "word/document.xml" for info in infos):
        raise UnreadableDocument("this file has no Word document body (word/document.xml)")
