"""Sample answers shared by the evaluator tests."""

from __future__ import annotations

GOOD_CLOSURE = (
    "A closure is a function together with the lexical scope it was created in. "
    "When an inner function is returned, it keeps access to the outer function's variables "
    "even after the outer function has returned, because the scope stays alive. "
    "For example, a makeCounter factory can return an increment function that updates a "
    "private count variable that nothing else can touch. "
    "This is useful for data privacy and for building function factories, but closures can "
    "keep memory alive longer than expected, so avoid capturing large objects."
)

STAR_ANSWER = (
    "In my last role at a fintech startup, our team was building a payments dashboard and a "
    "senior developer and I disagreed about rewriting the API layer. "
    "I was responsible for delivering the reporting feature before the quarterly release. "
    "I set up a one-to-one meeting, listened to his concerns and proposed a small spike to "
    "compare both approaches. "
    "I then wrote a short document with the benchmark numbers and we agreed to refactor only "
    "the slowest endpoints. "
    "As a result we shipped on time and the page load dropped from 4 seconds to 1.2 seconds."
)
