"""Junk detection before scoring: empty, don't-know, gibberish, repetition, copying, stuffing."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from vidyamitra.ai.offline.embeddings import SubwordTokenizer
from vidyamitra.ai.offline.interview.lexicon import Lexicon
from vidyamitra.ai.offline.interview.text import PreparedText, content_stems, surface_tokens

_VOWELS = set("aeiouy")
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}")
MIN_CONTENT_WORDS = 5


@dataclass(frozen=True)
class JunkCheck:
    """Flags raised on an answer, in priority order (first is the main problem)."""

    flags: tuple[str, ...]

    @property
    def is_junk(self) -> bool:
        """True when any junk flag was raised."""
        return bool(self.flags)


def check_junk(
    answer: PreparedText, question: str, lex: Lexicon, subwords: SubwordTokenizer | None
) -> JunkCheck:
    """Run the text-only junk detectors (off-topic needs similarity and is added later)."""
    if not answer.words:
        return JunkCheck(("empty",))
    if _is_dont_know(answer, lex):
        return JunkCheck(("dont_know",))
    flags: list[str] = []
    if _is_gibberish(answer, lex, subwords):
        return JunkCheck(("gibberish",))
    if _is_repetitive(answer):
        flags.append("repetitive")
    if len(answer.words) > 3 and _is_question_copy(answer, question, lex):
        flags.append("question_copied")
    content = [w for w in answer.words if w not in lex.stopwords]
    if len(set(content)) < MIN_CONTENT_WORDS:
        flags.append("too_short")
    elif _is_keyword_list(answer, lex):
        flags.append("keyword_stuffing")
    return JunkCheck(tuple(flags))


def _is_dont_know(answer: PreparedText, lex: Lexicon) -> bool:
    """The whole answer is a refusal, maybe with filler ('Sorry, I don't know this one')."""
    text = " ".join(answer.words)
    if text in lex.dont_know:
        return True
    rest = text
    for phrase in sorted(lex.dont_know, key=len, reverse=True):
        if len(phrase) > 3:
            rest = re.sub(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", " ", rest)
    leftover = [w for w in rest.split() if w not in lex.stopwords]
    return rest != text and len(leftover) <= 3


def _word_is_gibberish(token: str, subwords: SubwordTokenizer | None) -> bool:
    """Letter statistics plus wordpiece fragmentation of one word; acronyms are words."""
    letters = [c for c in token if c.isalpha()]
    if len(letters) < 4 or (token.isupper() and len(letters) <= 6):
        return False
    word = token.lower()
    if subwords is not None and len(subwords.wordpieces(word)) == 1:
        return False
    vowel_share = sum(c in _VOWELS for c in letters) / len(letters)
    if vowel_share < 0.15 or vowel_share > 0.85 or _CONSONANT_RUN.search(word):
        return True
    if subwords is None:
        return False
    pieces = subwords.wordpieces(word)
    mean_len = sum(len(p.removeprefix("##")) for p in pieces) / max(len(pieces), 1)
    return len(pieces) >= 3 and mean_len < 2.2


def _is_gibberish(answer: PreparedText, lex: Lexicon, subwords: SubwordTokenizer | None) -> bool:
    """A large share of the non-stopword words are not words."""
    tokens = surface_tokens(answer.prose)
    candidates = [t for t in tokens if t.isalpha() and t.lower() not in lex.stopwords]
    if not candidates:
        return False
    bad = sum(_word_is_gibberish(w, subwords) for w in candidates)
    return bad / len(candidates) >= 0.34


def _is_repetitive(answer: PreparedText) -> bool:
    """The same words, phrases or sentences over and over."""
    words = answer.words
    if len(words) >= 12:
        trigrams = list(zip(words, words[1:], words[2:], strict=False))
        if len(set(trigrams)) / len(trigrams) < 0.5:
            return True
    raw = " ".join(words).encode()
    if len(raw) >= 160 and len(zlib.compress(raw, 9)) / len(raw) < 0.22:
        return True
    sentences = [s.lower() for s in answer.sentences]
    return len(sentences) >= 3 and len(set(sentences)) / len(sentences) <= 0.5


def _is_question_copy(answer: PreparedText, question: str, lex: Lexicon) -> bool:
    """Nearly every content word comes from the question and little is new."""
    stems = content_stems(answer.prose, lex.stopwords)
    if not stems:
        return False
    asked = set(content_stems(question, lex.stopwords))
    novel = {s for s in stems if s not in asked}
    shared = sum(s in asked for s in stems) / len(stems)
    return shared >= 0.7 and len(novel) <= 2


def _is_keyword_list(answer: PreparedText, lex: Lexicon) -> bool:
    """Terms without sentences: almost no function words, or a list of short fragments."""
    words = answer.words
    stop_share = sum(w in lex.stopwords for w in words) / len(words)
    if stop_share < 0.12:
        return True
    fragments = [f for f in re.split(r"[,;\n]|\s-\s", answer.prose) if f.strip()]
    if len(fragments) < 5:
        return False
    single = sum(len(f.split()) == 1 for f in fragments) / len(fragments)
    short = sum(len(f.split()) <= 3 for f in fragments) / len(fragments)
    return single >= 0.8 or (short >= 0.8 and stop_share < 0.25)
