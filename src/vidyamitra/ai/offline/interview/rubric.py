"""Rubric points that name a quality of the answer, classified by wording, met by signals.

"Reflects on what they learned" or "States a measurable outcome" describe how a good story is
told, not what it says, so embeddings do not match them against a concrete story. Each such
point is classified by its wording (lexicon ``rubric_points``) and met by a signal: reflection
cues, first-person actions, an outcome, a situation with context, an actual example.
"""

from __future__ import annotations

import re

from vidyamitra.ai.interview_models import StarComponent
from vidyamitra.ai.offline.interview.depth import Depth
from vidyamitra.ai.offline.interview.lexicon import Lexicon, RubricKind
from vidyamitra.ai.offline.interview.star import actions, find_cue

_STORY_KINDS = ("situation", "own_action", "outcome", "reflection")
_CONTEXT = re.compile(
    r"\b(?:(?:19|20)\d\d|ago|last (?:year|month|semester|summer|week|quarter)"
    r"|(?:\d+|one|two|three|four|five|six|several) (?:years?|months?|weeks?|projects?))\b"
)


def classify(point: str, lex: Lexicon) -> RubricKind | None:
    """The quality a rubric point asks for, or None when it names content."""
    low = point.lower()
    for kind, cues in lex.rubric_points:
        if any(cue in low for cue in cues):
            return kind
    return None


def story_rubric(points: list[str], lex: Lexicon) -> bool:
    """Two or more points about situation, own actions, outcome or reflection: a story rubric."""
    return sum(classify(p, lex) in _STORY_KINDS for p in points) >= 2


def situation(sentences: tuple[str, ...], lex: Lexicon) -> str | None:
    """A sentence that sets a scene: a situation cue, a year, 'ago', 'last year'."""
    cue = find_cue(sentences, lex.star_situation)
    return cue or next((s for s in sentences if _CONTEXT.search(s.lower())), None)


def signal(
    kind: RubricKind,
    sentences: tuple[str, ...],
    lex: Lexicon,
    depth: Depth,
    star: list[StarComponent],
) -> str | None:
    """Evidence sentence for one kind of quality point, or None."""
    if kind == "reflection":
        return find_cue(sentences, lex.reflection_cues)
    if kind == "own_action":
        mine, ours = actions(sentences, lex.star_action_verbs)
        return mine[0] if mine and len(mine) >= len(ours) else None
    if kind == "outcome":
        result = next((c for c in star if c.name == "result"), None)
        if result is not None and result.status == "present":
            return result.evidence
        return None
    if kind == "situation":
        return situation(sentences, lex)
    return depth.example or situation(sentences, lex)


def structure_score(
    sentences: tuple[str, ...], lex: Lexicon, depth: Depth, star: list[StarComponent]
) -> float:
    """0-1 shape of an answer that needs no story: developed, reasoned, backed by evidence,
    in the candidate's own voice."""
    evidence = depth.example or depth.number or situation(sentences, lex)
    voice = any(c.name == "action" and c.status != "missing" for c in star)
    checks = (len(sentences) >= 3, depth.reasoning is not None, evidence is not None, voice)
    return sum(checks) / len(checks)
