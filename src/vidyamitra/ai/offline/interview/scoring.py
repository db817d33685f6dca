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
    "off_intent": 35,  # about the subject, but not what the question asks
}


@dataclass(frozen=True)
class Components:
    """Normalised 0–1 parts of a score; ``coverage``/``star`` are None when not applicable."""

    relevance: float
    depth: float
    coverage: float | None
    star: float | None
    words: int
    structure: float | None = None  # a non-story HR answer's shape (claim, reason, evidence)


@dataclass(frozen=True)
class Weights:
    """Relative weights of the components, and the answer length that earns full credit."""

    relevance: float = 0.5
    depth: float = 0.2
    coverage: float = 0.3
    star: float = 0.5  # share of the total given to STAR when it applies
    structure: float = 0.5  # share given to structure when STAR does not apply
    full_words: int = 40


def length_factor(words: int, full_words: int) -> float:
    """Short answers cannot show much; very long ones lose a little for rambling."""
    if words < full_words:
        return 0.35 + 0.65 * words / full_words
    if words > 400:
        return max(0.8, 1.0 - (words - 400) / 1000)
    return 1.0


def combine(c: Components, w: Weights | None = None) -> int:
    """Weighted mean of the components that apply, shaped by length."""
    w = w or Weights()
    parts: list[tuple[float, float]] = [(c.relevance, w.relevance), (c.depth, w.depth)]
    if c.coverage is not None:
        parts.append((c.coverage, w.coverage))
    shaped = (
        (c.star, w.star)
        if c.star is not None
        else (c.structure, w.structure)
        if c.structure is not None
        else None
    )
    if shaped is not None:
        value, share = shaped
        rest = sum(weight for _, weight in parts)
        parts = [(v, (1 - share) * weight / rest) for v, weight in parts] + [(value, share)]
    total = sum(weight for _, weight in parts)
    base = sum(v * weight for v, weight in parts) / total
    return round(100 * base * length_factor(c.words, w.full_words))


def cap(score: int, flags: list[str]) -> int:
    """Apply the lowest cap of the raised junk flags."""
    caps = [JUNK_CAPS[f] for f in flags if f in JUNK_CAPS]
    return min([score, *caps])
