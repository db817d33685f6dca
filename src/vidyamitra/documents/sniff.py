"""Tell a PDF, a Word document and plain text apart from their bytes."""

from __future__ import annotations

import io
import zipfile

from vidyamitra.core.errors import UnsupportedMediaType
from vidyamitra.documents.model import DocumentKind

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF media file"),
    (b"MZ", "a Windows executable"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "a legacy Word (.doc) or other OLE file; save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file; save it as .docx or PDF"),
)
_TEXT_EXTENSIONS = (".txt", ".md", ".markdown", ".text")
_ZIP_EXTENSIONS = (".docx", ".docm", ".dotx", ".zip")
_SUPPORTED = "upload a PDF, a Word .docx or a plain-text file"


def sniff_kind(data: bytes, filename: str | None = None) -> DocumentKind:
    """Classify ``data`` by content; the file name only breaks ties for borderline text."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if _zip_like(data, filename):
        return _sniff_zip(data)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise UnsupportedMediaType(f"this file is {what}; {_SUPPORTED}")
    if looks_like_text(data, lenient=_has_text_extension(filename)):
        return "text"
    raise UnsupportedMediaType(f"unrecognised binary file; {_SUPPORTED}")


def _zip_like(data: bytes, filename: str | None) -> bool:
    """ "PK" then a control byte (any ZIP record), or "PK" in a file named as a Word file."""
    if not data.startswith(b"PK"):
        return False
    named_zip = bool(filename) and str(filename).lower().endswith(_ZIP_EXTENSIONS)
    return named_zip or len(data) == 2 or data[2] < 0x20


def _has_text_extension(filename: str | None) -> bool:
    return bool(filename) and str(filename).lower().endswith(_TEXT_EXTENSIONS)


def _sniff_zip(data: bytes) -> DocumentKind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnsupportedMediaType(
            f"not a valid DOCX/ZIP file (damaged or not an archive); {_SUPPORTED}"
        ) from exc
    if "word/document.xml" in names:
        return "docx"
    raise UnsupportedMediaType(f"a ZIP archive that is not a Word document; {_SUPPORTED}")


def looks_like_text(data: bytes, *, lenient: bool = False) -> bool:
    """True when ``data`` decodes as UTF-8/UTF-16/cp1252 text with few control characters."""
    if not data:
        return False
    sample = data[:65536]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = sample.decode("utf-16", errors="replace")
    elif b"\x00" in sample:
        return False
    else:
        try:
            text = sample.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 4:
                text = sample.decode("cp1252", errors="replace")
            else:
                text = sample[: exc.start].decode("utf-8", errors="replace")
    if not text:
        return False
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad / len(text) <= (0.1 if lenient else 0.02)
