"""Story grouping through the product's own path on ECB+: each document stored and resolved
one at a time in a temporary DuckDB store."""

from __future__ import annotations

import time
from pathlib import Path

from ecbplus_annotate import article_for
from ecbplus_docs import Doc, Parsed


def store_path_labels(docs: list[Doc], parsed: list[Parsed]) -> tuple[list[str], float]:
    """The product path: each document stored, then resolve_new one at a time, in corpus
    order, against a temporary DuckDB store. Stored with the benchmark's entity mentions
    (those the batch features read) and the event mentions of its lead that the product's
    annotation found (`Parsed.events`), whose dates give the stored reports their lead dates.
    Story placement reads no other event (stories.lead_dates looks at the lead only), so the
    labels are those of storing them all, while the story events rebuilt after each article
    (resolve.story_events.rebuild_story_events, which grouping does not read) stay few: with every
    event stored, two dev topics took minutes where they took seconds."""
    import tempfile

    from chronicler.model import Annotation, ProcessedArticle
    from chronicler.resolve import resolve_new
    from chronicler.resolve.config import load_config
    from chronicler.store import Store
    from chronicler.store.resolved_views import list_stories

    within = load_config().stories.lead_sentences
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.duckdb") as store:
        ids = []
        for doc, p in zip(docs, parsed, strict=True):
            article = article_for(doc)
            lead = tuple(e for e in p.events if e.sentence < within)
            annotation = Annotation(article.id, (), tuple(p.mentions), (), lead)
            store.add(ProcessedArticle(article, annotation), "bench")
            resolve_new(store, [article.id], use_embeddings=False)
            ids.append(article.id)
        story_of = {a: s["id"] for s in list_stories(store.con) for a in s["article_ids"]}
    return [story_of[i] for i in ids], time.perf_counter() - started
