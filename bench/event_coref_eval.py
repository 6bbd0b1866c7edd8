"""Cross-document event coreference on ECB+: the gold action mentions as the pair scorer sees
them, clustered per story (or by lemma, the baseline), and the refit of the scorer on train."""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from cluster_metrics import conll
from ecbplus_docs import DEV_TOPICS, Doc, GoldMention, Parsed
from story_grouping import features_for, group_stories

from chronicler.annotate.events_vocab import NO_EVENT
from chronicler.model import EventMention
from chronicler.resolve.coref import (
    FEATURES,
    CorefMention,
    PairScorer,
    cluster_mentions,
    feature_tensor,
)
from chronicler.resolve.text import fold

PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})


def sentence_with_trigger(doc: Doc, mention: GoldMention) -> tuple[str, int, int]:
    """The mention's sentence, its words joined by spaces, and the trigger's start and end in
    it (start -1 when no word of the trigger is found)."""
    sentence, start, end = "", -1, 0
    for t_id, text in doc.sentences.get(mention.sentence, []):
        if sentence:
            sentence += " "
        if t_id in mention.tokens:
            start = len(sentence) if start < 0 else start
            end = len(sentence) + len(text)
        sentence += text
    return sentence, start, end


def coref_mentions(doc: Doc, parsed: Parsed) -> list[CorefMention]:
    """The scorer's view of a document's gold action mentions: trigger lemma, sentence, and
    the spaCy entities of that sentence as its participants, places and times."""
    offsets, numbers, pos = [], [], 0  # the spaCy Doc joins the words with single spaces
    for s in sorted(doc.sentences):
        for _t_id, text in doc.sentences[s]:
            offsets.append(pos)
            numbers.append(s)
            pos += len(text or "_") + 1
    args: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for e in parsed.mentions:
        if not offsets:
            break
        sentence = numbers[max(0, bisect_right(offsets, e.start) - 1)]
        kind = (
            "participants"
            if e.label in PARTICIPANT_LABELS
            else "places"
            if e.label in PLACE_LABELS
            else "times"
            if e.label in TIME_LABELS
            else None
        )
        if kind:
            args[sentence][kind].add(fold(e.text))
    out = []
    spans = token_spans(doc)
    for m in doc.mentions:
        lemma = " ".join(parsed.lemmas.get(t, "") for t in m.tokens).strip() or m.text.lower()
        found = args[m.sentence]
        sentence, start, end = sentence_with_trigger(doc, m)
        out.append(
            CorefMention(
                f"{doc.name}:{m.m_id}",
                doc.name,
                lemma,
                sentence,
                m.sentence,
                frozenset(found["participants"]),
                frozenset(found["places"]),
                frozenset(found["times"]),
                m.text,
                (start, end) if start >= 0 else None,
                *(parsed.arguments or {}).get(m.m_id, (frozenset(), frozenset())),
                trigger_codings([spans[t] for t in m.tokens if t in spans], parsed.events),
            )
        )
    return out


def token_spans(doc: Doc) -> dict[int, tuple[int, int]]:
    """Each token's [start, end) in doc.text (words joined by spaces, sentences by newlines),
    the text the product annotated (ecbplus_annotate.article_for)."""
    spans, pos = {}, 0
    for s in sorted(doc.sentences):
        for t_id, text in doc.sentences[s]:
            spans[t_id] = (pos, pos + len(text))
            pos += len(text) + 1
    return spans


def trigger_codings(spans: list[tuple[int, int]], events: Sequence[EventMention]) -> frozenset[str]:
    """The PLOVER codings ("TYPE", "TYPE/mode") of the product's event mentions whose trigger
    overlaps the gold trigger's tokens; empty where the coder found no event there."""
    if not spans:
        return frozenset()
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    out: set[str] = set()
    for e in events:
        if e.trigger_start < hi and lo < e.trigger_end and e.type != NO_EVENT:
            out.add(e.type)
            if e.mode:
                out.add(f"{e.type}/{e.mode}")
    return frozenset(out)


def mentions_by_story(
    docs: list[Doc], parsed: list[Parsed], doc_labels: Sequence[object]
) -> tuple[dict[str, str], dict[object, list[CorefMention]]]:
    gold: dict[str, str] = {}
    by_story: dict[object, list[CorefMention]] = defaultdict(list)
    for doc, p, label in zip(docs, parsed, doc_labels, strict=True):
        for m, cm in zip(doc.mentions, coref_mentions(doc, p), strict=True):
            gold[cm.key] = m.cluster
            by_story[label].append(cm)
    return gold, by_story


_VECTORS: dict[str, np.ndarray] = {}


def cached_embed(texts: list[str]) -> np.ndarray:
    """The product's encoder, each text encoded once per run, new texts in one batch."""
    from chronicler.embedding import embed_many

    new = sorted({t for t in texts if t not in _VECTORS})
    if new:
        _VECTORS.update(zip(new, embed_many(new), strict=True))
    return np.array([_VECTORS[t] for t in texts])


def coref(
    docs: list[Doc],
    parsed: list[Parsed],
    doc_labels: Sequence[object],
    method: str,
    scorer: PairScorer | None = None,
) -> tuple[dict[str, str], dict[str, str]]:
    gold, by_story = mentions_by_story(docs, parsed, doc_labels)
    pred: dict[str, str] = {}
    for label, mentions in by_story.items():
        if method == "lemma":  # the baseline: the lemma as spaCy gives it
            for m in mentions:
                pred[m.key] = f"{label}:{m.lemma}"
        else:
            clusters = cluster_mentions(mentions, cached_embed, scorer)
            for m, c in zip(mentions, clusters, strict=True):
                pred[m.key] = f"{label}:{c}"
    return gold, pred


def fit_coref(docs: list[Doc], parsed: list[Parsed], out: Path) -> None:
    """Fit the pair scorer on train topics: logistic regression over the mention pairs of each
    gold story, then the clustering threshold that maximises CoNLL F1 on the train topics'
    predicted stories. Writes the weights file the product reads."""
    from sklearn.linear_model import LogisticRegression

    # read as JSON, not through load_scorer: a refit after a feature was added must work
    # while the file still names the old features
    current = json.loads(out.read_text(encoding="utf-8"))
    reporting = frozenset(current.get("reporting", []))  # a curated list: kept
    gold, by_story = mentions_by_story(docs, parsed, [d.story for d in docs])
    xs, ys = [], []
    for mentions in by_story.values():
        tensor = feature_tensor(mentions, cached_embed, reporting)
        upper = np.triu_indices(len(mentions), 1)
        xs.append(tensor[upper])
        keys = [gold[m.key] for m in mentions]
        ys.append([keys[i] == keys[j] for i, j in zip(*upper, strict=True)])
    x, y = np.concatenate(xs), np.concatenate(ys)
    # the bias is a feature, so no separate intercept; C=1 (0.1-10 scored alike on train)
    model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=5000).fit(x, y)
    weights = np.round(model.coef_[0], 4)
    labels, _ = group_stories(features_for(docs, parsed))
    best = (-1.0, 0.5)
    for threshold in np.arange(0.20, 0.76, 0.05):
        scorer = PairScorer("fit", weights, float(threshold), reporting)
        g, p = coref(docs, parsed, labels, "model", scorer)
        score = float(conll(g, p)["conll_f1"])
        print(f"  threshold {threshold:.2f}: train CoNLL F1 {score:.2f}")
        best = max(best, (score, round(float(threshold), 2)))
    doc = {
        "version": int(current["version"]) + 1,  # a refit is a new version
        "trained_on": f"ECB+ train topics (not {sorted(DEV_TOPICS)}), {len(y)} pairs of gold "
        "stories; threshold by train CoNLL F1 on predicted stories",
        "features": list(FEATURES),
        "weights": dict(zip(FEATURES, (float(w) for w in weights), strict=True)),
        "threshold": best[1],
        "reporting": sorted(reporting),
    }
    out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"pair scorer written to {out}: threshold {best[1]} (train CoNLL F1 {best[0]:.2f})")
