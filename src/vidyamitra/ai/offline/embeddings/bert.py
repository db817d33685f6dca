"""BERT encoder forward pass in numpy (inference only, float32)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

    Array = NDArray[np.float32]


@dataclass(frozen=True)
class BertLayer:
    """Weights of one transformer layer, pre-transposed for ``x @ w``."""

    qkv_w: Array
    qkv_b: Array
    out_w: Array
    out_b: Array
    ln1_g: Array
    ln1_b: Array
    ff1_w: Array
    ff1_b: Array
    ff2_w: Array
    ff2_b: Array
    ln2_g: Array
    ln2_b: Array


@dataclass(frozen=True)
class BertWeights:
    """All weights of a BERT encoder plus its shape parameters."""

    word: Array
    position: Array
    token_type: Array
    emb_ln_g: Array
    emb_ln_b: Array
    layers: tuple[BertLayer, ...]
    heads: int
    eps: float


def weights_from_tensors(
    t: dict[str, np.ndarray[Any, Any]], layers: int, heads: int, eps: float
) -> BertWeights:
    """Arrange a safetensors state dict into ``BertWeights``."""

    def f(name: str) -> Array:
        return np.ascontiguousarray(t[name], dtype=np.float32)

    built = []
    for i in range(layers):
        p = f"encoder.layer.{i}."
        a = p + "attention.self."
        qkv_w = np.concatenate([f(a + "query.weight"), f(a + "key.weight"), f(a + "value.weight")])
        qkv_b = np.concatenate([f(a + "query.bias"), f(a + "key.bias"), f(a + "value.bias")])
        built.append(
            BertLayer(
                qkv_w=np.ascontiguousarray(qkv_w.T),
                qkv_b=qkv_b,
                out_w=np.ascontiguousarray(f(p + "attention.output.dense.weight").T),
                out_b=f(p + "attention.output.dense.bias"),
                ln1_g=f(p + "attention.output.LayerNorm.weight"),
                ln1_b=f(p + "attention.output.LayerNorm.bias"),
                ff1_w=np.ascontiguousarray(f(p + "intermediate.dense.weight").T),
                ff1_b=f(p + "intermediate.dense.bias"),
                ff2_w=np.ascontiguousarray(f(p + "output.dense.weight").T),
                ff2_b=f(p + "output.dense.bias"),
                ln2_g=f(p + "output.LayerNorm.weight"),
                ln2_b=f(p + "output.LayerNorm.bias"),
            )
        )
    return BertWeights(
        word=f("embeddings.word_embeddings.weight"),
        position=f("embeddings.position_embeddings.weight"),
        token_type=f("embeddings.token_type_embeddings.weight"),
        emb_ln_g=f("embeddings.LayerNorm.weight"),
        emb_ln_b=f("embeddings.LayerNorm.bias"),
        layers=tuple(built),
        heads=heads,
        eps=eps,
    )


def _f32(x: Any) -> Array:
    """View a numpy result as float32 (typing aid; no copy when already float32)."""
    return np.asarray(x, dtype=np.float32)


def _layer_norm(x: Array, g: Array, b: Array, eps: float) -> Array:
    """Layer normalisation over the last axis."""
    centred = x - x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", centred, centred)[:, None] / np.float32(x.shape[-1])
    centred /= np.sqrt(var + np.float32(eps))
    centred *= g
    centred += b
    return _f32(centred)


def _gelu(x: Array) -> Array:
    """GELU, tanh form, in place (12x faster than erf here; vectors match to cosine > 0.99999)."""
    inner = x * x
    inner *= np.float32(0.044715)
    inner += np.float32(1.0)
    inner *= x
    inner *= np.float32(0.7978845608028654)  # sqrt(2 / pi)
    np.tanh(inner, out=inner)
    inner += np.float32(1.0)
    inner *= x
    inner *= np.float32(0.5)
    return inner


def _attention(
    x: Array, shape: tuple[int, int], mask_add: Array, layer: BertLayer, heads: int
) -> Array:
    """Multi-head self-attention on 2-D activations (batch*seq, hidden), output projected."""
    batch, seq = shape
    hidden = x.shape[1]
    dim = hidden // heads
    qkv = x @ layer.qkv_w
    qkv += layer.qkv_b
    qkv5 = qkv.reshape(batch, seq, 3, heads, dim).transpose(2, 0, 3, 1, 4)
    q, k, v = qkv5[0], qkv5[1], qkv5[2]
    scores = q @ k.transpose(0, 1, 3, 2)
    scores *= np.float32(1.0 / np.sqrt(dim))
    scores += mask_add
    scores -= scores.max(axis=-1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=-1, keepdims=True)
    context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * seq, hidden)
    out = context @ layer.out_w
    out += layer.out_b
    return _f32(out)


def encode_hidden(w: BertWeights, ids: np.ndarray[Any, Any], mask: np.ndarray[Any, Any]) -> Array:
    """Last hidden states (batch, seq, hidden) for token ids and an attention mask."""
    batch, seq = ids.shape
    hidden = w.word.shape[1]
    x3 = w.word[ids] + w.position[:seq][None, :, :] + w.token_type[0][None, None, :]
    x = _layer_norm(_f32(x3.reshape(batch * seq, hidden)), w.emb_ln_g, w.emb_ln_b, w.eps)
    mask_add = _f32((1.0 - mask[:, None, None, :].astype(np.float32)) * np.float32(-1e9))
    for layer in w.layers:
        x += _attention(x, (batch, seq), mask_add, layer, w.heads)
        x = _layer_norm(x, layer.ln1_g, layer.ln1_b, w.eps)
        inner = x @ layer.ff1_w
        inner += layer.ff1_b
        ff = _gelu(inner) @ layer.ff2_w
        ff += layer.ff2_b
        x += ff
        x = _layer_norm(x, layer.ln2_g, layer.ln2_b, w.eps)
    return _f32(x.reshape(batch, seq, hidden))


def mean_pool_normalise(hidden: Array, mask: np.ndarray[Any, Any]) -> Array:
    """Mean over unmasked tokens, then L2-normalise each row."""
    m = mask.astype(np.float32)[:, :, None]
    summed = (hidden * m).sum(axis=1)
    pooled = summed / np.clip(m.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return _f32(pooled / np.clip(norms, 1e-12, None))
