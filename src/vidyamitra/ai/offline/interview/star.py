"""STAR structure (situation, task, action, result) of behavioural and situational answers.

A past-tense story is read as STAR. A plan ("I would…") or a habit ("I start by…") answers a
situation the question already gives, so its situation is the answer's framing sentence, its
task is how it states the goal, and its result is the outcome it aims for or checks.
"""

from __future__ import annotations

import re

from vidyamitra.ai.interview_models import StarComponent, StarStatus
from vidyamitra.ai.offline.interview.lexicon import Lexicon
from vidyamitra.ai.offline.interview.text import has_phrase

_OUTCOME_NUMBER = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|percent|x\b|times|hours|days|weeks|ms)")
_FIRST_PERSON = re.compile(
    r"\b(i|we)(?:\s+(?:would|will|'d|'ll|then|also|first|quickly|usually|always|can|could))*"
    r"\s+([a-z]+)"
)
_MODAL = re.compile(r"\b(?:i|we)(?:\s+would|'d|\s+will|'ll)\b")
_BEING = re.compile(r"\b(?:i|we) (?:was|were|had|did)\b")


def find_cue(sentences: tuple[str, ...], cues: tuple[str, ...]) -> str | None:
    """First sentence with any cue."""
    for sentence in sentences:
        low = sentence.lower()
        if any(has_phrase(low, cue) for cue in cues):
            return sentence
    return None


def actions(sentences: tuple[str, ...], verbs: frozenset[str]) -> tuple[list[str], list[str]]:
    """Sentences where 'I' acts, and sentences where only 'we' acts."""
    mine: list[str] = []
    ours: list[str] = []
    for sentence in sentences:
        hits = _FIRST_PERSON.findall(sentence.lower())
        acting = [who for who, verb in hits if verb in verbs or verb.endswith("ed")]
        if "i" in acting:
            mine.append(sentence)
        elif "we" in acting:
            ours.append(sentence)
    return mine, ours


def _tense(sentence: str, lex: Lexicon) -> str | None:
    """'plan' for I would / I <base verb>, 'story' for I <past verb> / I was, else None."""
    low = sentence.lower()
    if _MODAL.search(low):
        return "plan"
    verbs = [v for _, v in _FIRST_PERSON.findall(low) if v in lex.star_action_verbs]
    if _BEING.search(low) or any(v.endswith("ed") or v in lex.star_past_irregular for v in verbs):
        return "story"
    return "plan" if verbs else None


def is_plan(sentences: tuple[str, ...], lex: Lexicon) -> bool:
    """More plan or habit sentences ('I would…', 'I review…') than past-tense story ones."""
    tenses = [_tense(s, lex) for s in sentences]
    return tenses.count("plan") > tenses.count("story")


def asks_for_story(question: str, lex: Lexicon) -> bool:
    """True when the question asks for a past story ('tell me about a time'), where STAR applies."""
    low = question.lower()
    return any(has_phrase(low, cue) for cue in lex.star_question_cues)


def _part(name: str, status: StarStatus, evidence: str | None) -> StarComponent:
    """One STAR component."""
    return StarComponent.model_validate({"name": name, "status": status, "evidence": evidence})


def detect_star(sentences: tuple[str, ...], lex: Lexicon) -> list[StarComponent]:
    """Classify each STAR part as present, weak or missing, quoting the evidence."""
    plan = bool(sentences) and is_plan(sentences, lex)
    situation = find_cue(sentences, lex.star_situation) or (sentences[0] if plan else None)
    task = find_cue(sentences, lex.star_task) or (
        find_cue(sentences, lex.plan_task) if plan else None
    )
    mine, ours = actions(sentences, lex.star_action_verbs)
    strong = find_cue(sentences, lex.star_result_strong)
    numbered = next((s for s in sentences if _OUTCOME_NUMBER.search(s.lower())), None)
    weak = find_cue(sentences, lex.star_result_weak + (lex.plan_result if plan else ()))
    action: StarStatus = "present" if len(mine) >= 2 else "weak" if mine or ours else "missing"
    result = strong or numbered
    return [
        _part("situation", "present" if situation else "missing", situation),
        _part("task", "present" if task else "missing", task),
        _part("action", action, next(iter(mine + ours), None)),
        _part("result", "present" if result else "weak" if weak else "missing", result or weak),
    ]


def star_score(parts: list[StarComponent]) -> float:
    """0–1: present counts 1, weak 0.5; action and result weigh double."""
    weight = {"situation": 1.0, "task": 1.0, "action": 2.0, "result": 2.0}
    value = {"present": 1.0, "weak": 0.5, "missing": 0.0}
    total = sum(weight[p.name] * value[p.status] for p in parts)
    return total / sum(weight.values())
