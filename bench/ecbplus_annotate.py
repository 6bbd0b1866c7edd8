"""The product's own annotation of the ECB+ documents, as `chronicler ingest` makes it: each
document as the Article the store path stores, parsed and annotated by annotate.nlp (events
with their dates), so that the story features hold the lead dates the product gives them
(stories.lead_dates) rather than none. Cached: annotating every document takes minutes."""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ecbplus_docs import ROOT, Doc, Parsed, publication_date

from chronicler.model import Annotation, Article
from chronicler.settings import Settings

CACHE_DIR = ROOT / "bench" / "out"  # git-ignored


def article_for(doc: Doc) -> Article:
    """The Article the product would store for the document (the store path stores it)."""
    text = doc.text
    article_id = hashlib.sha256(f"{doc.name}\n{text}".encode()).hexdigest()
    return Article(
        article_id, doc.name, text, None, None, None, publication_date(doc), "en", input_text=text
    )


def annotate_docs(docs: Sequence[Doc], cache_dir: Path | None = CACHE_DIR) -> list[Annotation]:
    """Each document's Annotation by the ingest path (annotate.nlp.annotate_articles with the
    pipeline the settings name for English). Cached in `cache_dir` under a key of the code and
    data that shape it, so a change to the annotate stage annotates again; None: no cache."""
    from chronicler.annotate.nlp import annotate_articles, load_pipeline, pipeline_for_language

    settings = Settings()
    articles = [article_for(d) for d in docs]
    path = cache_dir / f"ecbplus-annotations-{annotation_key(settings)}.pkl" if cache_dir else None
    cached: dict[str, Annotation] = {}
    if path is not None and path.exists():
        cached = pickle.loads(path.read_bytes())
    missing = [a for a in articles if a.id not in cached]
    if missing:
        name = pipeline_for_language("en", settings.spacy_model, settings.spanish_model)
        nlp = load_pipeline(name)
        for article, annotation in zip(
            missing, annotate_articles(missing, nlp, settings.batch_size), strict=True
        ):
            cached[article.id] = annotation
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pickle.dumps(cached))
    return [cached[a.id] for a in articles]


def with_events(docs: Sequence[Doc], parsed: Sequence[Parsed]) -> list[Parsed]:
    """The parses with the event mentions the product's annotation finds in each document."""
    return [replace(p, events=a.events) for p, a in zip(parsed, annotate_docs(docs), strict=True)]


def annotation_key(settings: Settings) -> str:
    """A digest of what shapes an annotation: the spaCy pipelines and the source and data of
    the stages before the store (not resolve's settings, which re-annotate nothing), whose
    code changes bump no version."""
    import spacy

    src = ROOT / "src" / "chronicler"
    digest = hashlib.sha256()
    for model in (settings.spacy_model, settings.spanish_model):
        if model and spacy.util.is_package(model):
            digest.update(f"{model}-{spacy.util.get_package_version(model)}".encode())
    files = [src / "model.py", src / "settings.py"]
    for folder in ("annotate", "clean", "data"):
        files += sorted((src / folder).rglob("*"))
    for file in files:
        part = file.relative_to(src).parts
        if file.is_file() and file.suffix != ".pyc" and "resolve" not in part:
            digest.update(str(file.relative_to(src)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]
