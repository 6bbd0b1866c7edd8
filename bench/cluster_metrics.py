"""Clustering scores for the resolve benchmark: B-cubed, MUC, CEAF-e, CoNLL F1, ARI and
V-measure of a predicted against a gold assignment (item -> cluster label)."""

from __future__ import annotations

from collections import defaultdict

import numpy as np


def b_cubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    gold_sets, pred_sets = _groups(gold), _groups(pred)
    p = sum(len(gold_sets[gold[x]] & pred_sets[pred[x]]) / len(pred_sets[pred[x]]) for x in gold)
    r = sum(len(gold_sets[gold[x]] & pred_sets[pred[x]]) / len(gold_sets[gold[x]]) for x in gold)
    p, r = p / len(gold), r / len(gold)
    return p, r, _f(p, r)


def muc(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    def score(key: dict[str, str], response: dict[str, str]) -> float:
        num = den = 0
        for members in _groups(key).values():
            parts = {response[m] for m in members}
            num += len(members) - len(parts)
            den += len(members) - 1
        return num / den if den else 0.0

    r, p = score(gold, pred), score(pred, gold)
    return p, r, _f(p, r)


def ceaf_e(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    from scipy.optimize import linear_sum_assignment

    g, s = list(_groups(gold).values()), list(_groups(pred).values())
    sim = np.array([[2 * len(a & b) / (len(a) + len(b)) for b in s] for a in g])
    rows, cols = linear_sum_assignment(-sim)
    total = sim[rows, cols].sum()
    p, r = total / len(s), total / len(g)
    return p, r, _f(p, r)


def _groups(assign: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for item, label in assign.items():
        out[label].add(item)
    return out


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def cluster_scores(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    from sklearn.metrics import adjusted_rand_score, v_measure_score

    keys = sorted(gold)
    return {
        "b3_f1": round(b_cubed(gold, pred)[2], 4),
        "ari": round(adjusted_rand_score([gold[k] for k in keys], [pred[k] for k in keys]), 4),
        "v_measure": round(v_measure_score([gold[k] for k in keys], [pred[k] for k in keys]), 4),
        "predicted_stories": len(set(pred.values())),
        "gold_stories": len(set(gold.values())),
    }


def conll(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    m, b, c = muc(gold, pred)[2], b_cubed(gold, pred)[2], ceaf_e(gold, pred)[2]
    return {
        "muc": round(100 * m, 2),
        "b3": round(100 * b, 2),
        "ceaf_e": round(100 * c, 2),
        "conll_f1": round(100 * (m + b + c) / 3, 2),
    }
