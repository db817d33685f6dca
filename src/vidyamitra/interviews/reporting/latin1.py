"""Make any text printable with the PDF core fonts (latin-1), replacing what cannot be shown."""

from __future__ import annotations

import unicodedata

_REPLACEMENTS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": "...", "\u2022": "-", "\u00b7": "-",
    "\u2192": "->", "\u2190": "<-", "\u2264": "<=", "\u2265": ">=", "\u00d7": "x",
    "\u00a0": " ", "\u200b": "", "\u2009": " ", "\u20b9": "Rs.", "\u20ac": "EUR",
}  # fmt: skip


def to_latin1(text: str) -> str:
    """Typographic marks become ASCII, accents are kept or stripped, the rest becomes '?'."""
    out: list[str] = []
    for char in text:
        if char in _REPLACEMENTS:
            out.append(_REPLACEMENTS[char])
        elif ord(char) < 256:
            out.append(char if char.isprintable() or char == "\n" else " ")
        else:
            base = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            out.append(base if base and all(ord(c) < 256 for c in base) else "?")
    return "".join(out)
