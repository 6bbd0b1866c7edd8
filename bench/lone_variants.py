"""The lone variants of ECB+: one happening of every topic cut to a single document, and how
often such a lone document is put with another story."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from cluster_metrics import b_cubed
from ecbplus_docs import Doc

LONE_CUTS = ("plus", "ecb")  # the half of every topic cut to one document, in turn


def lone_variant(docs: Sequence[Doc], cut: str) -> list[int]:
    """Indices of `docs` kept when, in every topic, the happening of one half (`cut`: the
    ecbplus or the ecb documents) is cut to its first document by name: a lone report of a
    happening beside the several reports of another of its kind, as real corpora have and
    ECB+ has not (each of its stories has 3 or more documents)."""
    first: dict[str, str] = {}
    for d in docs:
        if d.story.endswith(cut) and (d.story not in first or d.name < first[d.story]):
            first[d.story] = d.name
    return [i for i, d in enumerate(docs) if not d.story.endswith(cut) or first[d.story] == d.name]


def lone_scores(docs: Sequence[Doc], labels: Sequence[object]) -> dict[str, float]:
    """B3 of a lone variant and how many lone documents (the only one of their gold story)
    were put with another document: each of those joins two happenings."""
    gold = {d.name: d.story for d in docs}
    pred = {d.name: str(x) for d, x in zip(docs, labels, strict=True)}
    p, r, f = b_cubed(gold, pred)
    gold_size, pred_size = Counter(gold.values()), Counter(pred.values())
    lone = [d.name for d in docs if gold_size[d.story] == 1]
    return {
        "b3_p": round(p, 4),
        "b3_r": round(r, 4),
        "b3_f1": round(f, 4),
        "lone_joined": sum(pred_size[pred[n]] > 1 for n in lone),
        "lone": len(lone),
    }


def lone_line(name: str, cut: str, path: str, scores: dict[str, float]) -> str:
    return (
        f"{name} lone ({cut} cut, {path}): B3 P/R/F1 {scores['b3_p']:.3f}/{scores['b3_r']:.3f}/"
        f"{scores['b3_f1']:.3f}; lone documents joined to another story: "
        f"{scores['lone_joined']} of {scores['lone']}"
    )
