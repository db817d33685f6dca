"""`vidyamitra evaluate --jsonl FILE`: one JSON evaluation per input line, offline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from vidyamitra.ai.offline.embeddings import EmbeddingsUnavailable, load_minilm
    from vidyamitra.ai.offline.engine import ENGINE_NAME
    from vidyamitra.ai.offline.interview import AnswerEvaluator, evaluate_jsonl

    try:
        encoder = load_minilm()
    except EmbeddingsUnavailable as exc:
        print(f"warning: {exc}; using lexical matching", file=sys.stderr)
        encoder = None
    evaluator = AnswerEvaluator(encoder, engine_name=ENGINE_NAME)
    source = sys.stdin if args.jsonl == "-" else Path(args.jsonl).open(encoding="utf-8")
    with source:
        for line in evaluate_jsonl(source, evaluator):
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    return 0
