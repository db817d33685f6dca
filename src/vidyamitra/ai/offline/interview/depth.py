"""Depth and specificity: examples, trade-offs, reasoning, numbers and technical terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vidyamitra.ai.offline.interview.lexicon import Lexicon
from vidyamitra.ai.offline.interview.text import PreparedText, has_phrase, looks_technical, stem

_NUMBER = re.compile(r"\d")


@dataclass(frozen=True)
class Depth:
    """Evidence sentences for each depth signal and a 0–1 summary."""

    example: str | None  # an actual example: "for instance", "in my project"
    illustration: str | None  # a category or hypothetical: "such as", "imagine"
    tradeoff: str | None
    reasoning: str | None
    number: str | None
    has_code: bool
    terms: tuple[str, ...]
    score: float


def _first(sentences: tuple[str, ...], cues: tuple[str, ...]) -> str | None:
    """First sentence containing any cue phrase."""
    for sentence in sentences:
        low = sentence.lower()
        if any(has_phrase(low, cue) for cue in cues):
            return sentence
    return None


def job_terms(answer: PreparedText, vocabulary: set[str], surface: list[str]) -> tuple[str, ...]:
    """Answer words matching the question/rubric vocabulary (by stem) or shaped like tech terms."""
    found: dict[str, None] = {}
    for word in answer.words:
        if len(word) > 2 and stem(word) in vocabulary:
            found[word] = None
    for token in surface:
        if looks_technical(token):
            found[token.lower()] = None
    return tuple(found)


def measure_depth(answer: PreparedText, lex: Lexicon, terms: tuple[str, ...]) -> Depth:
    """Find the depth signals and combine them into a 0–1 score."""
    sentences = answer.sentences
    example = _first(sentences, lex.examples)
    illustration = _first(sentences, lex.weak_examples)
    tradeoff = _first(sentences, lex.tradeoffs)
    reasoning = _first(sentences, lex.reasoning)
    number = next((s for s in sentences if _NUMBER.search(s)), None)
    score = (
        0.25 * (example is not None or illustration is not None or answer.has_code)
        + 0.2 * (tradeoff is not None)
        + 0.25 * (reasoning is not None)
        + 0.1 * (number is not None)
        + 0.2 * min(1.0, len(terms) / 5)
    )
    return Depth(
        example, illustration, tradeoff, reasoning, number, answer.has_code, terms, round(score, 4)
    )
