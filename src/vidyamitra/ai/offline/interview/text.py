"""Text preparation for answers: markdown/code stripping, sentences, words, light stemming."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"```.*?(?:```|$)", re.DOTALL)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"(^|\n)\s*(?:#{1,6}|>|[-*+]|\d+[.)])\s+")
_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9`])|\n\s*\n|\n(?=\s*[-*+]\s)|;\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'+#-]*(?:\.[A-Za-z]+)*|\d+(?:[.,]\d+)*%?")
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|_[a-z]")
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ness",
    "ings",
    "ing",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)


@dataclass(frozen=True)
class PreparedText:
    """An answer ready for scoring: prose sentences, words and whether it contained code."""

    prose: str
    sentences: tuple[str, ...]
    words: tuple[str, ...]
    has_code: bool
    code_tokens: int = 0

    @property
    def effective_words(self) -> int:
        """Prose words plus a third of the code tokens (code shows content too), capped."""
        return len(self.words) + min(self.code_tokens // 3, 60)


def prepare(raw: str) -> PreparedText:
    """Strip code blocks and markdown, split into sentences and words."""
    has_code = bool(_FENCE.search(raw)) or raw.count("`") >= 2
    code_tokens = sum(len(_WORD.findall(block)) for block in _FENCE.findall(raw))
    prose = _FENCE.sub(" ", raw)
    prose = _LINK.sub(r"\1", prose).replace("`", "")
    prose = _MARKUP.sub(r"\1", prose)
    sentences = tuple(s for s in (_clean(p) for p in _SENT_END.split(prose)) if _WORD.search(s))
    return PreparedText(
        prose=" ".join(sentences),
        sentences=sentences,
        words=tuple(words(prose)),
        has_code=has_code,
        code_tokens=code_tokens,
    )


def _clean(part: str) -> str:
    """Collapse whitespace in a sentence."""
    return " ".join(part.split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens (keeps tech tokens like c++, node.js, 40%)."""
    return [w.lower().strip("'-.") for w in _WORD.findall(text) if w.strip("'-.")]


def stem(word: str) -> str:
    """A light suffix stripper good enough to match 'caching' with 'cache'."""
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            return word[: -len(suffix)].rstrip("e")
    return word.rstrip("e") if len(word) > 3 else word


def content_stems(text: str, stopwords: frozenset[str]) -> list[str]:
    """Stems of the non-stopword words of ``text``, in order."""
    return [stem(w) for w in words(text) if w not in stopwords and len(w) > 1]


def looks_technical(token: str) -> bool:
    """camelCase, snake_case, dotted names, words with digits or symbols: likely a tech term."""
    if not any(c.isalpha() for c in token):
        return False
    return bool(_CAMEL.search(token)) or (any(c in token for c in "+#.") and len(token) > 2)


def has_phrase(text_lower: str, phrase: str) -> bool:
    """Phrase match on word boundaries in already lower-cased text."""
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", text_lower) is not None


def surface_tokens(text: str) -> list[str]:
    """Word tokens as written (case kept), for spotting camelCase or dotted tech names."""
    return [w.strip("'-.") for w in _WORD.findall(text) if w.strip("'-.")]
