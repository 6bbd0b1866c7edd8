"""Story grouping through the product's own path on ECB+: each document stored and resolved
one at a time in a temporary DuckDB store."""

from __future__ import annotations

import time
from pathlib import Path

from ecbplus_docs import Doc, Parsed, publication_date


def store_path_labels(docs: list[Doc], parsed: list[Parsed]) -> tuple[list[str], float]:
    """The product path: each document stored, then resolve_new one at a time, in corpus
    order, against a temporary DuckDB store (stories only: no events are annotated here)."""
    import hashlib
    import tempfile

    from chronicler.model import Annotation, Article, ProcessedArticle
    from chronicler.resolve import resolve_new
    from chronicler.store import Store
    from chronicler.store.resolved_views import list_stories

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.duckdb") as store:
        ids = []
        for doc, p in zip(docs, parsed, strict=True):
            text = doc.text
            article_id = hashlib.sha256(f"{doc.name}\n{text}".encode()).hexdigest()
            article = Article(
                article_id,
                doc.name,
                text,
                None,
                None,
                None,
                publication_date(doc),
                "en",
                input_text=text,
            )
            store.add(
                ProcessedArticle(article, Annotation(article_id, (), tuple(p.mentions), ())),
                "bench",
            )
            resolve_new(store, [article_id], use_embeddings=False)
            ids.append(article_id)
        story_of = {a: s["id"] for s in list_stories(store.con) for a in s["article_ids"]}
    return [story_of[i] for i in ids], time.perf_counter() - started
