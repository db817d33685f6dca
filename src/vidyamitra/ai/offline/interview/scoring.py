"""Combine coverage, relevance, depth, STAR and length into a 0–100 score, with junk caps."""

from __future__ import annotations

from dataclasses import dataclass

# Score caps for junk; every junk kind ends at or below 20 ("Not yet an answer").
JUNK_CAPS = {
    "empty": 0,
    "dont_know": 0,
    "gibberish": 0,
    "question_copied": 10,
    "repetitive": 15,
    "too_short": 15,
    "off_topic": 15,
    "keyword_stuffing": 20,
}


@dataclass(frozen=True)
class Components:
    """Normalised 0–1 parts of a score; ``coverage``/``star`` are None when not applicable."""

    relevance: float
    depth: float
    coverage: float | None
    star: float | None
    words: int


def length_factor(words: int) -> float:
    """Short answers cannot show much; very long ones lose a little for rambling."""
    if words < 60:
        return 0.25 + 0.75 * words / 60
    if words > 400:
        return max(0.8, 1.0 - (words - 400) / 1000)
    return 1.0


def combine(c: Components) -> int:
    """Weighted sum of the components that apply, shaped by length."""
    parts: list[tuple[float, float]] = [(c.relevance, 0.2), (c.depth, 0.3)]
    if c.coverage is not None:
        parts.append((c.coverage, 0.5))
    if c.star is not None:
        parts = [(v, w * 0.5) for v, w in parts] + [(c.star, 0.5)]
    total = sum(w for _, w in parts)
    base = sum(v * w for v, w in parts) / total
    return round(100 * base * length_factor(c.words))


def cap(score: int, flags: list[str]) -> int:
    """Apply the lowest cap of the raised junk flags."""
    caps = [JUNK_CAPS[f] for f in flags if f in JUNK_CAPS]
    return min([score, *caps])
