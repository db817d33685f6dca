"""Does the answer address what the question asks, beyond sharing its subject's vocabulary?

"How would you explain an analysis to a non-technical manager?" and an answer about building a
baseline model share data-science words, and sentence embeddings rate them close. The question
asks about an audience, though, and the answer never mentions one. Intents (lexicon.yaml) pair
question cues with broad answer cues; an answer with none of them is about something else.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from vidyamitra.ai.offline.interview.lexicon import Intent, Lexicon
from vidyamitra.ai.offline.interview.text import PreparedText, has_phrase


@dataclass(frozen=True)
class Miss:
    """The answer misses the question's intent: what it is about instead, what was asked."""

    answer_about: str
    asked_about: str


def _starts_word(text_lower: str, cue: str) -> bool:
    """``cue`` at the start of a word (so 'priorit' matches 'prioritised')."""
    return re.search(rf"(?<![a-z0-9]){re.escape(cue)}", text_lower) is not None


def _topic(answer: PreparedText, lex: Lexicon) -> str:
    """The answer's most frequent content words, as a short phrase."""
    ignore = lex.stopwords | lex.question_words
    counts = Counter(w for w in answer.words if w.isalpha() and len(w) > 3 and w not in ignore)
    top = [w for w, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:3]]
    return ", ".join(top) if top else "something else"


def question_intents(question: str, qtype: str, lex: Lexicon) -> list[Intent]:
    """The intents (for this question type) whose question cues the question has."""
    low = question.lower()
    return [
        i
        for i in lex.intents
        if (not i.types or qtype in i.types) and any(has_phrase(low, c) for c in i.question)
    ]


def check_intent(question: str, qtype: str, answer: PreparedText, lex: Lexicon) -> Miss | None:
    """A Miss when the question has an intent the answer shows no sign of addressing."""
    low = answer.prose.lower()
    for intent in question_intents(question, qtype, lex):
        if not any(_starts_word(low, cue) for cue in intent.answer):
            return Miss(_topic(answer, lex), intent.about)
    return None
