"""Choose interview questions: level first, a type mix, tailoring weights, recent ones last."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from vidyamitra.ai.interview_models import Question
from vidyamitra.core.errors import UnprocessableContent

MIN_COUNT, MAX_COUNT = 1, 20
LEVEL_ORDER: Mapping[str, tuple[str, ...]] = {
    "entry": ("entry", "mid", "senior"),
    "mid": ("mid", "entry", "senior"),
    "senior": ("senior", "mid", "entry"),
}
SOFT_TYPES = frozenset({"behavioural", "situational"})
FALLBACK_SOFT_DOMAIN = "behavioural_hr"
SOFT_SHARE_TECHNICAL = 0.25  # share of behavioural/situational questions in technical domains
RESUME_WEIGHT, GAP_WEIGHT, MAX_HITS = 1.0, 3.0, 2


@dataclass(frozen=True, slots=True)
class SelectionRequest:
    """What the caller asked for, with the domain already resolved to an id."""

    domain: str
    level: str
    count: int
    skills: tuple[str, ...]
    gap_skills: tuple[str, ...]
    avoid_ids: frozenset[str]
    seed: int | str


def select_questions(
    bank: Sequence[Question], topics: Mapping[str, tuple[str, ...]], request: SelectionRequest
) -> list[Question]:
    """Distinct questions for one interview, deterministic for a given seed."""
    _check(request)
    rng = random.Random(request.seed)  # noqa: S311 - reproducible choice, not security
    ranked = _rank(bank, topics, request, rng)
    own = [q for q in ranked if q.domain == request.domain]
    soft = [q for q in own if q.type in SOFT_TYPES]
    hard = [q for q in own if q.type not in SOFT_TYPES]
    quota = _soft_quota(request.count, len(soft) / len(own)) if hard else request.count
    if quota and request.domain != FALLBACK_SOFT_DOMAIN:
        soft += [q for q in ranked if q.domain == FALLBACK_SOFT_DOMAIN and q.type in SOFT_TYPES]
    chosen = _pick(soft, hard, quota, request)
    fresh = [q for q in chosen if q.id not in request.avoid_ids]
    rng.shuffle(fresh)
    return fresh + [q for q in chosen if q.id in request.avoid_ids]


def _check(request: SelectionRequest) -> None:
    """Reject a level or count the selector cannot serve."""
    if request.level not in LEVEL_ORDER:
        raise UnprocessableContent(
            f"Unknown level {request.level!r}; expected one of {', '.join(LEVEL_ORDER)}",
            known_levels=list(LEVEL_ORDER),
        )
    if not MIN_COUNT <= request.count <= MAX_COUNT:
        raise UnprocessableContent(
            f"count must be between {MIN_COUNT} and {MAX_COUNT}, got {request.count}"
        )


def _soft_quota(count: int, soft_share: float) -> int:
    """How many behavioural/situational questions a mixed domain's interview holds."""
    if count < 3:
        return 0
    if soft_share <= 0.5:  # technical domain: technical questions stay the majority
        return min(max(1, round(count * max(SOFT_SHARE_TECHNICAL, soft_share))), (count - 1) // 2)
    return min(max(1, round(count * soft_share)), count - 1)


def _pick(
    soft: list[Question], hard: list[Question], quota: int, request: SelectionRequest
) -> list[Question]:
    """Fill the soft quota, then the rest; fresh questions first, recently seen ones last."""
    fresh_soft, seen_soft = _split(soft, request.avoid_ids)
    fresh_hard, seen_hard = _split(hard, request.avoid_ids)
    chosen = fresh_soft[:quota] or seen_soft[: min(quota, 1)]
    chosen += fresh_hard[: request.count - len(chosen)]
    picked = {q.id for q in chosen}
    own = request.domain
    # Fill keeps the domain's own questions ahead of borrowed ones, so the mix survives.
    order = [q for q in fresh_hard + fresh_soft if q.domain == own]
    order += seen_hard + [q for q in seen_soft if q.domain == own]
    order += [q for q in fresh_soft + seen_soft if q.domain != own]
    for question in order:
        if len(chosen) >= request.count:
            break
        if question.id not in picked:
            chosen.append(question)
            picked.add(question.id)
    return chosen


def _split(
    questions: list[Question], avoid: frozenset[str]
) -> tuple[list[Question], list[Question]]:
    """Questions not in ``avoid`` and those in it, each keeping its order."""
    return [q for q in questions if q.id not in avoid], [q for q in questions if q.id in avoid]


def _rank(
    bank: Sequence[Question],
    topics: Mapping[str, tuple[str, ...]],
    request: SelectionRequest,
    rng: random.Random,
) -> list[Question]:
    """Questions of the domain and the fallback domain, best first.

    Order: level match, then adjacent levels; within a level a weighted random draw
    (Efraimidis–Spirakis keys) so questions touching resume and gap skills come earlier.
    """
    resume, gaps = _skill_set(request.skills), _skill_set(request.gap_skills)
    level_rank = {level: i for i, level in enumerate(LEVEL_ORDER[request.level])}
    keyed: list[tuple[int, float, Question]] = []
    for question in bank:
        if question.domain not in (request.domain, FALLBACK_SOFT_DOMAIN):
            continue
        tags = _skill_set((*question.skills, *topics.get(question.id, ())))
        weight = 1.0 + RESUME_WEIGHT * min(len(tags & resume), MAX_HITS)
        weight += GAP_WEIGHT * min(len(tags & gaps), MAX_HITS)
        key = rng.random() ** (1.0 / weight)
        keyed.append((level_rank[question.level], -key, question))
    keyed.sort(key=lambda item: (item[0], item[1]))
    return [question for _, _, question in keyed]


def _skill_set(names: Sequence[str]) -> set[str]:
    """Skill names normalised so 'Node.js', 'NodeJS' and 'node js' compare equal."""
    return {key for name in names if (key := re.sub(r"[\s._\-/]+", "", name.lower()))}
