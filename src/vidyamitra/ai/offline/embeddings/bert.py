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
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return _f32((x - mean) / np.sqrt(var + eps) * g + b)


def _erf(x: Array) -> Array:
    """Error function (Abramowitz–Stegun 7.1.26, |error| < 1.5e-7), numpy has none."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return _f32(sign * (1.0 - poly * np.exp(-a * a)))


def _gelu(x: Array) -> Array:
    """Exact (erf) GELU as BERT uses."""
    return _f32(0.5 * x * (1.0 + _erf(x / np.float32(np.sqrt(2.0)))))


def _attention(x: Array, mask_add: Array, layer: BertLayer, heads: int) -> Array:
    """Multi-head self-attention with an additive padding mask, before the output projection."""
    batch, seq, hidden = x.shape
    dim = hidden // heads
    qkv = x @ layer.qkv_w + layer.qkv_b
    qkv = qkv.reshape(batch, seq, 3, heads, dim).transpose(2, 0, 3, 1, 4)
    q, k, v = qkv[0], qkv[1], qkv[2]
    scores = (q @ k.transpose(0, 1, 3, 2)) / np.float32(np.sqrt(dim)) + mask_add
    scores = scores - scores.max(axis=-1, keepdims=True)
    probs = np.exp(scores)
    probs /= probs.sum(axis=-1, keepdims=True)
    context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch, seq, hidden)
    return _f32(context @ layer.out_w + layer.out_b)


def encode_hidden(w: BertWeights, ids: np.ndarray[Any, Any], mask: np.ndarray[Any, Any]) -> Array:
    """Last hidden states (batch, seq, hidden) for token ids and an attention mask."""
    seq = ids.shape[1]
    x = w.word[ids] + w.position[:seq][None, :, :] + w.token_type[0][None, None, :]
    x = _layer_norm(x, w.emb_ln_g, w.emb_ln_b, w.eps)
    mask_add = ((1.0 - mask[:, None, None, :].astype(np.float32)) * np.float32(-1e9)).astype(
        np.float32
    )
    for layer in w.layers:
        x = _layer_norm(
            x + _attention(x, mask_add, layer, w.heads), layer.ln1_g, layer.ln1_b, w.eps
        )
        ff = _gelu(x @ layer.ff1_w + layer.ff1_b) @ layer.ff2_w + layer.ff2_b
        x = _layer_norm(x + ff, layer.ln2_g, layer.ln2_b, w.eps)
    return _f32(x)


def mean_pool_normalise(hidden: Array, mask: np.ndarray[Any, Any]) -> Array:
    """Mean over unmasked tokens, then L2-normalise each row."""
    m = mask.astype(np.float32)[:, :, None]
    summed = (hidden * m).sum(axis=1)
    pooled = summed / np.clip(m.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return _f32(pooled / np.clip(norms, 1e-12, None))
