"""Degree levels named in text: high school < diploma < bachelor's < master's < doctorate."""

from __future__ import annotations

import re

from vidyamitra.ai.jsonresume import JsonResume

LEVEL_NAMES = ("high school", "diploma", "bachelor's degree", "master's degree", "doctorate")
_LEVELS: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (level, re.compile(pattern, re.IGNORECASE))
    for level, pattern in (
        (4, r"\b(ph\.?\s?d|doctorate|doctoral|d\.phil)\b"),
        (
            3,
            r"\b(master'?s?|m\.?\s?s\.?c?|m\.?\s?tech|m\.?\s?e\.|m\.?\s?eng|mba|pgdm|mca|m\.?\s?com|"
            r"m\.?\s?a\.|postgraduate|post-graduate|post graduate)(?![a-z])",
        ),
        (
            2,
            r"\b(bachelor'?s?|b\.?\s?s\.?c?|b\.?\s?tech|b\.?\s?e\.|b\.?\s?eng|bca|bba|b\.?\s?com|"
            r"b\.?\s?a\.|undergraduate|b\.?\s?sc|ba\s+in|bs\s+in|be\s+in|"
            r"(?:university|college|4-year|four-year)\s+degree|degree\s+in)(?![a-z])",
        ),
        (1, r"\b(diploma|associate'?s?\s+degree|polytechnic|a\.a\.s?)(?![a-z])"),
        (0, r"\b(high school|secondary school|12th|hsc|ssc|ged)\b"),
    )
)


def degree_level(text: str, *, lowest: bool = False) -> int | None:
    """The highest (or lowest) degree level the text names, None when it names none."""
    levels = [level for level, pattern in _LEVELS if pattern.search(text)]
    if not levels:
        return None
    return min(levels) if lowest else max(levels)


def resume_level(resume: JsonResume) -> int | None:
    """The highest degree level across the resume's education entries."""
    levels = [
        degree_level(" ".join(filter(None, (e.studyType, e.area, e.institution))))
        for e in resume.education
    ]
    known = [level for level in levels if level is not None]
    return max(known) if known else None
