"""The numpy MiniLM matches sentence-transformers and behaves as a SentenceEncoder."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from vidyamitra.ai.offline.embeddings import (
    EmbeddingsUnavailable,
    LazyMiniLM,
    MiniLMEncoder,
    SentenceEncoder,
    default_model_dir,
    load_minilm,
)

REFERENCE = Path(__file__).parents[3] / "fixtures" / "minilm_reference.json"


def test_vectors_match_sentence_transformers_reference(minilm: MiniLMEncoder) -> None:
    items = json.loads(REFERENCE.read_text())["items"]
    ours = minilm.encode([item["text"] for item in items])
    for row, item in zip(ours, items, strict=True):
        ref = np.array(item["vector"], dtype=np.float32)
        cosine = float(row @ ref / np.linalg.norm(ref))
        assert cosine >= 0.999, item["text"]


def test_output_is_unit_float32_and_batch_order_is_kept(minilm: MiniLMEncoder) -> None:
    texts = ["a much longer sentence about javascript closures and scope chains", "short", ""]
    batch = minilm.encode(texts)
    assert batch.shape == (3, 384)
    assert batch.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    for i, text in enumerate(texts):
        np.testing.assert_allclose(minilm.encode([text])[0], batch[i], atol=1e-5)


def test_paraphrase_is_closer_than_unrelated(minilm: MiniLMEncoder) -> None:
    a, b, c = minilm.encode(
        [
            "Event delegation attaches one listener to a parent element.",
            "You put a single handler on the parent node instead of on each child.",
            "My favourite food is pasta with tomato sauce.",
        ]
    )
    assert a @ b > a @ c + 0.2


def test_long_text_is_truncated_not_rejected(minilm: MiniLMEncoder) -> None:
    long_text = "token " * 2000
    vec = minilm.encode([long_text])
    assert vec.shape == (1, 384)
    assert minilm.max_tokens == 256


def test_cache_is_bounded() -> None:
    encoder = load_minilm(cache_size=2)
    encoder.encode(["one", "two", "three"])
    assert len(encoder._cache) == 2


def test_missing_files_raise_embeddings_unavailable(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingsUnavailable):
        load_minilm(tmp_path)


def test_corrupt_weights_raise_embeddings_unavailable(tmp_path: Path) -> None:
    source = default_model_dir()
    for name in ("tokenizer.json", "config.json", "sentence_bert_config.json"):
        shutil.copy(source / name, tmp_path / name)
    (tmp_path / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(EmbeddingsUnavailable):
        load_minilm(tmp_path)


def test_lazy_loader_loads_once_across_threads() -> None:
    lazy = LazyMiniLM()
    assert isinstance(lazy, SentenceEncoder)
    seen: list[MiniLMEncoder] = []
    threads = [threading.Thread(target=lambda: seen.append(lazy.load())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(e) for e in seen}) == 1
    assert lazy.encode(["hello"]).shape == (1, 384)


def test_wordpieces_fragment_gibberish(minilm: MiniLMEncoder) -> None:
    assert minilm.wordpieces("closure") == ["closure"]
    assert len(minilm.wordpieces("qzxkvbwp")) >= 3


def test_packed_pass_matches_padded_batch(minilm: MiniLMEncoder) -> None:
    from vidyamitra.ai.offline.embeddings.bert import encode_hidden, mean_pool_normalise
    from vidyamitra.ai.offline.embeddings.packed import encode_packed

    texts = ["short one", "a somewhat longer sentence about closures in javascript"] * 3
    texts += ["word " * 300, "tiny"]  # one past the 256-token limit, one very short
    ids = [e.ids for e in minilm._tokenizer.encode_batch(texts)]
    longest = max(map(len, ids))
    padded = np.array([seq + [0] * (longest - len(seq)) for seq in ids], dtype=np.int64)
    mask = np.array([[1] * len(seq) + [0] * (longest - len(seq)) for seq in ids])
    reference = mean_pool_normalise(encode_hidden(minilm._weights, padded, mask), mask)
    packed = encode_packed(minilm._weights, ids)
    assert len(ids[-2]) == minilm.max_tokens
    np.testing.assert_allclose(packed, reference, atol=2e-5)


def test_many_texts_split_into_chunks_keep_order(minilm: MiniLMEncoder) -> None:
    texts = [f"sentence number {i} about caching" for i in range(70)]
    batch = minilm.encode(texts)
    minilm.clear_cache()
    for i in (0, 63, 64, 69):
        np.testing.assert_allclose(minilm.encode([texts[i]])[0], batch[i], atol=1e-5)


def test_clear_cache_forgets_vectors() -> None:
    encoder = load_minilm()
    first = encoder.encode(["cache me"])
    encoder.clear_cache()
    assert len(encoder._cache) == 0
    np.testing.assert_allclose(encoder.encode(["cache me"]), first, atol=1e-6)
