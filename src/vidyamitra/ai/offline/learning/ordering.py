"""Study order: prerequisites first, required before preferred before extra as tiebreak."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence

IMPORTANCE_RANK = {"required": 0, "preferred": 1, "extra": 2}


def study_order(
    skills: Sequence[str],
    priority: Sequence[int],
    prerequisites_of: Callable[[str], Sequence[str]],
) -> list[int]:
    """Indices of ``skills`` in topological order (prerequisites first).

    ``priority`` ranks each skill (lower first); a prerequisite inherits the best priority of
    the skills that need it, so it is studied just before them rather than at the end.
    ``prerequisites_of`` gives transitive prerequisites; ones outside ``skills`` are ignored.
    """
    index = {s.casefold(): i for i, s in enumerate(skills)}
    needs = [
        {index[p.casefold()] for p in prerequisites_of(s) if p.casefold() in index} - {i}
        for i, s in enumerate(skills)
    ]
    key = [(priority[i], i) for i in range(len(skills))]
    for i, before in enumerate(needs):
        for j in before:
            key[j] = min(key[j], (priority[i], i))
    waiting = [len(before) for before in needs]
    dependents: list[list[int]] = [[] for _ in skills]
    for i, before in enumerate(needs):
        for j in before:
            dependents[j].append(i)
    ready = [(key[i], i) for i in range(len(skills)) if waiting[i] == 0]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        _, i = heapq.heappop(ready)
        order.append(i)
        for d in dependents[i]:
            waiting[d] -= 1
            if waiting[d] == 0:
                heapq.heappush(ready, (key[d], d))
    return order
