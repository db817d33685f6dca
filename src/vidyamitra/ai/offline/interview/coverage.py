"""Key-point coverage: the best-matching answer sentence or window for each rubric point."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from vidyamitra.ai.interview_models import KeyPointResult
from vidyamitra.ai.offline.interview.similarity import Thresholds, Units

_MAX_DERIVED = 6


def derive_points(sentences: Sequence[str]) -> list[str]:
    """Rubric points from a model answer's sentences: the longest informative ones, in order."""
    informative = [s for s in sentences if len(s.split()) >= 5 and not s.rstrip().endswith(":")]
    ranked = sorted(informative, key=lambda s: -len(s.split()))[:_MAX_DERIVED]
    return [s for s in informative if s in ranked]


def point_credit(similarity: float, t: Thresholds) -> float:
    """Linear credit between the low and high thresholds."""
    span = t.cover_high - t.cover_low
    return min(1.0, max(0.0, (similarity - t.cover_low) / span))


def cover(
    points: Sequence[str], sims: list[list[float]], units: Units, t: Thresholds
) -> tuple[list[KeyPointResult], list[float]]:
    """Per-point result (covered at the midpoint of the thresholds) and credit 0–1."""
    results: list[KeyPointResult] = []
    credits: list[float] = []
    midpoint = (t.cover_low + t.cover_high) / 2
    for point, row in zip(points, sims, strict=True):
        best = max(range(len(row)), key=row.__getitem__) if row else -1
        similarity = row[best] if row else 0.0
        covered = similarity >= midpoint
        evidence = _evidence(units, best) if covered else None
        results.append(
            KeyPointResult(
                point=point, covered=covered, similarity=round(similarity, 4), evidence=evidence
            )
        )
        credits.append(point_credit(similarity, t))
    return results, credits


def apply_quality_points(
    results: list[KeyPointResult], credits: list[float], evidence_for: Callable[[str], str | None]
) -> tuple[list[KeyPointResult], float]:
    """Rubric points about the answer's qualities ('gives a concrete example') are met by a
    detector's evidence rather than by similarity; returns results and mean credit."""
    out: list[KeyPointResult] = []
    final: list[float] = []
    for result, credit in zip(results, credits, strict=True):
        evidence = None if result.covered else evidence_for(result.point)
        if evidence:
            result = result.model_copy(update={"covered": True, "evidence": quote(evidence)})
            credit = 1.0
        out.append(result)
        final.append(credit)
    return out, (sum(final) / len(final) if final else 0.0)


def _evidence(units: Units, index: int) -> str:
    """The matching unit, trimmed to a short quote."""
    return quote(units.texts[index])


def quote(text: str, max_words: int = 18) -> str:
    """A short quote of ``text`` (first words, ellipsis when cut)."""
    words = re.sub(r"\s+", " ", text).strip().split(" ")
    return " ".join(words) if len(words) <= max_words else " ".join(words[:max_words]) + "…"
