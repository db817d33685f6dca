"""Find taxonomy skills in text: a token trie over every name and alias, with context rules.

Tokens keep C++, C#, .NET, Node.js, CI/CD and ASP.NET whole; a token that names nothing is
retried without a version suffix (Python3 -> Python) and split at '/' and '-' (C/C++).
Ambiguous forms (Go, R, Swift, Excel, JS) count only with context: in the skills section, next
to another technology, inside a delimited list that holds other technologies, or followed by a
version number; they must also be written in their own case ("Go", not "go").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from vidyamitra.ai.offline.skills import SkillEntry, Taxonomy

_TOKEN = re.compile(r"(?<![A-Za-z0-9])\.?[A-Za-z0-9](?:[A-Za-z0-9+#]|[.\-/&'_](?=[A-Za-z0-9]))*")
_URL = re.compile(
    r"\b(?:https?://|www\.)\S{1,500}|[^\s@]{1,64}@[^\s@]{1,255}"
    r"|\b[\w.-]{1,100}\.(?:com|org|io|in|dev|net)/\S{0,500}"
)  # bounded repeats: no quadratic backtracking on long runs without spaces
_VERSION_SUFFIX = re.compile(r"^(.{2,}?)[-_ ]?v?\d+(?:\.\d+)*x?$")
_SPLIT = re.compile(r"[/-]")
_MAX_VERSIONED = 40
_LOOK = 24  # characters inspected either side of an ambiguous match
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_VERSION = re.compile(r"^v?\d+(?:\.\d+)*(?:\.x|\+)?$")
_GAP_INSIDE = re.compile(r"^[ \t:\-–—]*$")
_GAP_ADJACENT = re.compile(r"^[\s,;/|&()+\[\]]*(?:(?:and|or|with|\+|&)[\s,;/|&()]*)?$", re.I)
_LIST_LEFT = re.compile(r"(?:^|[,;|/•·(\[:])\s*$")
_LIST_RIGHT = re.compile(r"^\s*(?:$|[,;|/•·)\]])")
# "experience with Go", "fluent in R": a preposition before a technical name is context.
_TECH_PREPOSITION = re.compile(r"\b(?:in|with|using|of|like|via|including|especially)\s+$", re.I)
# "R. Gupta": one capital letter, a period and a capitalised word is a person's initial.
_INITIAL_AFTER = re.compile(r"^\.\s?[A-Z][a-z]")
# "used daily by Facebook, Dropbox", "clients include Asana": names of other parties
# (users, customers, partners) up to the end of the sentence, not the candidate's skills.
_OTHER_PARTIES = re.compile(
    r"\b(?:(?:used|trusted|relied\s+(?:up)?on|adopted|loved)\s+(?:\w+\s+){0,2}by"
    r"|(?:customers?|clients?|partners?|users?|brands?|companies)\s+(?:include|including|like|"
    r"such\s+as|are|incl\.)"
    r"|(?:customers?|clients?|partners?)\s*:)",
    re.I,
)
# the names themselves: capitalised words joined by commas, 'and', 'or', '&' or '/'
_NAME_RUN = re.compile(r"(?:\s*(?:[,/&]|\band\b|\bor\b)?\s*[A-Z0-9](?:[\w&'+#-]|\.(?=\w))*)+")
_TECH_CATEGORIES = frozenset(
    {"programming_language", "data", "devops", "web_framework", "database"}
)


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    hyphenated: bool = False  # a piece of a hyphenated word ("Go" in "Go-to-market")
    key: str = field(init=False)  # the case-folded text, as looked up

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", self.text.casefold())


@dataclass(frozen=True)
class _Form:
    entry: SkillEntry
    written: str  # the form as stored in the taxonomy
    tokens: tuple[str, ...]
    needs_context: bool
    case_sensitive: bool


@dataclass(frozen=True)
class SkillHit:
    """One skill found in one line of text."""

    entry: SkillEntry
    as_written: str
    start: int
    end: int
    contextual: bool = False  # an ambiguous form that counted only through its context


class SkillMatcher:
    """Compiled once from the taxonomy; ``find`` is cheap per line."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        # first token -> [(length, {token tuple: form})], longest first
        self._first: dict[str, list[tuple[int, dict[tuple[str, ...], _Form]]]] = {}
        by_length: dict[str, dict[int, dict[tuple[str, ...], _Form]]] = {}
        for entry in taxonomy.entries:
            for written in entry.forms():
                form = _form(entry, written)
                if form is not None:
                    table = by_length.setdefault(form.tokens[0], {}).setdefault(
                        len(form.tokens), {}
                    )
                    table.setdefault(form.tokens, form)
        for first, lengths in by_length.items():
            self._first[first] = sorted(lengths.items(), reverse=True)

    def find(self, line: str, *, in_skills_section: bool = False) -> list[SkillHit]:
        """Every skill in one line, longest match first, context rules applied."""
        clean = _URL.sub(lambda m: " " * len(m.group(0)), line)
        tokens = list(_tokens(clean, self._first))
        candidates = self._candidates(clean, tokens)
        solid = sum(1 for c in candidates if not c[0].needs_context)
        others = [] if in_skills_section else _other_parties(clean)
        hits: list[SkillHit] = []
        for index, (form, start, end, next_text) in enumerate(candidates):
            raw = clean[start:end]
            if form.case_sensitive and not in_skills_section and not _same_case(raw, form):
                continue
            if not in_skills_section and (
                _is_initial(clean, start, end) or any(a <= start < b for a, b in others)
            ):
                continue
            if form.needs_context and not (
                _same_case(raw, form)
                and (in_skills_section or _has_context(clean, candidates, index, next_text, solid))
            ):
                continue
            hits.append(
                SkillHit(form.entry, raw, start, end, form.needs_context and not in_skills_section)
            )
        return hits

    def _candidates(self, text: str, tokens: list[_Token]) -> list[tuple[_Form, int, int, str]]:
        """Longest trie matches left to right: (form, start, end, text of the next token)."""
        out: list[tuple[_Form, int, int, str]] = []
        i = 0
        while i < len(tokens):
            match = self._longest(text, tokens, i)
            if match is None:
                i += 1
                continue
            form, length = match
            last = tokens[i + length - 1]
            nxt = tokens[i + length].text if i + length < len(tokens) else ""
            if not (form.needs_context and tokens[i].hyphenated):
                out.append((form, tokens[i].start, last.end, nxt))
            i += length
        return out

    def _longest(self, text: str, tokens: list[_Token], i: int) -> tuple[_Form, int] | None:
        for n, table in self._first.get(tokens[i].key, ()):
            if i + n > len(tokens):
                continue
            window = tokens[i : i + n]
            form = table.get(tuple(t.key for t in window))
            if form and all(_GAP_INSIDE.match(text[a.end : b.start]) for a, b in pairwise(window)):
                return form, n
        return None


def _form(entry: SkillEntry, written: str) -> _Form | None:
    """One written form of a skill, tokenised like text is."""
    tokens = tuple(token.casefold() for token in _TOKEN.findall(written))  # no groups
    if not tokens:
        return None
    needs = entry.needs_context(written)
    caps = written.isupper() and written.replace(" ", "").isalpha()
    return _Form(entry, written, tokens, needs, needs or caps)


def _tokens(text: str, known: Mapping[str, object]) -> Iterable[_Token]:
    """Tokens of a line; unknown compound tokens are retried without version or split."""
    for match in _TOKEN.finditer(text):
        word, start = match.group(0), match.start()
        if word.casefold() in known:
            yield _Token(word, start, match.end())
            continue
        versioned = word[-1].isdigit() or word[-1] in "xX"
        bare = _VERSION_SUFFIX.match(word) if versioned and len(word) <= _MAX_VERSIONED else None
        if bare and bare.group(1).casefold() in known:
            yield _Token(bare.group(1), start, start + len(bare.group(1)))
            continue
        if _SPLIT.search(word):
            hyphenated = "-" in word
            for part in re.finditer(r"[^/-]+", word):
                piece = part.group(0)
                yield _Token(piece, start + part.start(), start + part.end(), hyphenated)
            continue
        yield _Token(word, start, match.end())


def _is_initial(text: str, start: int, end: int) -> bool:
    """A single capital letter followed by '. Name': a person's initial, not a skill."""
    return end - start == 1 and text[start].isupper() and bool(_INITIAL_AFTER.match(text[end:]))


def _other_parties(text: str) -> list[tuple[int, int]]:
    """Character ranges that name users, customers or partners ('used by X, Y')."""
    out = []
    for marker in _OTHER_PARTIES.finditer(text):
        names = _NAME_RUN.match(text, marker.end())
        if names:
            out.append((marker.end(), names.end()))
    return out


def _same_case(raw: str, form: _Form) -> bool:
    """Written exactly as the taxonomy spells it, or in capitals for longer names."""
    written = form.written
    return raw == written or (len(written) > 2 and raw == written.upper())


def _has_context(
    text: str,
    candidates: list[tuple[_Form, int, int, str]],
    index: int,
    next_text: str,
    solid: int,
) -> bool:
    """Version after it, a technology beside it, or a delimited list holding others.

    ``solid`` counts the line's matches that need no context themselves.
    """
    form, start, end, _ = candidates[index]
    if _YEAR.match(next_text):
        return False  # "Spring 2017", "Go 2024" name a season or an event, not a tool
    if _VERSION.match(next_text) and text[end : end + 1] in (" ", "-"):
        return True
    before, after = text[max(0, start - _LOOK) : start], text[end : end + _LOOK]
    if form.entry.category in _TECH_CATEGORIES and _TECH_PREPOSITION.search(before):
        return True
    for other in (index - 1, index + 1):
        if 0 <= other < len(candidates) and not candidates[other][0].needs_context:
            o_start, o_end = candidates[other][1], candidates[other][2]
            gap = text[o_end:start] if other < index else text[end:o_start]
            if _GAP_ADJACENT.match(gap):
                return True
    in_list = _LIST_LEFT.search(before) and _LIST_RIGHT.match(after)
    return bool(in_list) and solid >= 1
