"""Load and validate the evaluator's word lists (lexicon.yaml next to this module)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")
RubricKind = Literal["situation", "own_action", "outcome", "reflection", "example"]


class _IntentEntry(BaseModel):
    """One intent of lexicon.yaml: question cues and the answer cues that address it."""

    model_config = ConfigDict(extra="forbid")

    about: str
    types: list[str] = Field(default_factory=list)  # empty: every question type
    question: list[str] = Field(min_length=1)
    answer: list[str] = Field(min_length=1)


@dataclass(frozen=True)
class Intent:
    """What a question asks for beyond its subject, and the answer cues that address it."""

    about: str
    types: frozenset[str]  # empty: every question type
    question: tuple[str, ...]
    answer: tuple[str, ...]


class _LexiconFile(BaseModel):
    """Schema of lexicon.yaml."""

    model_config = ConfigDict(extra="forbid")

    version: int
    stopwords: list[str] = Field(min_length=50)
    question_words: list[str] = Field(min_length=1)
    dont_know_phrases: list[str] = Field(min_length=1)
    examples: list[str] = Field(min_length=1)
    tradeoffs: list[str] = Field(min_length=1)
    reasoning: list[str] = Field(min_length=1)
    star_situation: list[str] = Field(min_length=1)
    star_task: list[str] = Field(min_length=1)
    star_question_cues: list[str] = Field(min_length=1)
    star_action_verbs: list[str] = Field(min_length=1)
    star_past_irregular: list[str] = Field(min_length=1)
    star_result_strong: list[str] = Field(min_length=1)
    star_result_weak: list[str] = Field(min_length=1)
    plan_task: list[str] = Field(min_length=1)
    plan_result: list[str] = Field(min_length=1)
    rubric_points: dict[RubricKind, list[str]]
    reflection_cues: list[str] = Field(min_length=1)
    weak_examples: list[str] = Field(min_length=1)
    intents: list[_IntentEntry] = Field(min_length=1)


@dataclass(frozen=True)
class Lexicon:
    """Validated, lower-cased word lists."""

    stopwords: frozenset[str]
    question_words: frozenset[str]
    dont_know: frozenset[str]
    examples: tuple[str, ...]
    tradeoffs: tuple[str, ...]
    reasoning: tuple[str, ...]
    star_situation: tuple[str, ...]
    star_task: tuple[str, ...]
    star_question_cues: tuple[str, ...]
    star_action_verbs: frozenset[str]
    star_past_irregular: frozenset[str]
    star_result_strong: tuple[str, ...]
    star_result_weak: tuple[str, ...]
    plan_task: tuple[str, ...]
    plan_result: tuple[str, ...]
    rubric_points: tuple[tuple[RubricKind, tuple[str, ...]], ...]
    reflection_cues: tuple[str, ...]
    weak_examples: tuple[str, ...]
    intents: tuple[Intent, ...]


def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    """Read and validate the lexicon file; raises pydantic.ValidationError when malformed."""
    import yaml

    raw = _LexiconFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))

    def low(items: list[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.strip().lower() for i in items if i.strip()))

    return Lexicon(
        stopwords=frozenset(low(raw.stopwords)),
        question_words=frozenset(low(raw.question_words)),
        dont_know=frozenset(low(raw.dont_know_phrases)),
        examples=low(raw.examples),
        tradeoffs=low(raw.tradeoffs),
        reasoning=low(raw.reasoning),
        star_situation=low(raw.star_situation),
        star_task=low(raw.star_task),
        star_question_cues=low(raw.star_question_cues),
        star_action_verbs=frozenset(low(raw.star_action_verbs)),
        star_past_irregular=frozenset(low(raw.star_past_irregular)),
        star_result_strong=low(raw.star_result_strong),
        star_result_weak=low(raw.star_result_weak),
        plan_task=low(raw.plan_task),
        plan_result=low(raw.plan_result),
        rubric_points=tuple((kind, low(cues)) for kind, cues in raw.rubric_points.items()),
        reflection_cues=low(raw.reflection_cues),
        weak_examples=low(raw.weak_examples),
        intents=tuple(
            Intent(i.about, frozenset(i.types), low(i.question), low(i.answer)) for i in raw.intents
        ),
    )
