"""Offline sentence embeddings: all-MiniLM-L6-v2 run in numpy, loaded explicitly by the caller."""

from vidyamitra.ai.offline.embeddings.encoder import (
    EmbeddingsUnavailable,
    LazyMiniLM,
    MiniLMEncoder,
    SentenceEncoder,
    SubwordTokenizer,
    default_model_dir,
    load_minilm,
)

__all__ = [
    "EmbeddingsUnavailable",
    "LazyMiniLM",
    "MiniLMEncoder",
    "SentenceEncoder",
    "SubwordTokenizer",
    "default_model_dir",
    "load_minilm",
]
