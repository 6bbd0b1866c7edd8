"""Every wrongly grouped ECB+ train document of the batch story grouping, with what tied it or
kept it apart: for error analysis by class (issue #5). TRAIN topics only: the dev topics are
read through bench_resolve.py's figures, never document by document.

Usage: python bench/story_errors.py [--data ECB+ folder] [--cache parse.pkl] [--terms N]

For every gold story the predicted cluster holding most of its documents is its home; a
document outside its story's home is "split" (it lists its own cluster's size and its average
similarity to its home, to the cluster it is in, and that cluster's cohesion); a predicted
cluster that holds documents of two gold stories lists them as "joined" (with the terms the
two parts share most, by their IDF-weighted product).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ecbplus_docs import DEFAULT_DATA, DEV_TOPICS, GoldMention, load_parsed  # noqa: E402, F401
from story_grouping import corpus_idf, features_for, group_stories  # noqa: E402

from chronicler.resolve.stories import tfidf_vector  # noqa: E402


def mean_link(matrix: np.ndarray, a: list[int], b: list[int]) -> float:
    block = matrix[np.ix_(a, b)]
    if a == b:
        n = len(a)
        return float((block.sum() - n) / (n * (n - 1))) if n > 1 else float("nan")
    return float(block.mean())


def shared_terms(vectors: list[dict[str, float]], a: list[int], b: list[int], n: int) -> str:
    """The terms the two groups share most: the sum over their centroids' products."""
    ca: Counter[str] = Counter()
    cb: Counter[str] = Counter()
    for i in a:
        ca.update(vectors[i])
    for i in b:
        cb.update(vectors[i])
    common = {t: ca[t] * cb[t] / (len(a) * len(b)) for t in ca.keys() & cb.keys()}
    top = sorted(common.items(), key=lambda kv: -kv[1])[:n]
    return ", ".join(t for t, _ in top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--cache")
    parser.add_argument("--terms", type=int, default=8)
    args = parser.parse_args()
    docs, parsed = load_parsed(Path(args.data), args.cache)
    keep = [i for i, d in enumerate(docs) if d.topic not in DEV_TOPICS]
    docs, parsed = [docs[i] for i in keep], [parsed[i] for i in keep]
    feats = features_for(docs, parsed)
    labels, matrix = group_stories(feats)
    idf = corpus_idf(feats)
    vectors = [tfidf_vector(f.terms, idf, 0.0) for f in feats]
    by_gold: dict[str, list[int]] = defaultdict(list)
    by_pred: dict[int, list[int]] = defaultdict(list)
    for i, (d, lbl) in enumerate(zip(docs, labels, strict=True)):
        by_gold[d.story].append(i)
        by_pred[lbl].append(i)
    home = {g: Counter(labels[i] for i in idx).most_common(1)[0][0] for g, idx in by_gold.items()}
    print("# split: document, gold story (size), its cluster (size, gold stories in it)")
    for g, idx in sorted(by_gold.items()):
        own = by_pred[home[g]]
        for i in idx:
            if labels[i] == home[g]:
                continue
            there = by_pred[labels[i]]
            golds = Counter(docs[j].story for j in there)
            others = [j for j in there if j != i]
            to_own = mean_link(matrix, [i], others) if others else float("nan")
            print(
                f"SPLIT {docs[i].name} story {g} ({len(idx)}) -> cluster of {len(there)} "
                f"{dict(golds)}; to home {mean_link(matrix, [i], own):.3f} "
                f"(home cohesion {mean_link(matrix, own, own):.3f}); to own cluster "
                f"{to_own:.3f}"
                f"; lead {feats[i].lead} published {feats[i].published}; head days "
                f"{sorted(t[2:] for t in feats[i].terms if t.startswith('d:'))}"
            )
            print(f"   shares with home: {shared_terms(vectors, [i], own, args.terms)}")
            print(f"   text: {docs[i].text[:200]!r}")
    print("# joined: clusters holding documents of two or more gold stories")
    for lbl, idx in sorted(by_pred.items()):
        golds: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            golds[docs[i].story].append(i)
        if len(golds) < 2:
            continue
        parts = sorted(golds.items(), key=lambda kv: -len(kv[1]))
        print(f"JOINED cluster {lbl}: " + ", ".join(f"{g} x{len(v)}" for g, v in parts))
        main_part = parts[0][1]
        for g, part in parts[1:]:
            print(
                f"   {g} to {parts[0][0]}: link {mean_link(matrix, part, main_part):.3f}; "
                f"cohesions {mean_link(matrix, part, part):.3f} / "
                f"{mean_link(matrix, main_part, main_part):.3f}; shared: "
                f"{shared_terms(vectors, part, main_part, args.terms)}"
            )
            for i in part:
                print(f"   {docs[i].name}: {docs[i].text[:160]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
