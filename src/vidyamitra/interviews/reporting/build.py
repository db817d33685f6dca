"""Build an InterviewReport from the questions asked and the evaluations of their answers."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import datetime

from vidyamitra.ai.interview_models import (
    WEAK_MAX,
    AnswerEvaluation,
    CategoryScore,
    InterviewReport,
    Level,
    Question,
    QuestionScore,
    level_descriptor,
)

NOT_ANSWERED = "Not answered"


def build_report(
    *,
    interview_id: str,
    domain: str,
    role: str,
    level: Level,
    started_at: datetime,
    completed_at: datetime | None,
    questions: Sequence[Question],
    evaluations: Sequence[AnswerEvaluation | None],
) -> InterviewReport:
    """Summarise; an unanswered question (None) counts as 0 in the overall score only."""
    if len(questions) != len(evaluations):
        raise ValueError("one evaluation (or None) is needed per question")
    pairs = list(zip(questions, evaluations, strict=True))
    answered = [(q, e) for q, e in pairs if e is not None]
    answered_average = _mean([e.score for _, e in answered])
    overall = round(sum(e.score for _, e in answered) / len(pairs)) if answered else None
    return InterviewReport(
        interview_id=interview_id,
        domain=domain,
        role=role,
        level=level,
        started_at=started_at,
        completed_at=completed_at,
        overall_score=overall,
        answered_average=answered_average,
        overall_descriptor=level_descriptor(overall) if overall is not None else NOT_ANSWERED,
        answered_count=len(answered),
        question_count=len(questions),
        per_question=[_question_score(i, q, e) for i, (q, e) in enumerate(pairs, start=1)],
        per_category=_categories(answered),
        top_strengths=_top_strengths(pairs),
        focus_areas=_focus_areas(pairs),
        next_steps=_next_steps(pairs),
        notes=_notes(len(questions), len(answered)),
        engine=_engines(answered),
    )


def _mean(values: Sequence[int]) -> int | None:
    """Rounded mean, or None for no values."""
    return round(sum(values) / len(values)) if values else None


def _question_score(index: int, q: Question, e: AnswerEvaluation | None) -> QuestionScore:
    """One report line."""
    return QuestionScore(
        index=index,
        question=q.text,
        type=q.type,
        answered=e is not None,
        score=e.score if e else None,
        level_descriptor=e.level_descriptor if e else NOT_ANSWERED,
        missed_key_points=list(e.missed_key_points) if e else list(q.key_points),
    )


def _categories(answered: list[tuple[Question, AnswerEvaluation]]) -> list[CategoryScore]:
    """Mean score per question type, then per skill (answered questions only)."""
    by_type: dict[str, list[int]] = defaultdict(list)
    by_skill: dict[str, list[int]] = defaultdict(list)
    for q, e in answered:
        by_type[q.type].append(e.score)
        for skill in dict.fromkeys(q.skills):
            by_skill[skill].append(e.score)
    out = [
        CategoryScore(kind="type", category=t, score=_mean(s) or 0, count=len(s))
        for t, s in by_type.items()
    ]
    out += [
        CategoryScore(kind="skill", category=k, score=_mean(s) or 0, count=len(s))
        for k, s in sorted(by_skill.items())
    ]
    return out


def _top_strengths(pairs: list[tuple[Question, AnswerEvaluation | None]]) -> list[str]:
    """The strengths of the best answers, labelled with their question number."""
    ranked = sorted(
        ((i, e) for i, (_, e) in enumerate(pairs, start=1) if e and e.strengths),
        key=lambda ie: (-ie[1].score, ie[0]),
    )
    return [f"Q{i}: {e.strengths[0]}" for i, e in ranked[:5]]


def _focus_areas(pairs: list[tuple[Question, AnswerEvaluation | None]]) -> list[str]:
    """Weak questions first, then advice that came up most often."""
    out = [
        f"Q{i} ({e.level_descriptor}, {e.score}/100): {e.improvements[0]}"
        for i, (_, e) in enumerate(pairs, start=1)
        if e and e.score <= WEAK_MAX and e.improvements
    ][:3]
    advice = Counter(
        tip for _, e in pairs if e for tip in e.improvements if not tip.startswith("Mention:")
    )
    out += [f"{tip} (came up {n} times)" for tip, n in advice.most_common(2) if n >= 2]
    skipped = sum(e is None for _, e in pairs)
    if skipped:
        noun = "question was" if skipped == 1 else "questions were"
        out.append(f"Answer every question: {skipped} {noun} left unanswered.")
    return out


def _next_steps(pairs: list[tuple[Question, AnswerEvaluation | None]]) -> list[str]:
    """Skills of weak or unanswered questions, weakest first: the input of a learning plan."""
    worst: dict[str, int] = {}
    for q, e in pairs:
        score = e.score if e else 0
        if score <= WEAK_MAX:
            for skill in q.skills:
                worst[skill] = min(worst.get(skill, 100), score)
    return sorted(worst, key=lambda s: (worst[s], s))


def _notes(total: int, answered: int) -> list[str]:
    """How to read the numbers."""
    notes = ["Scores are coaching feedback from an automated evaluator, not a hiring decision."]
    if answered < total:
        notes.append(
            f"{total - answered} of {total} questions not answered: marked "
            f"'{NOT_ANSWERED}'. They count as 0 in the overall score; the answered average "
            "and the category scores cover answered questions only."
        )
    return notes


def _engines(answered: list[tuple[Question, AnswerEvaluation]]) -> str:
    """The engines and methods that produced the evaluations."""
    names = dict.fromkeys(f"{e.engine} ({e.method})" for _, e in answered)
    return "; ".join(names) or "none (no answers)"
