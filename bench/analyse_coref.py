"""Where the event pair scorer goes wrong, on the ECB+ train topics (dev topics are not read).

Usage: python bench/analyse_coref.py ../shared/bench/ecbplus [--cache FILE] [--folds 5]

The train topics' documents are grouped into stories as bench_resolve.py groups them, and each
story's gold action mentions are clustered by the shipped scorer (event_coref.json). Printed:
- mention pairs by class (same or different trigger key; same sentence, same article or across
  articles) and outcome (G/g: one gold event or not; P/p: one predicted event or not);
- the trigger-key pairs most often merged wrongly (FP) or split wrongly (FN);
- oracle CoNLL F1: the figure when one class of pairs takes its gold answer (probability 1 or 0)
  and the rest keep the scorer's, which says where the headroom is;
- out-of-fold CoNLL F1: the pair scorer refitted as --fit-coref fits it, on the gold stories of
  all train topics but one fold, and scored on the predicted stories of that fold. The figure
  --fit-coref prints is in-sample (weights and threshold chosen on the topics it scores), which
  flatters a richer feature set or a more flexible model; compare new ideas on this one.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import bench_resolve as br  # first: it puts this tree's src on the path
import numpy as np
from ecbplus_docs import load_parsed
from event_coref_eval import cached_embed, mentions_by_story

from chronicler.resolve.coref import (
    CorefMention,
    agglomerate,
    feature_tensor,
    load_scorer,
    trigger_key,
)

# A parse cache written by bench_resolve.py run as a script pickles its records as __main__'s.
Doc, GoldMention, Parsed = br.Doc, br.GoldMention, br.Parsed


@dataclass
class Story:
    label: object
    mentions: list[CorefMention]
    gold: list[str]
    topic: int  # the most common topic of its documents (a fold holds whole topics)
    features: np.ndarray

    def keys(self) -> list[str]:
        return [trigger_key(m.lemma) for m in self.mentions]


def stories_of(docs: list[br.Doc], parsed: list[br.Parsed], labels: list[object]) -> list[Story]:
    scorer = load_scorer()
    topic_of = {d.name: d.topic for d in docs}
    gold, by_story = mentions_by_story(docs, parsed, labels)
    out = []
    for label, mentions in by_story.items():
        topic = Counter(topic_of[m.doc] for m in mentions).most_common(1)[0][0]
        tensor = feature_tensor(mentions, cached_embed, scorer.reporting)
        out.append(Story(label, mentions, [gold[m.key] for m in mentions], topic, tensor))
    return out


def conll_f1(stories: list[Story], probabilities: list[np.ndarray], threshold: float) -> float:
    gold: dict[str, str] = {}
    pred: dict[str, str] = {}
    for story, p in zip(stories, probabilities, strict=True):
        for m, g, c in zip(story.mentions, story.gold, agglomerate(p, threshold), strict=True):
            gold[m.key], pred[m.key] = g, f"{story.label}:{c}"
    return float(br.conll(gold, pred)["conll_f1"])


def pair_class(story: Story, i: int, j: int, keys: list[str]) -> tuple[str, str]:
    a, b = story.mentions[i], story.mentions[j]
    where = "across articles"
    if a.doc == b.doc:
        where = "same sentence" if a.sentence_index == b.sentence_index else "same article"
    return ("same key" if keys[i] == keys[j] else "different keys"), where


def error_table(stories: list[Story], probabilities: list[np.ndarray], threshold: float) -> None:
    outcomes: Counter[tuple[str, str, str]] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    for story, p in zip(stories, probabilities, strict=True):
        labels, keys = agglomerate(p, threshold), story.keys()
        for i in range(len(labels)):
            for j in range(i + 1, len(labels)):
                same_gold, same_pred = story.gold[i] == story.gold[j], labels[i] == labels[j]
                kind, where = pair_class(story, i, j, keys)
                outcomes[
                    kind, where, ("G" if same_gold else "g") + ("P" if same_pred else "p")
                ] += 1
                if same_gold != same_pred:
                    pair = " | ".join(sorted({keys[i], keys[j]}))
                    wrong[pair, "FP" if same_pred else "FN"] += 1
    print("pairs by class: GP (right, merged) Gp (wrongly split) gP (wrongly merged) gp")
    for kind in ("same key", "different keys"):
        for where in ("same sentence", "same article", "across articles"):
            row = [outcomes[kind, where, o] for o in ("GP", "Gp", "gP", "gp")]
            print(f"  {kind:15s} {where:16s} " + " ".join(f"{n:8d}" for n in row))
    print("most frequent errors (trigger keys, FP wrongly merged / FN wrongly split):")
    for (pair, kind), n in wrong.most_common(25):
        print(f"  {n:5d} {kind} {pair}")


ORACLES: dict[str, Callable[[tuple[str, str]], bool]] = {
    "same key": lambda c: c[0] == "same key",
    "different keys": lambda c: c[0] == "different keys",
    "same article": lambda c: c[1] != "across articles",
    "across articles": lambda c: c[1] == "across articles",
    "different keys across articles": lambda c: c == ("different keys", "across articles"),
}


def oracles(stories: list[Story], probabilities: list[np.ndarray], threshold: float) -> None:
    print(f"CoNLL F1 {conll_f1(stories, probabilities, threshold):.2f}; with gold answers for:")
    for name, chosen in ORACLES.items():
        fixed = []
        for story, p in zip(stories, probabilities, strict=True):
            keys, q = story.keys(), p.copy()
            for i in range(len(keys)):
                for j in range(len(keys)):
                    if i != j and chosen(pair_class(story, min(i, j), max(i, j), keys)):
                        q[i, j] = float(story.gold[i] == story.gold[j])
            fixed.append(q)
        print(f"  {name:32s} {conll_f1(stories, fixed, threshold):.2f}")


def pairs(stories: list[Story]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, topics = [], [], []
    for story in stories:
        upper = np.triu_indices(len(story.mentions), 1)
        xs.append(story.features[upper])
        ys.append([story.gold[i] == story.gold[j] for i, j in zip(*upper, strict=True)])
        topics.append(np.full(len(upper[0]), story.topic))
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(topics)


def out_of_fold(gold_stories: list[Story], predicted: list[Story], folds: int) -> None:
    from sklearn.linear_model import LogisticRegression

    topics = sorted({s.topic for s in gold_stories})
    fold_of = {t: i % folds for i, t in enumerate(topics)}
    x, y, pair_topics = pairs(gold_stories)
    pair_fold = np.array([fold_of[t] for t in pair_topics])
    probabilities: list[np.ndarray] = [np.zeros(0)] * len(predicted)
    for k in range(folds):
        mask = pair_fold != k
        model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=5000)
        model.fit(x[mask], y[mask])  # as fit_coref: the bias is a feature
        for i, story in enumerate(predicted):
            if fold_of.get(story.topic, -1) == k:
                probabilities[i] = 1 / (1 + np.exp(-(story.features @ model.coef_[0])))
    scores = {t: conll_f1(predicted, probabilities, t) for t in np.arange(0.25, 0.61, 0.05)}
    best = max(scores, key=lambda t: scores[t])
    print(f"out-of-fold ({folds} folds of topics) CoNLL F1 by threshold:")
    print("  " + ", ".join(f"{t:.2f} {f:.2f}" for t, f in scores.items()))
    print(f"  best {scores[best]:.2f} at {best:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", nargs="?", default=str(br.DEFAULT_DATA))
    parser.add_argument("--cache", help="the parse cache bench_resolve.py --cache writes")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    docs, parsed = load_parsed(Path(args.data), args.cache)
    train = [i for i, d in enumerate(docs) if d.topic not in br.DEV_TOPICS]
    docs, parsed = [docs[i] for i in train], [parsed[i] for i in train]
    labels, _ = br.group_stories(br.features_for(docs, parsed))
    predicted = stories_of(docs, parsed, list(labels))
    scorer = load_scorer()
    probabilities = [scorer.probability(s.features) for s in predicted]
    error_table(predicted, probabilities, scorer.threshold)
    oracles(predicted, probabilities, scorer.threshold)
    out_of_fold(stories_of(docs, parsed, [d.story for d in docs]), predicted, args.folds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
