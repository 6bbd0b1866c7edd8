"""Pairwise event coreference: is this mention the same happening as that one?

A small logistic regression scores a pair of event mentions from features that exist both in
the store and in the ECB+ benchmark: the trigger lemmas (same stem, shared words, one inside
the other, character and embedding similarity, and their WordNet relation: shared sense,
derivation/cause link, Wu-Palmer similarity, from the table lexical.py reads), the reporting
sentences (embedding cosine, shared content words), the trigger as written and the words
around it (embedding cosines), same article/sentence, both being speech verbs, and the
arguments (participants, places, times named in the sentence; the trigger's subjects and
objects), compared for overlap and for conflict. Mentions are then grouped by average-linkage
agglomerative clustering cut at a threshold.

The weights and threshold are versioned data (data/resolve/event_coref.json), fitted on the
ECB+ train topics by bench/bench_resolve.py --fit-coref; nothing is downloaded. Clustering
runs within one story's candidates, so its cost follows a story's size, not the store's.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz

from chronicler.resolve.lexical import Lexicon, load_lexicon, relation
from chronicler.resolve.text import content_words, fold, stem
from chronicler.settings import data_path

Embed = Callable[[list[str]], np.ndarray]
CONTEXT_WIDTHS = (1, 3, 6)  # words either side of the trigger, one feature each

# The order of the feature vector; the weights file names it so a mismatch fails loudly.
FEATURES = (
    "bias",
    "same_lemma",
    "lemma_words",
    "lemma_contains",
    "lemma_chars",
    "lemma_cos",
    "sentence_cos",
    "trigger_cos",
    "context1_cos",
    "context3_cos",
    "context6_cos",
    "words",
    "same_doc",
    "same_sentence",
    "both_reporting",
    "participants_shared",
    "participants_conflict",
    "places_shared",
    "places_conflict",
    "times_shared",
    "times_conflict",
    "subjects_shared",
    "subjects_conflict",
    "objects_shared",
    "objects_conflict",
    "wordnet_synonyms",
    "wordnet_related",
    "wordnet_wu_palmer",
    "coded_mode_shared",
    "coded_type_conflict",
)
LEXICAL = FEATURES.index("wordnet_synonyms")  # where the three WordNet columns start
CODED = FEATURES.index("coded_mode_shared")  # where the event coder's columns start


@dataclass(frozen=True)
class CorefMention:
    """What the scorer sees of one event mention."""

    key: str
    doc: str  # article id
    lemma: str  # trigger lemma
    sentence: str  # the sentence that reports it
    sentence_index: int = -1
    participants: frozenset[str] = frozenset()  # folded names or resolved entity ids
    places: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()  # normalised values ("2024-06-22") or folded text
    trigger: str = ""  # the trigger as written ("struck"), beside its lemma ("strike")
    span: tuple[int, int] | None = None  # the trigger's offsets in `sentence`
    # the trigger's own arguments (the parse's subject and object, or resolved actors and
    # targets): closer to the event than every name in the sentence
    subjects: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    # the PLOVER codings the event coder gives the trigger, as "TYPE" and "TYPE/mode"
    # ("COERCE", "COERCE/arrest"); empty where it codes none. Different words of one act
    # meet here ("arrested" and "taken into custody" are both COERCE/arrest).
    codings: frozenset[str] = frozenset()

    def context(self, width: int) -> str:
        if self.span is None:
            return self.trigger or self.lemma
        return context_window(self.sentence, *self.span, width=width)


@dataclass(frozen=True)
class PairScorer:
    version: str
    weights: np.ndarray
    threshold: float  # average-linkage cut on the pair probability
    # Speech and reporting lemmas: each article's "said" is its own act of saying, so two of
    # them are rarely one event even with the same lemma.
    reporting: frozenset[str] = frozenset()

    def probability(self, features: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(features @ self.weights)))


@lru_cache(maxsize=1)
def load_scorer() -> PairScorer:
    doc = json.loads(data_path("resolve", "event_coref.json").read_text(encoding="utf-8"))
    if tuple(doc["features"]) != FEATURES:
        raise ValueError(f"event_coref.json features {doc['features']} != {FEATURES}")
    weights = np.array([doc["weights"][f] for f in FEATURES], dtype=np.float64)
    return PairScorer(
        f"event_coref.json:{doc['version']}",
        weights,
        float(doc["threshold"]),
        frozenset(doc.get("reporting", [])),
    )


def trigger_key(lemma: str) -> str:
    """Lemma folded and crudely stemmed, so "release"/"releasing"/"released" meet."""
    return " ".join(stem(w, drop_e=True) for w in fold(lemma).split())


def _overlap(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """(shared, conflict): Jaccard when both sides name something, and 1 when both name
    something and nothing is shared (two different arguments: different events)."""
    if not a or not b:
        return 0.0, 0.0
    shared = len(a & b) / len(a | b)
    return shared, float(shared == 0.0)


def context_window(sentence: str, start: int, end: int, width: int = 3) -> str:
    """The trigger at [start, end) of `sentence` with `width` words either side: it holds the
    arguments closest to the trigger ("the quake struck Sulawesi"), where the whole sentence
    embedding mostly says what the story is about."""
    before = sentence[: max(0, start)].split()[-width:] if width else []
    after = sentence[end:].split()[:width] if width else []
    return " ".join([*before, sentence[start:end].strip(), *after]).strip()


def coding_agreement(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """(mode shared, type conflict) of two triggers' codings: 1 when both are coded with one
    mode ("arrest" and "custody": COERCE/arrest), and 1 when both are coded and no type is
    shared (an ASSAULT is no COERCE, whatever the words share); 0 when either is uncoded."""
    if not a or not b:
        return 0.0, 0.0
    types_a = {c for c in a if "/" not in c}
    types_b = {c for c in b if "/" not in c}
    modes_shared = bool((a - types_a) & (b - types_b))
    return float(modes_shared), float(not types_a & types_b)


def _lemma_form(a: str, b: str) -> tuple[float, float, float]:
    """How alike two trigger keys are in form: shared words ("double murder"/"murder"), one
    inside the other ("quake"/"earthquake", "die"/"dies") and character similarity
    ("dead"/"death")."""
    if a == b:
        return 1.0, 1.0, 1.0
    wa, wb = set(a.split()), set(b.split())
    shared = len(wa & wb) / len(wa | wb)
    contains = float(min(len(a), len(b)) >= 3 and (a in b or b in a))
    return shared, contains, fuzz.ratio(a, b) / 100


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def lexical_relations(lemmas: Sequence[str], lexicon: Lexicon) -> np.ndarray:
    """(n, n, 3) WordNet relations of the trigger lemmas: synonyms, related, Wu-Palmer; each
    distinct pair of lemmas looked up once."""
    n = len(lemmas)
    out = np.zeros((n, n, 3))
    seen: dict[tuple[str, str], tuple[float, float, float]] = {}
    depths: dict[int, dict[int, int]] = {}
    for i in range(n):
        for j in range(i + 1, n):
            pair = (lemmas[i], lemmas[j]) if lemmas[i] <= lemmas[j] else (lemmas[j], lemmas[i])
            if pair not in seen:
                r = relation(lexicon, *pair, cache=depths)
                seen[pair] = (r.synonyms, r.related, r.wu_palmer)
            out[i, j] = out[j, i] = seen[pair]
    return out


def feature_tensor(
    mentions: Sequence[CorefMention],
    embed: Embed | None,
    reporting: frozenset[str] = frozenset(),
    lexicon: Lexicon | None = None,
) -> np.ndarray:
    """(n, n, len(FEATURES)) pair features; without `embed` the cosines fall back to 1 for the
    same stem and 0 otherwise (lemma) and to the word overlap (sentence)."""
    n = len(mentions)
    keys = [trigger_key(m.lemma) for m in mentions]
    reports = [fold(m.lemma).partition(" ")[0] in reporting for m in mentions]
    bags = [frozenset(stem(w) for w in content_words(m.sentence)) for m in mentions]
    same_lemma = np.array([[float(a == b) for b in keys] for a in keys]).reshape(n, n)
    lemma_form = np.zeros((n, n, 3))
    for i in range(n):
        for j in range(i + 1, n):
            lemma_form[i, j] = lemma_form[j, i] = _lemma_form(keys[i], keys[j])
    words = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            union = bags[i] | bags[j]
            words[i, j] = words[j, i] = len(bags[i] & bags[j]) / len(union) if union else 0.0
    if embed is not None and n:
        lemma_vecs = _unit(embed(keys))
        sentence_vecs = _unit(embed([m.sentence for m in mentions]))
        lemma_cos = lemma_vecs @ lemma_vecs.T
        sentence_cos = sentence_vecs @ sentence_vecs.T
        # the trigger as written and 1, 3 and 6 words either side: the nearest arguments
        texts = [[(m.trigger or m.lemma).lower() for m in mentions]]
        texts += [[m.context(width) for m in mentions] for width in CONTEXT_WIDTHS]
        near = []
        for column in texts:
            vecs = _unit(embed(column))
            near.append(vecs @ vecs.T)
    else:
        lemma_cos, sentence_cos = same_lemma, words
        near = [same_lemma] + [words] * len(CONTEXT_WIDTHS)
    out = np.zeros((n, n, len(FEATURES)))
    out[:, :, 0] = 1.0
    out[:, :, 1] = same_lemma
    out[:, :, 2:5] = lemma_form
    out[:, :, 5] = lemma_cos
    out[:, :, 6] = sentence_cos
    out[:, :, 7:11] = np.stack(near, axis=-1)
    out[:, :, 11] = words
    for i, a in enumerate(mentions):
        for j in range(i + 1, n):
            b = mentions[j]
            same_doc = a.doc == b.doc
            row = (
                float(same_doc),
                float(same_doc and a.sentence_index == b.sentence_index),
                float(reports[i] and reports[j]),
                *_overlap(a.participants, b.participants),
                *_overlap(a.places, b.places),
                *_overlap(a.times, b.times),
                *_overlap(a.subjects, b.subjects),
                *_overlap(a.objects, b.objects),
            )
            out[i, j, 12:LEXICAL] = out[j, i, 12:LEXICAL] = row
            out[i, j, CODED:] = out[j, i, CODED:] = coding_agreement(a.codings, b.codings)
    lemmas = [" ".join(fold(m.lemma).split()) for m in mentions]
    out[:, :, LEXICAL:CODED] = lexical_relations(lemmas, lexicon or load_lexicon())
    return out


def agglomerate(
    similarity: np.ndarray, threshold: float, allowed: np.ndarray | None = None
) -> list[int]:
    """Average-linkage agglomerative clustering: repeatedly join the two clusters whose mean
    pairwise similarity is highest, while it is at least `threshold`. A pair that `allowed`
    forbids never ends in one cluster (a cannot-link). Labels in first-seen order, so the
    same input always gives the same labels."""
    n = similarity.shape[0]
    if n == 0:
        return []
    sums = similarity.astype(np.float64).copy()  # sum of pair similarities between clusters
    blocked = np.zeros((n, n), dtype=bool) if allowed is None else ~allowed.astype(bool)
    np.fill_diagonal(blocked, True)
    sizes = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members: list[list[int]] = [[i] for i in range(n)]
    while alive.sum() > 1:
        mean = sums / np.outer(sizes, sizes)
        mean[blocked] = -np.inf
        mean[~alive, :] = -np.inf
        mean[:, ~alive] = -np.inf
        i, j = sorted(np.unravel_index(int(np.argmax(mean)), mean.shape))
        if mean[i, j] < threshold:
            break
        sums[i, :] += sums[j, :]
        sums[:, i] += sums[:, j]
        blocked[i, :] |= blocked[j, :]
        blocked[:, i] |= blocked[:, j]
        sizes[i] += sizes[j]
        alive[j] = False
        members[i].extend(members[j])
    cluster_of = [0] * n
    for i in np.flatnonzero(alive):
        for m in members[i]:
            cluster_of[m] = int(i)
    order: dict[int, int] = {}
    return [order.setdefault(c, len(order)) for c in cluster_of]


def cluster_mentions(
    mentions: Sequence[CorefMention],
    embed: Embed | None = None,
    scorer: PairScorer | None = None,
    threshold: float | None = None,
) -> list[int]:
    """Cluster one story's event mentions into events (labels in first-seen order)."""
    scorer = scorer or load_scorer()
    probability = scorer.probability(feature_tensor(mentions, embed, scorer.reporting))
    return agglomerate(probability, scorer.threshold if threshold is None else threshold)
