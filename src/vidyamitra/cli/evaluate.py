"""`vidyamitra evaluate --jsonl FILE`: one JSON evaluation per input line, offline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from vidyamitra.ai.offline.interview import AnswerEvaluator


def run(args: argparse.Namespace) -> int:
    from vidyamitra.ai.offline.embeddings import EmbeddingsUnavailable, load_minilm
    from vidyamitra.ai.offline.engine import ENGINE_NAME
    from vidyamitra.ai.offline.interview import AnswerEvaluator

    try:
        encoder = load_minilm()
    except EmbeddingsUnavailable as exc:
        print(f"warning: {exc}; using lexical matching", file=sys.stderr)
        encoder = None
    evaluator = AnswerEvaluator(encoder, engine_name=ENGINE_NAME)
    if args.jsonl == "-":
        _stream(sys.stdin, evaluator)
    else:
        with Path(args.jsonl).open(encoding="utf-8") as source:
            _stream(source, evaluator)
    return 0


def _stream(source: TextIO, evaluator: AnswerEvaluator) -> None:
    from vidyamitra.ai.offline.interview import evaluate_jsonl

    for line in evaluate_jsonl(source, evaluator):
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
