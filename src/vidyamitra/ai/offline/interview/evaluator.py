"""The offline answer evaluator: junk checks, relevance, key points, depth, STAR, coaching."""

from __future__ import annotations

import threading
from collections import Counter

from vidyamitra.ai.interview_models import (
    AnswerEvaluation,
    AnswerInsights,
    KeyPointResult,
    Question,
    StarComponent,
    WordCount,
    level_descriptor,
)
from vidyamitra.ai.offline.embeddings import (
    EmbeddingsUnavailable,
    SentenceEncoder,
    SubwordTokenizer,
)
from vidyamitra.ai.offline.interview import feedback
from vidyamitra.ai.offline.interview.coverage import cover, derive_points
from vidyamitra.ai.offline.interview.depth import Depth, job_terms, measure_depth
from vidyamitra.ai.offline.interview.junk import check_junk
from vidyamitra.ai.offline.interview.lexicon import Lexicon, load_lexicon
from vidyamitra.ai.offline.interview.scoring import Components, Weights, cap, combine
from vidyamitra.ai.offline.interview.similarity import (
    EmbeddingMatcher,
    LexicalMatcher,
    Matcher,
    answer_units,
)
from vidyamitra.ai.offline.interview.star import detect_star, star_score
from vidyamitra.ai.offline.interview.text import (
    PreparedText,
    content_stems,
    prepare,
    surface_tokens,
)

_STAR_TYPES = ("behavioural", "situational")
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
        try:
            return self._evaluate(question, answer)
        except EmbeddingsUnavailable as exc:
            with self._lock:
                self.matcher = LexicalMatcher(
                    self.lexicon.stopwords, f"embeddings unavailable ({exc})"
                )
                self._subwords = None
            return self._evaluate(question, answer)

    def _evaluate(self, question: Question, answer: str) -> AnswerEvaluation:
        """One evaluation with the current matcher."""
        lex, matcher = self.lexicon, self.matcher
        prepared = prepare(answer)
        asked = prepare(question.text).prose or question.text
        flags = list(check_junk(prepared, asked, lex, self._subwords).flags)
        is_star = question.type in _STAR_TYPES
        model = prepare(question.model_answer) if question.model_answer else None
        points = list(question.key_points) or (derive_points(model.sentences) if model else [])
        insights_vocab = self._vocabulary(question, asked, points)
        terms = job_terms(prepared, insights_vocab, surface_tokens(prepared.prose))
        if any(f in _EARLY_EXIT for f in flags):
            return self._junk_result(
                question, prepared, points, flags, terms, is_star, matcher.method
            )
        references = [
            asked,
            *([model.prose] if model else []),
            *([" ".join(points)] if points else []),
        ]
        if asked != question.text:  # the question has code: its identifiers are context too
            references.append(" ".join(question.text.split()))
        match = matcher.match(prepared.sentences, points, references)
        relevance = max(match.relevance) if match.relevance else 0.0
        t = matcher.thresholds
        if relevance < t.relevance_low:
            flags.append("off_topic")
        results, coverage = cover(points, match.point_sims, answer_units(prepared.sentences), t)
        depth = measure_depth(prepared, lex, terms)
        star = detect_star(prepared.sentences, lex) if is_star else None
        rel_norm = min(
            1.0, max(0.0, (relevance - t.relevance_low) / (t.relevance_high - t.relevance_low))
        )
        components = Components(
            rel_norm,
            depth.score,
            coverage if points else None,
            star_score(star) if star else None,
            prepared.effective_words,
        )
        score = cap(combine(components, self.weights), flags)
        return self._result(
            question, prepared, results, depth, star, flags, score, relevance, terms, matcher.method
        )

    def _vocabulary(self, question: Question, asked: str, points: list[str]) -> set[str]:
        """Stems of the question, rubric and skills: the job-related vocabulary."""
        text = " ".join([asked, *points, *question.skills, question.model_answer or ""])
        return set(content_stems(text, self.lexicon.stopwords))

    def _insights(
        self, prepared: PreparedText, terms: tuple[str, ...], results: list[KeyPointResult]
    ) -> AnswerInsights:
        """Descriptive facts: terms used, most used words, talking points covered."""
        counts = Counter(
            w
            for w in prepared.words
            if w not in self.lexicon.stopwords and len(w) > 2 and w.isalpha()
        )
        common = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return AnswerInsights(
            job_related_terms=list(terms[:15]),
            most_used_words=[WordCount(word=w, count=c) for w, c in common[:5] if c >= 2],
            talking_points_covered=[r.point for r in results if r.covered],
            word_count=len(prepared.words),
        )

    def _result(
        self,
        question: Question,
        prepared: PreparedText,
        results: list[KeyPointResult],
        depth: Depth,
        star: list[StarComponent] | None,
        flags: list[str],
        score: int,
        relevance: float,
        terms: tuple[str, ...],
        method: str,
    ) -> AnswerEvaluation:
        """Assemble the evaluation with coaching text."""
        descriptor = level_descriptor(score)
        missed = [r.point for r in results if not r.covered]
        improvements = feedback.improvements(missed, depth, star, prepared.effective_words)
        if flags:
            strengths: list[str] = []
            text = feedback.JUNK_MESSAGES[flags[-1] if flags == ["off_topic"] else flags[0]]
        else:
            strengths = feedback.strengths(results, depth, star)
            covered = len(results) - len(missed)
            text = feedback.summary(
                descriptor, covered, len(results), improvements[0] if improvements else None
            )
        topic = question.skills[0] if question.skills else "this"
        return AnswerEvaluation(
            engine=self.engine_name,
            method=method,
            score=score,
            level_descriptor=descriptor,
            feedback=text,
            strengths=strengths,
            improvements=improvements,
            key_points=results,
            missed_key_points=missed,
            star=star,
            relevance=round(relevance, 4),
            flags=flags,
            follow_up_question=feedback.follow_up(missed, depth, star, topic),
            insights=self._insights(prepared, terms, results),
        )

    def _junk_result(
        self,
        question: Question,
        prepared: PreparedText,
        points: list[str],
        flags: list[str],
        terms: tuple[str, ...],
        is_star: bool,
        method: str,
    ) -> AnswerEvaluation:
        """Empty, don't-know and gibberish answers: nothing is matched, score 0."""
        results = [KeyPointResult(point=p, covered=False, similarity=0.0) for p in points]
        star = detect_star((), self.lexicon) if is_star else None
        depth = measure_depth(PreparedText("", (), (), False), self.lexicon, ())
        return self._result(question, prepared, results, depth, star, flags, 0, 0.0, terms, method)
