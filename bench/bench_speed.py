"""Speed of the whole per-article path, as a ratio against spaCy's own pipeline on the same texts.

Reads the plain-text of the article-extraction pages (html-text's visible text), runs
clean -> annotate (spaCy + time expressions + events) in-process, and times spaCy's
`nlp.pipe` alone on the same clean bodies. Prints articles/s for both and the ratio, so the
figure means the same on any machine. Not a test: speed is measured here, never asserted.
"""

from __future__ import annotations

import argparse
import gzip
import time
from pathlib import Path

import html_text
import spacy

from chronicler.annotate.nlp import annotate_articles, load_pipeline
from chronicler.clean import clean_document
from chronicler.model import RawDocument
from chronicler.settings import DEFAULT_SPACY_MODEL


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="../shared/bench/article_extraction")
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    pages = sorted(Path(args.data, "html").glob("*.html.gz"))[: args.limit]
    texts = [
        html_text.extract_text(gzip.decompress(p.read_bytes()).decode("utf-8", "replace"))
        for p in pages
    ]
    nlp = load_pipeline(DEFAULT_SPACY_MODEL)
    # the reference is spaCy's own pipeline, without chronicler's components added to it
    reference = spacy.load(DEFAULT_SPACY_MODEL)
    list(nlp.pipe(["warm up"]))
    list(reference.pipe(["warm up"]))

    started = time.perf_counter()
    articles = [
        clean_document(RawDocument(source=str(p), payload=t, kind="text"))
        for p, t in zip(pages, texts, strict=True)
    ]
    clean_s = time.perf_counter() - started
    started = time.perf_counter()
    annotations = list(annotate_articles(articles, nlp))
    annotate_s = time.perf_counter() - started
    started = time.perf_counter()
    list(reference.pipe(a.text for a in articles))
    spacy_s = time.perf_counter() - started

    n = len(articles)
    ours = clean_s + annotate_s
    print(f"articles: {n}, characters: {sum(len(a.text) for a in articles):,}")
    print(f"spaCy nlp.pipe alone : {n / spacy_s:6.1f} articles/s")
    print(f"chronicler clean     : {n / clean_s:6.1f} articles/s")
    print(
        f"chronicler annotate  : {n / annotate_s:6.1f} articles/s "
        f"({sum(len(a.events) for a in annotations)} events)"
    )
    print(f"ratio chronicler (clean+annotate) / spaCy time: {ours / spacy_s:.2f}x")


if __name__ == "__main__":
    main()
