"""Resolve Word paragraph styles (bold, size, heading) through their based-on chains."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class StyleInfo:
    """What a paragraph style says about bold, font size and being a heading."""

    bold: bool = False
    size: float | None = None
    heading: bool = False
    listed: bool = False


def read_styles(document: Any) -> dict[str, StyleInfo]:
    """Map every paragraph style id of ``document`` to its resolved StyleInfo."""
    result: dict[str, StyleInfo] = {}
    try:
        styles = list(document.styles)
    except Exception:  # a damaged styles part leaves every paragraph plain
        return result
    for style in styles:
        try:
            result[style.style_id] = _resolve(style)
        except (AttributeError, ValueError, TypeError):
            continue
    return result


def _resolve(style: Any) -> StyleInfo:
    bold: bool | None = None
    size: float | None = None
    heading = listed = False
    current, depth = style, 0
    while current is not None and depth < 10:
        name = (current.name or "").lower()
        heading = heading or name.startswith(("heading", "title"))
        listed = listed or name.startswith("list")
        font = getattr(current, "font", None)
        if font is not None:
            if bold is None and font.bold is not None:
                bold = bool(font.bold)
            if size is None and font.size is not None:
                size = float(font.size.pt)
        current, depth = getattr(current, "base_style", None), depth + 1
    return StyleInfo(bold=bool(bold) or heading, size=size, heading=heading, listed=listed)


def paragraph_style(p: Any, styles: dict[str, StyleInfo]) -> StyleInfo:
    """The StyleInfo of paragraph element ``p`` (plain when it names no known style)."""
    props = p.find(W + "pPr")
    style_el = props.find(W + "pStyle") if props is not None else None
    if style_el is None:
        return styles.get("Normal", StyleInfo())
    return styles.get(style_el.get(W + "val") or "", StyleInfo())
