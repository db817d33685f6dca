"""PDFium through ctypes only (pypdfium2's helpers pull in numpy and PIL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_state: dict[str, Any] = {}


class PdfiumError(RuntimeError):
    """PDFium refused a document or page; ``code`` is FPDF_GetLastError() when known."""

    def __init__(self, message: str, code: int = 0) -> None:
        super().__init__(message)
        self.code = code


def bindings() -> Any:
    """PDFium's functions (pypdfium2's library), initialised once per process."""
    if "lib" not in _state:
        from vidyamitra.documents import pdfium_ctypes

        lib: Any = pdfium_ctypes.load()
        if lib is None:  # an unusual pypdfium2 layout: its full bindings find the library
            import pypdfium2_raw  # type: ignore[import-untyped]

            lib = pypdfium2_raw
        config = lib.FPDF_LIBRARY_CONFIG(
            version=2, m_pUserFontPaths=None, m_pIsolate=None, m_v8EmbedderSlot=0
        )
        lib.FPDF_InitLibraryWithConfig(config)  # a no-op when pypdfium2 already did it
        _state["lib"] = lib
    return _state["lib"]


@contextmanager
def open_document(data: bytes) -> Iterator[Any]:
    """An FPDF_DOCUMENT for ``data`` (kept alive while open); raise PdfiumError if unreadable."""
    lib = bindings()
    handle = lib.FPDF_LoadMemDocument64(data, len(data), None)
    if not handle or lib.FPDF_GetPageCount(handle) < 1:
        code = int(lib.FPDF_GetLastError())
        if handle:
            lib.FPDF_CloseDocument(handle)
        raise PdfiumError(f"failed to load the document (PDFium error {code})", code)
    try:
        yield handle
    finally:
        lib.FPDF_CloseDocument(handle)


@contextmanager
def open_page(document: Any, index: int) -> Iterator[tuple[Any, float, float]]:
    """(text page handle, width, height) of page ``index``; both handles closed on exit."""
    lib = bindings()
    page = lib.FPDF_LoadPage(document, index)
    if not page:
        raise PdfiumError(f"failed to load page {index}")
    try:
        textpage = lib.FPDFText_LoadPage(page)
        if not textpage:
            raise PdfiumError(f"failed to load the text of page {index}")
        try:
            width = float(lib.FPDF_GetPageWidthF(page))
            height = float(lib.FPDF_GetPageHeightF(page))
            yield textpage, width, height
        finally:
            lib.FPDFText_ClosePage(textpage)
    finally:
        lib.FPDF_ClosePage(page)


def page_count(document: Any) -> int:
    """Number of pages of an open document."""
    return int(bindings().FPDF_GetPageCount(document))
