"""STAR structure (situation, task, action, result) of behavioural and situational answers."""

from __future__ import annotations

import re

from vidyamitra.ai.interview_models import StarComponent, StarStatus
from vidyamitra.ai.offline.interview.lexicon import Lexicon
from vidyamitra.ai.offline.interview.text import has_phrase

_OUTCOME_NUMBER = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|percent|x\b|times|hours|days|weeks|ms)")
_FIRST_PERSON = re.compile(r"\b(i|we)\s+(?:then\s+|also\s+|quickly\s+|first\s+)?([a-z]+)")


def _find(sentences: tuple[str, ...], cues: tuple[str, ...]) -> str | None:
    """First sentence with any cue."""
    for sentence in sentences:
        low = sentence.lower()
        if any(has_phrase(low, cue) for cue in cues):
            return sentence
    return None


def _actions(sentences: tuple[str, ...], verbs: frozenset[str]) -> tuple[list[str], list[str]]:
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


def detect_star(sentences: tuple[str, ...], lex: Lexicon) -> list[StarComponent]:
    """Classify each STAR part as present, weak or missing, quoting the evidence."""
    situation = _find(sentences, lex.star_situation)
    task = _find(sentences, lex.star_task)
    mine, ours = _actions(sentences, lex.star_action_verbs)
    strong = _find(sentences, lex.star_result_strong)
    weak = _find(sentences, lex.star_result_weak)
    numbered = next((s for s in sentences if _OUTCOME_NUMBER.search(s.lower())), None)

    def part(name: str, status: StarStatus, evidence: str | None) -> StarComponent:
        return StarComponent.model_validate({"name": name, "status": status, "evidence": evidence})

    action_status: StarStatus = (
        "present" if len(mine) >= 2 else "weak" if mine or ours else "missing"
    )
    result = strong or numbered
    result_status: StarStatus = "present" if result else "weak" if weak else "missing"
    return [
        part("situation", "present" if situation else "missing", situation),
        part("task", "present" if task else "missing", task),
        part("action", action_status, next(iter(mine + ours), None)),
        part("result", result_status, result or weak),
    ]


def star_score(parts: list[StarComponent]) -> float:
    """0–1: present counts 1, weak 0.5; action and result weigh double."""
    weight = {"situation": 1.0, "task": 1.0, "action": 2.0, "result": 2.0}
    value = {"present": 1.0, "weak": 0.5, "missing": 0.0}
    total = sum(weight[p.name] * value[p.status] for p in parts)
    return total / sum(weight.values())
