"""Bar geometry shared by the HTML (SVG) and PDF charts."""

from __future__ import annotations

from dataclasses import dataclass

from vidyamitra.ai.interview_models import CategoryScore

# Band colours by anchor (red → green), as RGB.
BAND_COLOURS: tuple[tuple[int, tuple[int, int, int]], ...] = (
    (20, (192, 57, 43)),
    (40, (230, 126, 34)),
    (60, (241, 196, 15)),
    (80, (39, 174, 96)),
    (100, (30, 132, 73)),
)


@dataclass(frozen=True)
class Bar:
    """One horizontal bar: label, value 0–100 and colour."""

    label: str
    value: int
    colour: tuple[int, int, int]


def colour_of(score: int) -> tuple[int, int, int]:
    """Colour of the anchor band a score falls in."""
    for upper, colour in BAND_COLOURS:
        if score <= upper:
            return colour
    return BAND_COLOURS[-1][1]


def bars(categories: list[CategoryScore]) -> list[Bar]:
    """Bars for the chart, labelled with kind, name and how many questions."""
    out = []
    for c in categories:
        name = c.category.replace("_", " ")
        label = f"{name.capitalize()} questions" if c.kind == "type" else f"Skill: {name}"
        out.append(Bar(f"{label} ({c.count})", max(0, min(100, c.score)), colour_of(c.score)))
    return out
