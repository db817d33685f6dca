"""Scoring behaviour: coverage with paraphrase, STAR, ordering, fallback, determinism."""

from __future__ import annotations

from pathlib import Path

from vidyamitra.ai.interview_models import SCORE_ANCHORS, Question, level_descriptor
from vidyamitra.ai.offline.embeddings import LazyMiniLM, MiniLMEncoder
from vidyamitra.ai.offline.interview import AnswerEvaluator

from .samples import GOOD_CLOSURE, STAR_ANSWER

PARAPHRASE = (
    "When you define a function inside another one, the inner one can still read and change "
    "the outer one's local variables later, even once the outer call has finished running. "
    "People rely on this to hide state, for instance a counter whose value can only be "
    "changed through the methods you hand back."
)


def test_paraphrase_covers_key_point_without_shared_wording(
    evaluator: AnswerEvaluator, closure_q: Question
) -> None:
    result = evaluator.evaluate(closure_q, PARAPHRASE)
    by_point = {p.point: p for p in result.key_points}
    kept = by_point[closure_q.key_points[1]]
    assert kept.covered
    assert kept.evidence and kept.evidence.split()[0] in PARAPHRASE
    assert "closure" not in PARAPHRASE.lower()


def test_lexical_fallback_says_so_and_only_sees_shared_words(
    lexical: AnswerEvaluator, evaluator: AnswerEvaluator, closure_q: Question
) -> None:
    result = lexical.evaluate(closure_q, PARAPHRASE)
    assert result.method.startswith("lexical-fallback")
    privacy = closure_q.key_points[2]  # shares only "function" with the paraphrase
    lexical_point = next(p for p in result.key_points if p.point == privacy)
    assert not lexical_point.covered
    embedded = evaluator.evaluate(closure_q, PARAPHRASE)
    embedded_point = next(p for p in embedded.key_points if p.point == privacy)
    assert embedded_point.similarity > lexical_point.similarity


def test_lexical_fallback_still_ranks_a_good_answer_above_a_weak_one(
    lexical: AnswerEvaluator, closure_q: Question
) -> None:
    good = lexical.evaluate(closure_q, GOOD_CLOSURE)
    weak = lexical.evaluate(closure_q, "A closure is a kind of function in JavaScript code.")
    assert good.score > weak.score
    assert good.method == "lexical-fallback: embedding weights not installed"


def test_full_answer_beats_its_truncation_and_missed_points_are_listed(
    evaluator: AnswerEvaluator, closure_q: Question
) -> None:
    full = evaluator.evaluate(closure_q, GOOD_CLOSURE)
    short = evaluator.evaluate(closure_q, GOOD_CLOSURE.split(". ")[0] + ".")
    assert full.score > short.score
    assert set(short.missed_key_points) <= set(closure_q.key_points)
    assert len(short.missed_key_points) > len(full.missed_key_points)


def test_strengths_quote_the_answer(evaluator: AnswerEvaluator, closure_q: Question) -> None:
    result = evaluator.evaluate(closure_q, GOOD_CLOSURE)
    for strength in result.strengths:
        quoted = strength.split('"')[-2].rstrip("…")
        assert quoted in GOOD_CLOSURE


def test_star_story_is_recognised(evaluator: AnswerEvaluator, conflict_q: Question) -> None:
    result = evaluator.evaluate(conflict_q, STAR_ANSWER)
    assert result.star is not None
    assert {c.name: c.status for c in result.star} == {
        "situation": "present",
        "task": "present",
        "action": "present",
        "result": "present",
    }
    assert result.score > 40
    assert any(s.startswith("Ended with a clear result") for s in result.strengths)


def test_star_gaps_are_reported(evaluator: AnswerEvaluator, conflict_q: Question) -> None:
    vague = (
        "We had a disagreement in the team about the design of a feature. "
        "We talked about it for a while and it worked out fine in the end."
    )
    result = evaluator.evaluate(conflict_q, vague)
    status = {c.name: c.status for c in result.star or []}
    assert status["task"] == "missing"
    assert status["action"] == "weak"
    assert status["result"] == "weak"
    assert result.score < evaluator.evaluate(conflict_q, STAR_ANSWER).score
    assert result.follow_up_question


def test_technical_questions_have_no_star(evaluator: AnswerEvaluator, closure_q: Question) -> None:
    assert evaluator.evaluate(closure_q, GOOD_CLOSURE).star is None


def test_model_answer_only_question_derives_points(evaluator: AnswerEvaluator) -> None:
    q = Question(
        id="q",
        text="Why would you add an index to a database table?",
        type="technical",
        level="mid",
        domain="backend",
        model_answer=(
            "An index lets the database find rows without scanning the whole table. "
            "It speeds up reads on the indexed columns at the cost of slower writes and "
            "extra storage. Add indexes for columns used in frequent WHERE clauses and joins."
        ),
    )
    good = evaluator.evaluate(
        q,
        "Indexes let the database locate matching rows quickly instead of scanning every row. "
        "They make reads on those columns faster, but every insert and update has to maintain "
        "the index, so writes get slower and the index takes disk space.",
    )
    assert len(good.key_points) == 3
    assert good.insights.talking_points_covered
    assert good.score > 50


def test_question_without_rubric_scores_relevance_and_depth(evaluator: AnswerEvaluator) -> None:
    q = Question(
        id="q2",
        text="How do you keep a React component from re-rendering too often?",
        type="technical",
        level="mid",
        domain="frontend",
    )
    answer = (
        "I wrap pure child components in React.memo so they skip rendering when props are equal, "
        "and I keep callbacks stable with useCallback, because a new function on every render "
        "breaks the memo check. For example, in a table with 500 rows this cut renders a lot. "
        "However, memoising everything has a cost, so I profile first with the React DevTools."
    )
    result = evaluator.evaluate(q, answer)
    assert result.key_points == []
    assert result.score > 60
    assert "react.memo" in result.insights.job_related_terms


def test_evaluation_is_deterministic(evaluator: AnswerEvaluator, closure_q: Question) -> None:
    first = evaluator.evaluate(closure_q, GOOD_CLOSURE)
    fresh = AnswerEvaluator(evaluator.matcher.encoder)  # type: ignore[attr-defined]
    assert fresh.evaluate(closure_q, GOOD_CLOSURE) == first
    assert evaluator.evaluate(closure_q, GOOD_CLOSURE) == first


def test_descriptor_matches_anchors(evaluator: AnswerEvaluator, closure_q: Question) -> None:
    result = evaluator.evaluate(closure_q, GOOD_CLOSURE)
    assert result.level_descriptor == level_descriptor(result.score)
    assert [a[0] for a in SCORE_ANCHORS] == [20, 40, 60, 80, 100]
    assert level_descriptor(0) == "Not yet an answer"
    assert level_descriptor(81) == "Strong"


def test_insights_count_words_and_frequent_terms(
    evaluator: AnswerEvaluator, closure_q: Question
) -> None:
    insights = evaluator.evaluate(closure_q, GOOD_CLOSURE).insights
    assert insights.word_count == len(GOOD_CLOSURE.split())
    assert insights.most_used_words[0].word == "function"
    assert "closure" in insights.job_related_terms


def test_missing_weights_fall_back_to_lexical_at_first_use(
    tmp_path: Path, closure_q: Question
) -> None:
    evaluator = AnswerEvaluator(LazyMiniLM(tmp_path))
    result = evaluator.evaluate(closure_q, GOOD_CLOSURE)
    assert result.method.startswith("lexical-fallback: embeddings unavailable")
    assert result.score > 40
    assert evaluator.evaluate(closure_q, GOOD_CLOSURE) == result


def test_warm_encodes_the_question_texts_once(encoder: MiniLMEncoder, closure_q: Question) -> None:
    evaluator = AnswerEvaluator(encoder)
    evaluator.warm(closure_q)
    for point in closure_q.key_points:
        assert point in encoder._cache
    assert evaluator.evaluate(closure_q, GOOD_CLOSURE).score > 60
