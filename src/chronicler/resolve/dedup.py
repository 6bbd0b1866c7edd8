"""Near-duplicate detection: MinHash signatures, LSH band keys, verified Jaccard.

Band keys are plain 64-bit integers so that the store can index them by (band, key) and a
new article finds its candidates with point queries, never a scan.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import numpy as np
from datasketch import MinHash

from chronicler.resolve.text import words


def shingles(text: str, size: int) -> set[str]:
    """Word n-grams of the folded text; short texts fall back to their words."""
    tokens = words(text)
    if len(tokens) < size:
        return set(tokens)
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def minhash(items: Iterable[str], num_perm: int) -> np.ndarray:
    """The MinHash signature of a set of strings (seeded, so stable across runs)."""
    sketch = MinHash(num_perm=num_perm, seed=1)
    sketch.update_batch([s.encode("utf-8") for s in items])
    return np.asarray(sketch.hashvalues, dtype=np.uint64)


def band_keys(signature: np.ndarray, bands: int) -> list[int]:
    """One signed 64-bit key per LSH band; two sets share a key when a band matches exactly."""
    rows = len(signature) // bands
    keys = []
    for band in range(bands):
        chunk = signature[band * rows : (band + 1) * rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(8, "little"))
        keys.append(int.from_bytes(digest.digest(), "little", signed=True))
    return keys


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def near_duplicate_pairs(
    shingle_sets: Sequence[set[str]], candidates: Iterable[tuple[int, int]], threshold: float
) -> list[tuple[int, int, float]]:
    """Candidate pairs whose exact Jaccard clears the threshold (LSH only proposes)."""
    out = []
    for i, j in candidates:
        score = jaccard(shingle_sets[i], shingle_sets[j])
        if score >= threshold:
            out.append((i, j, score))
    return out
