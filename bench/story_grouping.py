"""Story grouping as the product does it, on ECB+ documents: the story features, the batch
clustering and the greedy one-article-at-a-time baseline."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

import numpy as np
from ecbplus_docs import Doc, Parsed, publication_date

from chronicler.resolve.config import StoryParams, load_config
from chronicler.resolve.stories import (
    StoryFeatures,
    cluster_stories,
    dated_act,
    idf_table,
    lead_dates,
    similarity_matrix,
    story_terms,
)
from chronicler.resolve.story_threads import follow_links, threads

LARGE = {"bigrams": True, "binary": True, "min_df": 2, "idf_power": 2.0, "threshold": 0.10}
VARIANT: dict[str, object] = {}  # overrides of the [stories] settings (--variant large)


def story_params() -> StoryParams:
    return replace(load_config().stories, **VARIANT)  # type: ignore[arg-type]


def features_for(docs: list[Doc], parsed: list[Parsed]) -> list[StoryFeatures]:
    params = story_params()
    return [
        StoryFeatures(
            d.name,
            story_terms(
                d.text,
                p.mentions,
                params.entity_weight,
                params.bigrams,
                params.binary,
                params.number_weight,
                params.day_lines,
            ),
            "en",
            published=publication_date(d).value,
            lead=lead_dates([dated_act(e) for e in p.events], params.lead_sentences)
            if params.lead_dates
            else (),
        )
        for d, p in zip(docs, parsed, strict=True)
    ]


def corpus_idf(features: list[StoryFeatures]) -> dict[str, float]:
    """The IDF table the story settings give these documents' terms."""
    params = story_params()
    df: Counter[str] = Counter()
    for f in features:
        df.update(f.terms.keys())
    return idf_table(
        df,
        len(features),
        params.idf_power,
        params.min_df,
        load_config().term_prior,
        params.prior_weight,
    )


def group_stories(
    features: list[StoryFeatures], threshold: float | None = None
) -> tuple[list[int], np.ndarray]:
    params = story_params()
    matrix = similarity_matrix(features, corpus_idf(features), params)
    return cluster_stories(matrix, params, threshold, features), matrix


def thread_labels(features: list[StoryFeatures], labels: list[int]) -> tuple[list[int], int]:
    """Each document's thread (its story with the stories linked to it as earlier or later
    developments, story_threads) and the number of links: what a reader following the
    `follows` links of `chronicler story ID` finds together."""
    links = follow_links(features, labels, corpus_idf(features), story_params())
    return threads(labels, links), len(links)


def incremental_labels(matrix: np.ndarray, threshold: float) -> list[int]:
    """One article at a time, in corpus order: join the best-scoring story or start one (greedy,
    never revisited; the store also regroups each article's neighbourhood, see
    store_path_labels)."""
    labels: list[int] = []
    for i in range(matrix.shape[0]):
        by_story: dict[int, list[float]] = defaultdict(list)
        for j in range(i):
            by_story[labels[j]].append(matrix[i, j])
        best, best_score = None, threshold
        for story, scores in by_story.items():
            score = float(np.mean(scores))
            if score >= best_score:
                best, best_score = story, score
        labels.append(best if best is not None else i)
    return labels
