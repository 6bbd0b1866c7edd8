"""The main job: read -> clean -> annotate -> store -> resolve, streaming, one article at a time
into the store so that an interrupted run leaves whole articles only and resumes by re-running.

Cascade per document:
1. ingest.readers turns a file or container record into a RawDocument (or a failure).
2. clean.clean_document strips boilerplate and finds metadata -> Article (content-addressed id).
3. Articles already in the store (same id) are skipped: re-ingesting is a no-op.
4. annotate.nlp parses new articles in batches (`nlp.pipe`) -> Annotation.
   An article that does not read as political news (annotate.topic) keeps no event
   mentions, unless settings.keep_unpolitical_events; its reading is stored with it, so
   `report`, `story` and the export say why it has none.
5. store.Store.add writes each article with its annotation in one transaction.
6. resolve.resolve_new links the new articles to stories, actors and events.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import chronicler
from chronicler.annotate.nlp import (
    MAX_ANNOTATE_CHARS,
    OWN_COMPONENTS,
    annotate_articles,
    load_pipeline,
    pipeline_for_language,
)
from chronicler.annotate.topic import events_kept
from chronicler.ingest.readers import SkippedFile, iter_paths, read_file
from chronicler.model import Article, IngestFailure, ProcessedArticle, RawDocument
from chronicler.settings import Settings
from chronicler.store import Store
from chronicler.store.resolved import unresolved_article_ids

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    stored: list[str] = field(default_factory=list)
    already_stored: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    files: int = 0
    resolve_summary: str | None = None
    skipped: Counter[str] = field(default_factory=Counter)  # file type -> files not read
    # articles stored without their events, not reading as political news -> events left out
    unpolitical: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures


ProgressCallback = Callable[[str], None]


def pipeline_version(settings: Settings) -> str:
    """Names every versioned part that shaped the output, so a store knows what produced it."""
    parts = [f"chronicler-{chronicler.__version__}", f"spacy:{settings.spacy_model}"]
    spanish = _installed_version(settings.spanish_model)
    if spanish:  # Spanish articles are parsed (and their events read) with it
        parts.append(f"spacy-es:{settings.spanish_model}-{spanish}")
    for module, attribute in (
        ("chronicler.clean", "CLEAN_VERSION"),
        ("chronicler.annotate.entities", "PERSON_CUES_VERSION"),
        ("chronicler.annotate.countries", "COUNTRIES_VERSION"),
        ("chronicler.annotate.leaders", "LEADERS_VERSION"),
        ("chronicler.annotate.timex", "TIMEX_VERSION"),
        ("chronicler.annotate.truecase", "TRUECASE_VERSION"),
        ("chronicler.annotate.nlp", "TOKENIZER_VERSION"),
        ("chronicler.annotate.events", "EVENTS_VOCAB_VERSION"),
        ("chronicler.annotate.events_es", "EVENTS_ES_VOCAB_VERSION"),
        ("chronicler.annotate.topic", "TOPIC_VERSION"),
        ("chronicler.resolve", "RESOLVE_VERSION"),
    ):
        version = _optional_attribute(module, attribute)
        if version:
            parts.append(f"{module.rsplit('.', 1)[-1]}:{version}")
    parts.extend(_data_and_component_versions())
    if settings.keep_unpolitical_events:  # every article's events, political news or not
        parts.append("topic-gate:off")
    return " ".join(parts)


def _data_and_component_versions() -> list[str]:
    """What the constants above do not carry: the event-dating table, the resolve settings
    and alias table, and the spaCy components we add to the model's pipeline."""
    from chronicler.annotate.event_dates import event_dates_version
    from chronicler.resolve.config import load_config

    return [
        f"event_dates:{event_dates_version()}",
        f"resolve_data:{load_config().version}",
        f"components:{','.join(OWN_COMPONENTS)}",
    ]


def _installed_version(package: str | None) -> str | None:
    import spacy

    if not package or not spacy.util.is_package(package):
        return None
    return spacy.util.get_package_version(package)


def _optional_attribute(module: str, attribute: str) -> str | None:
    import importlib

    try:
        return str(getattr(importlib.import_module(module), attribute))
    except (ImportError, AttributeError):
        return None


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    settings: Settings,
    on_file_done: ProgressCallback | None = None,
    resolve: bool = True,
    on_file_count: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into the store; bad input is reported, never fatal."""
    from chronicler.clean import clean_document

    report = IngestReport()
    version = pipeline_version(settings)
    pending: list[Article] = []
    seen: set[str] = set()

    def flush() -> None:
        if pending:
            _annotate_and_store(pending, store, settings, version, report)
            pending.clear()

    # Folders are walked once; the file count sizes the caller's progress bar.
    items = list(iter_paths(paths))
    if on_file_count:
        on_file_count(sum(1 for item in items if isinstance(item, Path)))
    for item in items:
        if isinstance(item, IngestFailure):
            _fail(store, report, item)
            continue
        if isinstance(item, SkippedFile):
            report.skipped[item.suffix or "(no extension)"] += 1
            continue
        report.files += 1
        for result in read_file(item, settings.max_bytes):
            if isinstance(result, IngestFailure):
                _fail(store, report, result)
                continue
            article = _clean(result, clean_document, store, report)
            if article is None:
                continue
            if article.id in seen or store.has_article(article.id):
                report.already_stored += 1
                continue
            seen.add(article.id)
            pending.append(article)
            if len(pending) >= settings.batch_size:
                flush()
        if on_file_done:
            on_file_done(str(item))
    flush()
    if resolve:
        # Includes pending work: articles an interrupted run stored but never resolved.
        report.resolve_summary = resolve_pending(store)
    return report


def _clean(
    raw: RawDocument,
    clean_document: Callable[[RawDocument], Article],
    store: Store,
    report: IngestReport,
) -> Article | None:
    try:
        article = clean_document(raw)
    except Exception as exc:  # a malformed page must not stop the batch
        log.debug("clean failed for %s", raw.source, exc_info=True)
        _fail(store, report, IngestFailure(raw.source, f"cannot clean: {_describe(exc)}"))
        return None
    if not article.text.strip():
        _fail(store, report, IngestFailure(raw.source, "no article text left after cleaning"))
        return None
    if len(article.text) > MAX_ANNOTATE_CHARS:
        _fail(
            store,
            report,
            IngestFailure(
                raw.source,
                f"article body of {len(article.text):,} characters is over the "
                f"{MAX_ANNOTATE_CHARS:,} a single article may have",
            ),
        )
        return None
    return article


def _annotate_and_store(
    articles: list[Article], store: Store, settings: Settings, version: str, report: IngestReport
) -> None:
    groups: dict[str, list[Article]] = {}
    for article in articles:
        name = pipeline_for_language(article.language, settings.spacy_model, settings.spanish_model)
        groups.setdefault(name, []).append(article)
    for name, group in groups.items():
        _annotate_group_and_store(group, load_pipeline(name), store, settings, version, report)


def _annotate_group_and_store(
    articles: list[Article],
    nlp: Language,
    store: Store,
    settings: Settings,
    version: str,
    report: IngestReport,
) -> None:
    try:
        annotations = list(annotate_articles(articles, nlp, settings.batch_size))
    except Exception:  # isolate the article that broke the batch
        log.debug("batch annotation failed; retrying one by one", exc_info=True)
        annotations = []
        kept = []
        for article in articles:
            try:
                annotations.extend(annotate_articles([article], nlp))
                kept.append(article)
            except Exception as exc:
                _fail(store, report, IngestFailure(article.source, f"cannot annotate: {exc}"))
        articles = kept
    for article, read in zip(articles, annotations, strict=True):
        annotation = events_kept(read, settings.keep_unpolitical_events)
        if store.add(ProcessedArticle(article, annotation), version):
            if len(annotation.events) < len(read.events):
                report.unpolitical[article.id] = len(read.events)
            report.stored.append(article.id)
        else:
            report.already_stored += 1


def resolve_pending(store: Store) -> str | None:
    """Resolve every stored article that is not linked yet; None when there is none."""
    pending_ids = unresolved_article_ids(store.con)
    return _resolve(store, pending_ids) if pending_ids else None


def _resolve(store: Store, article_ids: list[str]) -> str:
    from chronicler.resolve import resolve_new

    return str(resolve_new(store, article_ids))


def _fail(store: Store, report: IngestReport, failure: IngestFailure) -> None:
    report.failures.append(failure)
    store.record_failure(failure)


def _describe(exc: Exception) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
