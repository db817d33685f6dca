"""Offline interview answer evaluation (embeddings with a lexical fallback)."""

from vidyamitra.ai.offline.interview.evaluator import AnswerEvaluator
from vidyamitra.ai.offline.interview.jsonl import evaluate_jsonl

__all__ = ["AnswerEvaluator", "evaluate_jsonl"]
