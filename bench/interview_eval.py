"""Benchmark the offline answer evaluator on 30-seconds-of-interviews (reference answers + junk).

Run: .venv/bin/python bench/interview_eval.py [--lexical]
Dev split = even positions of questions.json, held-out = odd positions; thresholds were
calibrated by looking at the dev split only.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from _results import write_section
from vidyamitra.ai.interview_models import Level, Question
from vidyamitra.ai.offline.embeddings import MiniLMEncoder, load_minilm
from vidyamitra.ai.offline.interview import AnswerEvaluator

DATA = Path("/work/shared/bench-data/interview-30s/questions.json")
LEVELS: dict[int, Level] = {0: "entry", 1: "mid", 2: "senior"}
OFF_TOPIC = (
    "My favourite holiday was a week in the mountains with my family. We hiked every morning, "
    "ate fresh bread from the village bakery and played board games in the evening. The weather "
    "was cold but sunny, and I would love to go back there next summer.",
    "To bake a good sourdough loaf you need an active starter, strong flour, water and salt. "
    "Mix everything, let the dough rest, fold it a few times and leave it to rise overnight in "
    "the fridge before baking it in a very hot oven.",
    "Football is a team sport played by two teams of eleven players. The aim is to score more "
    "goals than the other team, and matches last ninety minutes with a break at half time.",
)
HOW_30S = (
    "Data: 30-seconds-of-interviews (103 front-end questions). dev = even positions of "
    "questions.json, held-out = odd positions; weights and thresholds were chosen on dev only. "
    "The evaluator gets the question and its `goodToHear` key points as rubric, never the "
    "reference answer (that is the candidate). 'first 25%' = the reference's first quarter of "
    "words; 'nearest other' = the answer of the most similar other question (MiniLM cosine of "
    "question texts); 'random other' = a seeded random other answer. Junk answers are built by "
    "general rules (random letters, the reference's first sentence 8 times, the question itself, "
    "one of three fixed off-topic paragraphs, the reference's long words as a comma list)."
)
HOW_BANK = (
    "Data: the in-repo question bank (src/vidyamitra/data/questions). Every behavioural, "
    "situational and system-design question plus a seeded sample of technical ones; reference "
    "= the bank's model answer, the evaluator gets the question and its key points only. "
    "Positions are split as above: the story rules (STAR only when the question asks for a "
    "past story or its key points are STAR-style, else a structure score; rubric quality points "
    "met by answer signals; question-intent cues; story relevance range, softer topic gate) were "
    "set looking at behavioural and situational questions at 'dev' positions; 'held-out' ones and "
    "all technical and system-design questions were not used for tuning. For behavioural "
    "questions the 'nearest other' answer usually answers an almost identical question (e.g. "
    "two conflict questions), so beating it is not a quality criterion there. The bank's "
    "authors knew the evaluator's cue lists when writing model answers and key points, so "
    "this is not an independent test. Same junk rules."
)
BANK_TECHNICAL = 120
JUNK_KINDS = (
    "empty",
    "dont_know",
    "one_word",
    "gibberish",
    "repeated",
    "question_copied",
    "off_topic",
    "keyword_stuffing",
)


@dataclass
class SplitStats:
    """Counters for one split."""

    n: int = 0
    beats_truncated: int = 0
    beats_nearest: int = 0
    beats_random: int = 0
    scores: dict[str, list[int]] = field(default_factory=dict)
    junk_ok: dict[str, int] = field(default_factory=dict)
    junk_fail: list[str] = field(default_factory=list)
    times_ms: list[float] = field(default_factory=list)
    warm_ms: list[float] = field(default_factory=list)


def to_question(item: dict[str, object], index: int) -> Question:
    """A bank Question from one dataset item (no model answer: the reference is the candidate)."""
    return Question(
        id=str(item["name"]),
        text=str(item["question"]),
        type="technical",
        level=LEVELS.get(int(str(item["expertise"])), "mid"),
        domain="frontend",
        skills=[str(t) for t in item["tags"]],  # type: ignore[attr-defined]
        key_points=[str(p) for p in item["goodToHear"]],  # type: ignore[attr-defined]
    )


def truncated(answer: str) -> str:
    """The first quarter of the answer's words."""
    words = answer.split()
    return " ".join(words[: max(1, len(words) // 4)])


def junk_answers(question: Question, reference: str, rng: random.Random, i: int) -> dict[str, str]:
    """One answer of each junk kind, built by general rules."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    gib = " ".join(
        "".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(12)
    )
    first = reference.split(". ")[0].strip().rstrip(".") + "."
    words = [w.strip(".,;:()`'\"").lower() for w in reference.split()]
    terms = list(dict.fromkeys(w for w in words if len(w) > 6 and w.isalpha()))[:10]
    return {
        "empty": "",
        "dont_know": "I don't know.",
        "one_word": question.skills[0] if question.skills else "JavaScript",
        "gibberish": gib,
        "repeated": " ".join([first] * 8),
        "question_copied": question.text,
        "off_topic": OFF_TOPIC[i % len(OFF_TOPIC)],
        "keyword_stuffing": ", ".join(terms),
    }


def best_of_three(evaluator: AnswerEvaluator, q: Question, answer: str) -> tuple[float, float]:
    """Fastest of three runs, cold (empty cache) and with the question warmed, in ms: the
    minimum filters out the other processes of this shared machine."""
    encoder = getattr(evaluator.matcher, "encoder", None)
    cold: list[float] = []
    warmed: list[float] = []
    for _ in range(3):
        for bucket, prepare in ((cold, False), (warmed, True)):
            if isinstance(encoder, MiniLMEncoder):
                encoder.clear_cache()
            if prepare:
                evaluator.warm(q)  # as the app can when it shows the question
            start = time.perf_counter()
            evaluator.evaluate(q, answer)
            bucket.append((time.perf_counter() - start) * 1000)
    return min(cold), min(warmed)


def run(
    evaluator: AnswerEvaluator,
    warm: AnswerEvaluator | None,
    questions: list[Question],
    answers: list[str],
    split_of: Callable[[int, Question], str],
) -> dict[str, SplitStats]:
    """Evaluate every question's reference, degraded and junk answers."""
    nearest = nearest_questions([q.text for q in questions])
    rng = random.Random(20261204)
    pick = random.Random(7)
    splits: dict[str, SplitStats] = {}
    for i, q in enumerate(questions):
        s = splits.setdefault(split_of(i, q), SplitStats())
        s.n += 1
        ref = evaluator.evaluate(q, answers[i]).score
        if warm is not None:
            cold_ms, warm_ms = best_of_three(warm, q, answers[i])
            s.times_ms.append(cold_ms)
            s.warm_ms.append(warm_ms)
        other = pick.choice([j for j in range(len(questions)) if j != i])
        trio = {
            "reference": ref,
            "truncated": evaluator.evaluate(q, truncated(answers[i])).score,
            "nearest": evaluator.evaluate(q, answers[nearest[i]]).score,
            "random": evaluator.evaluate(q, answers[other]).score,
        }
        for key, value in trio.items():
            s.scores.setdefault(key, []).append(value)
        s.beats_truncated += ref > trio["truncated"]
        s.beats_nearest += ref > trio["nearest"]
        s.beats_random += ref > trio["random"]
        for kind, text in junk_answers(q, answers[i], rng, i).items():
            result = evaluator.evaluate(q, text)
            ok = result.score <= 20 and not result.strengths
            s.junk_ok[kind] = s.junk_ok.get(kind, 0) + ok
            if not ok:
                s.junk_fail.append(f"{kind} on {q.id}: score {result.score}, flags {result.flags}")
    return splits


def nearest_questions(texts: list[str]) -> list[int]:
    """Index of the most similar other question (MiniLM cosine)."""
    encoder = load_minilm()
    vecs = encoder.encode(texts)
    sims = vecs @ vecs.T
    for i in range(len(texts)):
        sims[i, i] = -1.0
    return [int(row.argmax()) for row in sims]


def pct(part: int, whole: int) -> str:
    """A percentage with its fraction."""
    return f"{100 * part / whole:.1f}% ({part}/{whole})"


def timing(values: list[float]) -> str:
    """Median and p90 of a list of milliseconds ('-' when not measured)."""
    if not values:
        return "-"
    ordered = sorted(values)
    return f"{statistics.median(ordered):.1f} ({ordered[int(0.9 * (len(ordered) - 1))]:.1f})"


def render(splits: dict[str, SplitStats], method: str, how: str) -> str:
    """Markdown table of the figures."""
    lines = [
        f"Method: `{method}`. Targets: >truncated ≥ 90%, >nearest ≥ 85%, >random ≥ 98%, "
        "every junk kind ≤ 20 with no strengths, median time ≤ 50 ms.",
        "",
        "| split | n | ref > first 25% | ref > nearest other | ref > random other | "
        "median score ref / trunc / nearest / random | ms cold: median (p90) "
        "| ms question warmed: median (p90) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, s in splits.items():
        med = " / ".join(
            str(int(statistics.median(s.scores[k])))
            for k in ("reference", "truncated", "nearest", "random")
        )
        lines.append(
            f"| {name} | {s.n} | {pct(s.beats_truncated, s.n)} | {pct(s.beats_nearest, s.n)} "
            f"| {pct(s.beats_random, s.n)} | {med} | {timing(s.times_ms)} | {timing(s.warm_ms)} |"
        )
    lines += ["", "| junk kind | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]
    for kind in JUNK_KINDS:
        cells = [pct(s.junk_ok.get(kind, 0), s.n) for s in splits.values()]
        lines.append(f"| {kind} ≤ 20, no strengths | " + " | ".join(cells) + " |")
    lines += [
        "",
        how
        + " Times (30-seconds set only) are the fastest of three runs per answer: 'cold' starts "
        "from an empty cache, so it includes encoding the question and key points; 'question "
        "warmed' calls `AnswerEvaluator.warm(question)` first, as the app can when it shows the "
        "question. "
        f"Load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores "
        "(the machine is shared).",
    ]
    fails = [f for s in splits.values() for f in s.junk_fail]
    if fails:
        lines += ["", f"Junk failures ({len(fails)}):", *[f"- {f}" for f in fails[:20]]]
    return "\n".join(lines)


def bank_sample() -> tuple[list[Question], list[str]]:
    """Every non-technical bank question plus a seeded sample of technical ones, each with its
    model answer as the reference; the evaluator sees key points only, never the model answer."""
    from vidyamitra.ai.offline.questionbank import load_question_bank

    bank = [q for q in load_question_bank().questions if q.model_answer]
    technical = [q for q in bank if q.type == "technical"]
    chosen = [q for q in bank if q.type != "technical"]
    chosen += random.Random(11).sample(technical, min(BANK_TECHNICAL, len(technical)))
    return [q.model_copy(update={"model_answer": None}) for q in chosen], [
        str(q.model_answer) for q in chosen
    ]


def encoder_speed(rounds: int = 30) -> str:
    """Median ms to encode one sentence and a batch of 8 (fresh texts, so no cache hits)."""
    encoder = load_minilm()
    sentence = "A closure keeps access to the variables of the scope where it was defined, {}."
    single: list[float] = []
    batch: list[float] = []
    for r in range(rounds):
        start = time.perf_counter()
        encoder.encode([sentence.format(r)])
        single.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        encoder.encode([sentence.format(f"{r} and {k}") for k in range(8)])
        batch.append((time.perf_counter() - start) * 1000)
    load = os.getloadavg()[0]
    return (
        "| what | median ms | p90 ms |\n|---|---|---|\n"
        f"| 1 sentence (~20 tokens) | {timing(single).replace(' (', ' | ').rstrip(')')} |\n"
        f"| batch of 8 sentences | {timing(batch).replace(' (', ' | ').rstrip(')')} |\n\n"
        f"numpy forward pass of all-MiniLM-L6-v2, {rounds} rounds; load average {load:.2f} on "
        f"{os.cpu_count()} cores (shared machine)."
    )


def main() -> None:
    """Run with embeddings (default) or the lexical fallback (--lexical); --bank adds the
    in-repo question bank (model answers as references, split by question type)."""
    if "--encoder-speed" in sys.argv:
        body = encoder_speed()
        print(body)
        write_section("minilm encoder speed", body)
        return
    lexical = "--lexical" in sys.argv
    evaluator = AnswerEvaluator(None if lexical else load_minilm())
    warm = AnswerEvaluator(None if lexical else load_minilm())  # its own cache
    suffix = " (lexical fallback)" if lexical else ""
    items = json.loads(DATA.read_text())
    questions = [to_question(item, i) for i, item in enumerate(items)]
    answers = [str(item["answer"]) for item in items]
    splits = run(evaluator, warm, questions, answers, lambda i, _: "held-out" if i % 2 else "dev")
    body = render(splits, evaluator.matcher.method, HOW_30S)
    print(body)
    write_section("interview_eval" + suffix, body)
    if "--bank" in sys.argv:
        questions, answers = bank_sample()
        splits = run(
            evaluator,
            None,
            questions,
            answers,
            lambda i, q: f"{q.type} ({'held-out' if i % 2 else 'dev'})",
        )
        body = render(splits, evaluator.matcher.method, HOW_BANK)
        print(body)
        write_section("interview_eval question bank" + suffix, body)


if __name__ == "__main__":
    main()
