"""Similarity between answer sentences and rubric points: embeddings, or a lexical fallback."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from vidyamitra.ai.offline.embeddings import SentenceEncoder
from vidyamitra.ai.offline.interview.text import content_stems

if TYPE_CHECKING:
    pass

MAX_SENTENCES = 40
WINDOWS = (2, 3)


@dataclass(frozen=True)
class Thresholds:
    """Calibrated cut-offs of one similarity method (see bench/interview_eval.py)."""

    cover_low: float  # below: no credit for a key point
    cover_high: float  # above: full credit; covered when >= midpoint
    relevance_low: float  # below: off-topic
    relevance_high: float  # above: fully on topic
    story_relevance_low: float  # the same two for behavioural/situational stories
    story_relevance_high: float


@dataclass(frozen=True)
class Units:
    """Answer units: single sentences, then sliding windows; each with its sentence span."""

    texts: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def answer_units(sentences: Sequence[str]) -> Units:
    """Sentences and windows of 2–3 consecutive sentences."""
    kept = list(sentences[:MAX_SENTENCES])
    spans = [(i, i + 1) for i in range(len(kept))]
    for size in WINDOWS:
        spans += [(i, i + size) for i in range(len(kept) - size + 1)]
    texts = tuple(" ".join(kept[a:b]) for a, b in spans)
    return Units(texts, tuple(spans))


@dataclass(frozen=True)
class Match:
    """Similarities of one answer: [point][unit] matrix and one value per reference text."""

    point_sims: list[list[float]]
    relevance: list[float]
    best_unit_relevance: list[float]  # per reference: its best-matching sentence or window


class Matcher(Protocol):
    """Scores rubric points against answer units, and the answer against reference texts."""

    method: str
    thresholds: Thresholds

    def match(
        self, sentences: Sequence[str], points: Sequence[str], references: Sequence[str]
    ) -> Match:
        """Point-by-unit similarities over ``answer_units(sentences)`` and answer relevance."""
        ...


class EmbeddingMatcher:
    """Cosine similarity of MiniLM vectors; windows and the answer pooled from sentences."""

    thresholds = Thresholds(
        cover_low=0.30,
        cover_high=0.70,
        relevance_low=0.20,
        relevance_high=0.75,
        story_relevance_low=0.20,
        story_relevance_high=0.45,
    )

    def __init__(self, encoder: SentenceEncoder) -> None:
        self.encoder = encoder
        self.method = f"embeddings:{encoder.name}"

    def match(
        self, sentences: Sequence[str], points: Sequence[str], references: Sequence[str]
    ) -> Match:
        """One encode call for sentences, points and references; windows and the whole answer
        are pooled from sentence vectors, weighted by sentence length."""
        import numpy as np

        kept = list(sentences[:MAX_SENTENCES])
        if not kept:
            return Match([[] for _ in points], [0.0] * len(references), [0.0] * len(references))
        every = self.encoder.encode([*kept, *points, *references])
        vecs = every[: len(kept)]
        point_vecs = every[len(kept) : len(kept) + len(points)]
        refs = every[len(kept) + len(points) :]
        weights = np.array([max(len(s.split()), 1) for s in kept], dtype=np.float32)
        spans = [*answer_units(kept).spans, (0, len(kept))]
        pooled = np.array([vecs[a:b].T @ weights[a:b] for a, b in spans], dtype=np.float32)
        pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        units, whole = pooled[:-1], pooled[-1]
        sims = point_vecs @ units.T
        best = (refs @ units.T).max(axis=1) if len(refs) else np.zeros(0)
        return Match(
            [[float(x) for x in row] for row in sims],
            [float(x) for x in refs @ whole],
            [float(x) for x in best],
        )


class LexicalMatcher:
    """Fallback without weights: share of a point's content stems found in the unit."""

    thresholds = Thresholds(
        cover_low=0.20,
        cover_high=0.60,
        relevance_low=0.08,
        relevance_high=0.40,
        story_relevance_low=0.04,
        story_relevance_high=0.25,
    )

    def __init__(self, stopwords: frozenset[str], reason: str) -> None:
        self.stopwords = stopwords
        self.method = f"lexical-fallback: {reason}"

    def _overlap(self, point: str, unit: str) -> float:
        """Recall of the point's stems (and stem bigrams) in the unit."""
        p = content_stems(point, self.stopwords)
        if not p:
            return 0.0
        u = content_stems(unit, self.stopwords)
        u_set, u_pairs = set(u), set(pairwise(u))
        recall = sum(s in u_set for s in set(p)) / len(set(p))
        pairs = set(pairwise(p))
        bonus = sum(b in u_pairs for b in pairs) / len(pairs) if pairs else 0.0
        return min(1.0, 0.8 * recall + 0.2 * bonus)

    def _relevance(self, reference: str, answer: str) -> float:
        """Overlap damped when fewer than three stems match (one shared word is weak evidence)."""
        shared = set(content_stems(reference, self.stopwords)) & set(
            content_stems(answer, self.stopwords)
        )
        return self._overlap(reference, answer) * min(1.0, len(shared) / 3)

    def match(
        self, sentences: Sequence[str], points: Sequence[str], references: Sequence[str]
    ) -> Match:
        """Stem overlap of each point with each unit, and of each reference with the answer."""
        units = answer_units(sentences).texts
        whole = " ".join(sentences)
        relevance = [self._relevance(r, whole) for r in references]
        return Match([[self._overlap(p, u) for u in units] for p in points], relevance, relevance)
