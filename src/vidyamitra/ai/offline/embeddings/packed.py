"""BERT forward pass over packed sequences: dense layers run on real tokens only, once per call.

Padding a batch to its longest text wastes the dense layers (most of the cost) on pad tokens,
and small batches pay numpy's per-call overhead. Here every text's tokens are stacked into one
(tokens, hidden) matrix; only self-attention needs sequences, and it runs per group of texts of
similar length, gathered from and scattered back to the packed rows. The maths is the padded
pass's, so vectors match it to float rounding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from vidyamitra.ai.offline.embeddings.bert import BertLayer, BertWeights, _gelu, _layer_norm

if TYPE_CHECKING:
    from numpy.typing import NDArray

    Array = NDArray[np.float32]
    Index = NDArray[np.intp]

_GROUP = 32  # most texts per attention group


@dataclass(frozen=True)
class _Group:
    """Texts attended together: packed row of each (text, position), padding and its mask."""

    rows: Index  # (texts, longest) rows into the packed matrix; padding points at row 0
    valid: NDArray[np.bool_]  # (texts, longest) True for real tokens
    mask_add: Array  # (texts, 1, 1, longest) 0 for tokens, -1e9 for padding


def _groups(lengths: Sequence[int], starts: Sequence[int]) -> list[_Group]:
    """Texts sorted by length, grouped while the longest stays close to the shortest."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    chunks: list[list[int]] = []
    for i in order:
        last = chunks[-1] if chunks else None
        if last and len(last) < _GROUP and lengths[i] <= 1.5 * lengths[last[0]] + 8:
            last.append(i)
        else:
            chunks.append([i])
    out: list[_Group] = []
    for chunk in chunks:
        longest = max(lengths[i] for i in chunk)
        pos = np.arange(longest)
        valid = pos[None, :] < np.array([lengths[i] for i in chunk])[:, None]
        rows = np.where(valid, np.array([starts[i] for i in chunk])[:, None] + pos[None, :], 0)
        mask_add = np.where(valid, np.float32(0.0), np.float32(-1e9)).astype(np.float32)
        out.append(_Group(rows, valid, mask_add[:, None, None, :]))
    return out


def _attend(x: Array, groups: list[_Group], layer: BertLayer, heads: int) -> Array:
    """Multi-head self-attention of every group, projected, as packed rows."""
    tokens, hidden = x.shape
    dim = hidden // heads
    qkv = x @ layer.qkv_w
    qkv += layer.qkv_b
    context = np.empty((tokens, hidden), dtype=np.float32)
    scale = np.float32(1.0 / np.sqrt(dim))
    for g in groups:
        n, longest = g.rows.shape
        qkv5 = qkv[g.rows].reshape(n, longest, 3, heads, dim).transpose(2, 0, 3, 1, 4)
        scores = qkv5[0] @ qkv5[1].transpose(0, 1, 3, 2)
        scores *= scale
        scores += g.mask_add
        scores -= scores.max(axis=-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=-1, keepdims=True)
        ctx = (scores @ qkv5[2]).transpose(0, 2, 1, 3).reshape(n, longest, hidden)
        context[g.rows[g.valid]] = ctx[g.valid]
    out = context @ layer.out_w
    out += layer.out_b
    return out


def encode_packed(w: BertWeights, ids: Sequence[Sequence[int]]) -> Array:
    """Mean-pooled, L2-normalised vectors (texts, hidden) of token-id sequences."""
    lengths = [len(seq) for seq in ids]
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.intp)
    flat = np.fromiter((t for seq in ids for t in seq), dtype=np.intp, count=sum(lengths))
    positions = np.concatenate([np.arange(n) for n in lengths])
    x: Any = w.word[flat] + w.position[positions] + w.token_type[0][None, :]
    x = _layer_norm(np.asarray(x, dtype=np.float32), w.emb_ln_g, w.emb_ln_b, w.eps)
    groups = _groups(lengths, [int(s) for s in starts])
    for layer in w.layers:
        x += _attend(x, groups, layer, w.heads)
        x = _layer_norm(x, layer.ln1_g, layer.ln1_b, w.eps)
        inner = x @ layer.ff1_w
        inner += layer.ff1_b
        ff = _gelu(inner) @ layer.ff2_w
        ff += layer.ff2_b
        x += ff
        x = _layer_norm(x, layer.ln2_g, layer.ln2_b, w.eps)
    pooled = np.add.reduceat(x, starts, axis=0) / np.array(lengths, dtype=np.float32)[:, None]
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)
