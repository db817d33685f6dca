"""The few PDFium functions the extractor calls, declared straight on pypdfium2's library.

pypdfium2_raw declares all ~1000 PDFium functions at import (about 20 ms); these ~20
declarations copy its signatures exactly. ``load`` returns None when the packaged library
file cannot be found, and the caller falls back to pypdfium2_raw.
"""

from __future__ import annotations

import ctypes
import sys
from importlib.util import find_spec
from pathlib import Path
from types import SimpleNamespace
from typing import Any


class _Opaque(ctypes.Structure):
    """An opaque PDFium handle target (document, page, text page, object, font)."""


class FS_RECTF(ctypes.Structure):  # noqa: N801 - PDFium's name
    _fields_ = [  # noqa: RUF012 - ctypes layout
        ("left", ctypes.c_float),
        ("top", ctypes.c_float),
        ("right", ctypes.c_float),
        ("bottom", ctypes.c_float),
    ]


class FPDF_LIBRARY_CONFIG(ctypes.Structure):  # noqa: N801 - PDFium's name
    _fields_ = [  # noqa: RUF012 - ctypes layout
        ("version", ctypes.c_int),
        ("m_pUserFontPaths", ctypes.POINTER(ctypes.POINTER(ctypes.c_char))),
        ("m_pIsolate", ctypes.c_void_p),
        ("m_v8EmbedderSlot", ctypes.c_uint),
        ("m_pPlatform", ctypes.c_void_p),
        ("m_RendererType", ctypes.c_int),
    ]


_HANDLE = ctypes.POINTER(_Opaque)
_C = ctypes
_SIGNATURES: dict[str, tuple[list[Any], Any]] = {
    "FPDF_InitLibraryWithConfig": ([ctypes.POINTER(FPDF_LIBRARY_CONFIG)], None),
    "FPDF_LoadMemDocument64": ([_C.c_void_p, _C.c_size_t, _C.POINTER(_C.c_char)], _HANDLE),
    "FPDF_GetPageCount": ([_HANDLE], _C.c_int),
    "FPDF_GetLastError": ([], _C.c_ulong),
    "FPDF_CloseDocument": ([_HANDLE], None),
    "FPDF_LoadPage": ([_HANDLE, _C.c_int], _HANDLE),
    "FPDF_ClosePage": ([_HANDLE], None),
    "FPDF_GetPageWidthF": ([_HANDLE], _C.c_float),
    "FPDF_GetPageHeightF": ([_HANDLE], _C.c_float),
    "FPDFText_LoadPage": ([_HANDLE], _HANDLE),
    "FPDFText_ClosePage": ([_HANDLE], None),
    "FPDFText_CountChars": ([_HANDLE], _C.c_int),
    "FPDFText_GetUnicode": ([_HANDLE, _C.c_int], _C.c_uint),
    "FPDFText_GetLooseCharBox": ([_HANDLE, _C.c_int, _C.POINTER(FS_RECTF)], _C.c_int),
    "FPDFText_GetFontSize": ([_HANDLE, _C.c_int], _C.c_double),
    "FPDFText_GetCharBox": ([_HANDLE, _C.c_int, *[_C.POINTER(_C.c_double)] * 4], _C.c_int),
    "FPDFText_GetTextObject": ([_HANDLE, _C.c_int], _HANDLE),
    "FPDFTextObj_GetFont": ([_HANDLE], _HANDLE),
    "FPDFFont_GetBaseFontName": ([_HANDLE, _C.POINTER(_C.c_char), _C.c_size_t], _C.c_size_t),
    "FPDFFont_GetFlags": ([_HANDLE], _C.c_int),
}


def _library_path() -> Path | None:
    """pypdfium2_raw's packaged PDFium library file, found without importing the package."""
    spec = find_spec("pypdfium2_raw")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    if sys.platform in ("win32", "cygwin", "msys"):
        names = ["pdfium.dll", "libpdfium.dll"]
    elif sys.platform == "darwin":
        names = ["libpdfium.dylib", "pdfium.dylib", "libpdfium.so"]
    else:
        names = ["libpdfium.so", "pdfium.so"]
    return next((folder / n for n in names if (folder / n).is_file()), None)


def load() -> Any:
    """A namespace with the declared functions and structures, or None."""
    path = _library_path()
    if path is None:
        return None
    library = ctypes.CDLL(str(path))
    out = SimpleNamespace(FS_RECTF=FS_RECTF, FPDF_LIBRARY_CONFIG=FPDF_LIBRARY_CONFIG)
    for name, (argtypes, restype) in _SIGNATURES.items():
        function = library[name]
        function.argtypes = argtypes
        function.restype = restype
        setattr(out, name, function)
    return out
