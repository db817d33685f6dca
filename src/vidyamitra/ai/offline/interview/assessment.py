"""Turn the findings about one answer into the AnswerEvaluation with coaching text."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from vidyamitra.ai.interview_models import (
    AnswerEvaluation,
    AnswerInsights,
    KeyPointResult,
    Question,
    StarComponent,
    WordCount,
    level_descriptor,
)
from vidyamitra.ai.offline.interview import feedback
from vidyamitra.ai.offline.interview.depth import Depth
from vidyamitra.ai.offline.interview.intent import Miss
from vidyamitra.ai.offline.interview.text import PreparedText


@dataclass(frozen=True)
class Assessment:
    """Everything measured about one answer, before it is phrased as feedback."""

    answer: PreparedText
    points: list[KeyPointResult]
    depth: Depth
    star: list[StarComponent] | None
    flags: list[str]
    score: int
    relevance: float
    terms: tuple[str, ...]
    miss: Miss | None = None  # the answer is about something other than what was asked


def build_evaluation(
    question: Question, a: Assessment, engine: str, method: str, stopwords: frozenset[str]
) -> AnswerEvaluation:
    """Assemble scores, quotes, gaps, follow-up and insights."""
    descriptor = level_descriptor(a.score)
    missed = [p.point for p in a.points if not p.covered]
    subject = question.skills[0] if question.skills else "this topic"
    if a.flags:
        primary = feedback.primary_flag(a.flags)
        text = feedback.JUNK_MESSAGES[primary]
        strengths: list[str] = []
        improvements = feedback.junk_improvements(primary, missed)
        if primary == "off_intent" and a.miss is not None:
            text = feedback.intent_message(a.miss.answer_about, a.miss.asked_about)
            improvements = [f"Answer what is asked: {a.miss.asked_about}.", *improvements[1:]]
        follow_up: str | None = feedback.junk_follow_up(primary, subject, missed)
    else:
        improvements = feedback.improvements(missed, a.depth, a.star, a.answer.effective_words)
        # below 21 ("Not yet an answer") there is nothing solid enough to praise
        strengths = feedback.strengths(a.points, a.depth, a.star) if a.score > 20 else []
        covered = len(a.points) - len(missed)
        text = feedback.summary(descriptor, covered, len(a.points), next(iter(improvements), None))
        follow_up = feedback.follow_up(missed, a.depth, a.star, subject)
    return AnswerEvaluation(
        engine=engine,
        method=method,
        score=a.score,
        level_descriptor=descriptor,
        feedback=text,
        strengths=strengths,
        improvements=improvements,
        key_points=a.points,
        missed_key_points=missed,
        star=a.star,
        relevance=round(a.relevance, 4),
        flags=a.flags,
        follow_up_question=follow_up,
        insights=_insights(a, stopwords),
    )


def _insights(a: Assessment, stop: frozenset[str]) -> AnswerInsights:
    """Descriptive facts: terms used, most used words, talking points covered."""
    counts = Counter(w for w in a.answer.words if w.isalpha() and len(w) > 2 and w not in stop)
    common = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return AnswerInsights(
        job_related_terms=list(a.terms[:15]),
        most_used_words=[WordCount(word=w, count=c) for w, c in common[:5] if c >= 2],
        talking_points_covered=[p.point for p in a.points if p.covered],
        word_count=len(a.answer.words),
    )
