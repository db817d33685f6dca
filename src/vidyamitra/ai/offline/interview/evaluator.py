"""The offline answer evaluator: junk checks, relevance, key points, depth, STAR, coaching."""

from __future__ import annotations

import threading

from vidyamitra.ai.interview_models import AnswerEvaluation, KeyPointResult, Question
from vidyamitra.ai.offline.embeddings import (
    EmbeddingsUnavailable,
    SentenceEncoder,
    SubwordTokenizer,
)
from vidyamitra.ai.offline.interview.assessment import Assessment, build_evaluation
from vidyamitra.ai.offline.interview.coverage import apply_quality_points, cover, derive_points
from vidyamitra.ai.offline.interview.depth import job_terms, measure_depth
from vidyamitra.ai.offline.interview.intent import check_intent
from vidyamitra.ai.offline.interview.junk import check_junk
from vidyamitra.ai.offline.interview.lexicon import Lexicon, load_lexicon
from vidyamitra.ai.offline.interview.rubric import (
    classify,
    signal,
    story_rubric,
    structure_score,
)
from vidyamitra.ai.offline.interview.scoring import Components, Weights, cap, combine
from vidyamitra.ai.offline.interview.similarity import (
    EmbeddingMatcher,
    LexicalMatcher,
    Matcher,
    Thresholds,
    answer_units,
)
from vidyamitra.ai.offline.interview.star import asks_for_story, detect_star, star_score
from vidyamitra.ai.offline.interview.text import (
    PreparedText,
    content_stems,
    prepare,
    surface_tokens,
)

STAR_TYPES = ("behavioural", "situational")
_EARLY_EXIT = ("empty", "dont_know", "gibberish")


class AnswerEvaluator:
    """Scores one answer against a question, deterministically, on the CPU."""

    def __init__(
        self,
        encoder: SentenceEncoder | None,
        *,
        engine_name: str = "offline-v1",
        lexicon: Lexicon | None = None,
        weights: Weights | None = None,
    ) -> None:
        self.engine_name = engine_name
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.weights = weights if weights is not None else Weights()
        self._lock = threading.Lock()
        self._subwords = encoder if isinstance(encoder, SubwordTokenizer) else None
        self.matcher: Matcher = (
            EmbeddingMatcher(encoder)
            if encoder is not None
            else LexicalMatcher(self.lexicon.stopwords, "embedding weights not installed")
        )

    def evaluate(self, question: Question, answer: str) -> AnswerEvaluation:
        """Evaluate ``answer``; falls back to lexical matching if the encoder cannot load."""
        question = self._with_story_type(question)
        try:
            return self._evaluate(question, answer)
        except EmbeddingsUnavailable as exc:
            with self._lock:
                reason = f"embeddings unavailable ({exc})"
                self.matcher = LexicalMatcher(self.lexicon.stopwords, reason)
                self._subwords = None
            return self._evaluate(question, answer)

    def _with_story_type(self, question: Question) -> Question:
        """A caller's own question typed by default but asking for a story is behavioural."""
        if (
            question.source == "custom"
            and question.type == "technical"
            and asks_for_story(question.text, self.lexicon)
        ):
            return question.model_copy(update={"type": "behavioural"})
        return question

    def warm(self, question: Question) -> None:
        """Pre-encode a question's texts (when asked) so evaluating encodes only the answer."""
        asked = prepare(question.text).prose or question.text
        model = prepare(question.model_answer) if question.model_answer else None
        points = list(question.key_points) or (derive_points(model.sentences) if model else [])
        self.matcher.match([asked], points, _references(question, asked, model, points))

    def _evaluate(self, question: Question, answer: str) -> AnswerEvaluation:
        """One evaluation with the current matcher."""
        lex, matcher = self.lexicon, self.matcher
        prepared = prepare(answer)
        asked = prepare(question.text).prose or question.text
        flags = list(check_junk(prepared, asked, lex, self._subwords).flags)
        model = prepare(question.model_answer) if question.model_answer else None
        points = list(question.key_points) or (derive_points(model.sentences) if model else [])
        is_star = question.type in STAR_TYPES and (
            asks_for_story(asked, lex) or story_rubric(points, lex)
        )
        terms = job_terms(
            prepared, self._vocabulary(question, asked, points), surface_tokens(prepared.prose)
        )
        if any(f in _EARLY_EXIT for f in flags):
            results = [KeyPointResult(point=p, covered=False, similarity=0.0) for p in points]
            star = detect_star((), lex) if is_star else None
            nothing = measure_depth(PreparedText("", (), (), False), lex, ())
            found = Assessment(prepared, results, nothing, star, flags, 0, 0.0, terms)
            return build_evaluation(
                question, found, self.engine_name, matcher.method, lex.stopwords
            )
        references = _references(question, asked, model, points)
        match = matcher.match(prepared.sentences, points, references)
        relevance = max(match.relevance, default=0.0)
        best_unit = max(match.best_unit_relevance, default=0.0)
        if question.type in STAR_TYPES:  # a story answers in one or two sentences, not all
            relevance = (relevance + best_unit) / 2
        else:  # an answer that adds examples or code after a direct answer is not less relevant
            relevance = max(relevance, (relevance + best_unit) / 2)
        low, high = _relevance_range(matcher.thresholds, question.type in STAR_TYPES)
        if relevance < low:
            flags.append("off_topic")
        miss = check_intent(asked, question.type, prepared, lex)
        if miss is not None:
            flags.append("off_intent")
        results, credits = cover(
            points, match.point_sims, answer_units(prepared.sentences), matcher.thresholds
        )
        depth = measure_depth(prepared, lex, terms)
        parts = detect_star(prepared.sentences, lex)
        star = parts if is_star else None

        def quality(point: str) -> str | None:
            kind = classify(point, lex)
            return signal(kind, prepared.sentences, lex, depth, parts) if kind else None

        results, coverage = apply_quality_points(results, credits, quality)
        if flags:  # junk earns no credit for points it happens to touch
            results = [r.model_copy(update={"covered": False, "evidence": None}) for r in results]
        on_topic = min(1.0, max(0.0, (relevance - low) / (high - low)))
        # depth and structure count as far as the answer is on topic; stories sit further from
        # their question, so for them the gate is softer
        gate = 0.5 + 0.5 * on_topic if question.type in STAR_TYPES else on_topic
        components = Components(
            relevance=on_topic,
            depth=depth.score * gate,
            coverage=coverage if points else None,
            star=star_score(star) * gate if star else None,
            words=prepared.effective_words,
            structure=structure_score(prepared.sentences, lex, depth, parts) * on_topic
            if question.type in STAR_TYPES and not is_star
            else None,
        )
        score = cap(combine(components, self.weights), flags)
        found = Assessment(prepared, results, depth, star, flags, score, relevance, terms, miss)
        return build_evaluation(question, found, self.engine_name, matcher.method, lex.stopwords)

    def _vocabulary(self, question: Question, asked: str, points: list[str]) -> set[str]:
        """Stems of the question, rubric and skills minus interview phrasing: job vocabulary."""
        text = " ".join([asked, *points, *question.skills, question.model_answer or ""])
        ignore = self.lexicon.stopwords | self.lexicon.question_words
        return set(content_stems(text, ignore))


def _references(
    question: Question, asked: str, model: PreparedText | None, points: list[str]
) -> list[str]:
    """Texts an on-topic answer should resemble: question, model answer, key points."""
    refs = [asked, *([model.prose] if model else []), *([" ".join(points)] if points else [])]
    if "`" in question.text:  # code in the question: its identifiers are context too
        refs.append(" ".join(question.text.split()))
    return refs


def _relevance_range(t: Thresholds, is_story: bool) -> tuple[float, float]:
    """Off-topic floor and full-credit ceiling; stories sit further from their question."""
    return (
        (t.story_relevance_low, t.story_relevance_high)
        if is_story
        else (t.relevance_low, t.relevance_high)
    )
