"""Grid searches on the ECB+ train topics for the story settings of resolve.toml: the
clustering threshold, the time rule and the small-cluster attachment."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from cluster_metrics import b_cubed
from ecbplus_docs import Doc, Parsed
from lone_variants import LONE_CUTS, lone_scores, lone_variant
from story_grouping import VARIANT, features_for, group_stories, story_params

from chronicler.resolve.config import StoryParams
from chronicler.resolve.stories import (
    StoryFeatures,
    attach_small,
    cluster,
    conflict_veto,
    year_conflicts,
)


def tune_threshold(docs: list[Doc], parsed: list[Parsed]) -> float:
    feats = features_for(docs, parsed)
    gold = {d.name: d.story for d in docs}
    best = (0.0, 0.0)
    for t in np.arange(0.05, 0.5, 0.01):
        labels, _ = group_stories(feats, float(t))
        score = b_cubed(gold, {d.name: str(lbl) for d, lbl in zip(docs, labels, strict=True)})[2]
        print(f"  threshold {t:.2f}: train B3 F1 {score:.4f}")
        best = max(best, (score, float(t)))
    return best[1]


DATE_GRID = {  # time as evidence (stories.time_factor): granularity x gap in years x factor
    "date_granularity": ("year", "month"),
    "date_gap_years": (0.5, 1.0, 2.0, 5.0),
    "date_factor": (0.0, 0.5, 0.75),
}


def tune_dates(docs: list[Doc], parsed: list[Parsed]) -> dict[str, object]:
    """Grid over the time rule on train (batch clustering at the configured threshold and
    around it); returns the best setting, or {} when none beats dates unused."""
    feats = features_for(docs, parsed)
    gold = {d.name: d.story for d in docs}
    base = story_params().threshold
    thresholds = (base - 0.01, base, base + 0.01)

    def score(overrides: dict[str, object]) -> float:
        VARIANT.update(overrides)
        try:
            return max(
                b_cubed(gold, {d.name: str(x) for d, x in zip(docs, labels, strict=True)})[2]
                for labels in (group_stories(feats, t)[0] for t in thresholds)
            )
        finally:
            for key in overrides:
                VARIANT.pop(key, None)

    best_score, best = score({"date_gap_years": 0.0}), {}
    print(f"  dates unused: train B3 F1 {best_score:.4f}")
    for granularity in DATE_GRID["date_granularity"]:
        for gap in DATE_GRID["date_gap_years"]:
            for factor in DATE_GRID["date_factor"]:
                rule = {
                    "date_granularity": granularity,
                    "date_gap_years": gap,
                    "date_factor": factor,
                }
                found = score(rule)
                print(f"  {rule}: train B3 F1 {found:.4f}", flush=True)
                if found > best_score:
                    best_score, best = found, rule
    return best


ATTACH_GRID = {  # stories.attach_small: size x floor x smallest story x the three rules
    "attach_size": (2, 4),
    "attach_floor": (0.04, 0.05, 0.06, 0.065, 0.07),
    "attach_min_story": (2, 3, 5),
    "attach_reach": (0.0, 0.2, 0.3, 0.4),
    "attach_margin": (0.0, 0.01, 0.02),
    "attach_year_share": (0.0, 0.5, 1.0),
}
# --tune-conflict: the name-conflict veto (story_conflicts) with the floor, smallest story and
# reach it may need beside it (the other rules off)
CONFLICT_GRID = {
    "attach_size": (4,),
    "attach_floor": (0.04, 0.05, 0.055, 0.06, 0.065),
    "attach_min_story": (2, 3, 5),
    "attach_reach": (0.0, 0.1, 0.3),
    "attach_conflict_share": (0.0, 0.75, 0.9, 1.0),
}

# --tune-cohesion: the cohesion rule (stories.attach_small's cohesion_share) with the floor,
# smallest story and reach beside it (the other rules off)
COHESION_GRID = {
    "attach_size": (4,),
    "attach_floor": (0.04, 0.05, 0.06),
    "attach_min_story": (2, 3),
    "attach_reach": (0.0, 0.3),
    "attach_cohesion": (0.0, 0.35, 0.4, 0.45, 0.5, 0.55),
}


def tune_attach(
    docs: list[Doc], parsed: list[Parsed], grid: dict[str, tuple[object, ...]] | None = None
) -> dict[str, object]:
    """Grid over attachment on train (batch, at the configured threshold; ATTACH_GRID unless
    `grid` is given): B3 F1 on the documents as they are, and the lone documents joined in each
    lone variant. Returns the best setting whose lone joins stay at the level without
    attachment in every variant, or {} when none beats attachment off."""
    import itertools

    grid = grid or ATTACH_GRID
    feats = features_for(docs, parsed)
    gold = {d.name: d.story for d in docs}
    params = replace(story_params(), attach_size=0)
    VARIANT["attach_size"] = 0
    try:
        _, matrix = group_stories(feats)
        lone = {}
        for cut in LONE_CUTS:
            keep = lone_variant(docs, cut)
            lone[cut] = (keep, group_stories([feats[i] for i in keep])[1])
        labels = cluster(matrix, params.threshold)
        lone_labels = {c: cluster(m, params.threshold) for c, (_k, m) in lone.items()}
        conflicts = year_conflicts(feats)  # lone variants: its rows and columns kept
    finally:
        VARIANT.pop("attach_size", None)

    def run(setting: dict[str, object]) -> tuple[float, dict[str, dict[str, float]]]:
        rule = replace(params, **setting)  # type: ignore[arg-type]
        found = b_cubed(
            gold,
            {
                d.name: str(x)
                for d, x in zip(
                    docs, attached_by(matrix, labels, rule, conflicts, feats), strict=True
                )
            },
        )[2]
        per_cut = {
            cut: lone_scores(
                [docs[i] for i in keep],
                attached_by(
                    m,
                    lone_labels[cut],
                    rule,
                    conflicts[np.ix_(keep, keep)],
                    [feats[i] for i in keep],
                ),
            )
            for cut, (keep, m) in lone.items()
        }
        return found, per_cut

    off_f1, off_lone = run({"attach_size": 0})
    print(f"  attachment off: train B3 F1 {off_f1:.4f}; lone joined {_joins(off_lone)}")
    best_f1, best = off_f1, {}
    for values in itertools.product(*grid.values()):
        setting = dict(zip(grid, values, strict=True))
        found, per_cut = run(setting)
        within = all(per_cut[c]["lone_joined"] <= off_lone[c]["lone_joined"] for c in LONE_CUTS)
        print(f"  {setting}: train B3 F1 {found:.4f}; lone joined {_joins(per_cut)}", flush=True)
        if within and found > best_f1:
            best_f1, best = found, setting
    print(f"best within the lone joins of attachment off: {best or 'none'} ({best_f1:.4f})")
    return best


def attached_by(
    matrix: np.ndarray,
    labels: list[int],
    rule: StoryParams,
    conflicts: np.ndarray,
    features: list[StoryFeatures],
) -> list[int]:
    """cluster_stories after its average linkage (`labels`, computed once for a grid)."""
    veto = (
        conflict_veto(features, rule.attach_conflict_share)
        if rule.attach_conflict_share > 0
        else None
    )
    return attach_small(
        matrix,
        labels,
        rule.attach_size,
        rule.attach_floor,
        rule.attach_min_story,
        rule.attach_reach,
        rule.threshold,
        rule.attach_margin,
        conflicts,
        rule.attach_year_share,
        veto,
        rule.attach_cohesion,
    )


def _joins(per_cut: dict[str, dict[str, float]]) -> str:
    return ", ".join(
        f"{c} cut {v['lone_joined']} of {v['lone']} (P {v['b3_p']:.3f})" for c, v in per_cut.items()
    )
