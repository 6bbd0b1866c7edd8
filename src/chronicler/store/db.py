"""The DuckDB store: one file, one writer connection, every article written in one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import duckdb

from chronicler.model import (
    Annotation,
    Article,
    EventDate,
    EventMention,
    IngestFailure,
    Mention,
    Participant,
    ProcessedArticle,
    PublicationDate,
    RemovedSpan,
    Sentence,
    TimeExpression,
    TopicReading,
)
from chronicler.store.migrations import MIGRATIONS
from chronicler.store.resolved import has_table


class StoreError(RuntimeError):
    """The store file cannot be opened or is from a newer chronicler."""


class Store:
    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path
        self._has_topics: bool | None = None  # article_topics (schema 5), looked up once

    # -- lifecycle ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Store:
        path = str(path)
        try:
            con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open store: {exc}") from exc
        store = cls(con, path)
        if not read_only:
            store.migrate()
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> int:
        """Apply pending migrations, each in its own transaction; returns the schema version."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
            "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
        )
        row = self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
        current = int(row[0]) if row else 0
        if current > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this chronicler "
                f"({len(MIGRATIONS)})"
            )
        for version, migration in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.transaction():
                migration(self.con)
                self.con.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
        return len(MIGRATIONS)

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- writes ------------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def add(self, processed: ProcessedArticle, pipeline_version: str) -> bool:
        """Store one article with everything derived from it; False if it was already stored."""
        article, annotation = processed.article, processed.annotation
        with self.transaction() as con:
            if self.has_article(article.id):
                return False
            _insert_article(con, article, pipeline_version)
            _insert_annotation(con, article.id, annotation)
        return True

    def record_failure(self, failure: IngestFailure) -> None:
        self.con.execute(
            "INSERT INTO ingest_failures (source, reason) VALUES (?, ?)",
            [failure.source, failure.reason],
        )

    # -- reads -------------------------------------------------------------------------------
    def article_ids(self) -> list[str]:
        rows = self.con.execute("SELECT id FROM articles ORDER BY ingested_at, id").fetchall()
        return [r[0] for r in rows]

    def article_count(self) -> int:
        row = self.con.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def load_article(self, article_id: str) -> Article:
        row = self.con.execute(
            "SELECT id, source, text, title, outlet, wire, published, published_basis, "
            "published_confidence, published_note, language, source_id, url, input_text "
            "FROM articles WHERE id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise KeyError(article_id)
        removed = tuple(
            RemovedSpan(start=r[0], end=r[1], text=r[2], reason=r[3])
            for r in self.con.execute(
                'SELECT start, "end", text, reason FROM removed_spans WHERE article_id = ? '
                "ORDER BY start",
                [article_id],
            ).fetchall()
        )
        return Article(
            id=row[0],
            source=row[1],
            text=row[2],
            title=row[3],
            outlet=row[4],
            wire=row[5],
            published=PublicationDate(
                value=row[6], basis=row[7], confidence=row[8] or 0.0, note=row[9]
            ),
            language=row[10],
            source_id=row[11],
            url=row[12],
            removed=removed,
            input_text=row[13],
        )

    def load_annotation(self, article_id: str) -> Annotation:
        con = self.con
        sentences = tuple(
            Sentence(index=r[0], start=r[1], end=r[2], text=r[3])
            for r in con.execute(
                'SELECT idx, start, "end", text FROM sentences WHERE article_id = ? ORDER BY idx',
                [article_id],
            ).fetchall()
        )
        mentions = tuple(
            Mention(start=r[0], end=r[1], text=r[2], label=r[3], sentence=r[4])
            for r in con.execute(
                'SELECT start, "end", text, label, sentence FROM mentions WHERE article_id = ? '
                "ORDER BY start",
                [article_id],
            ).fetchall()
        )
        times = tuple(
            TimeExpression(
                start=r[0],
                end=r[1],
                text=r[2],
                type=r[3],
                value=r[4],
                granularity=r[5],
                certainty=r[6],
                anchor=r[7],
                sentence=r[8],
            )
            for r in con.execute(
                'SELECT start, "end", text, type, value, granularity, certainty, anchor, sentence '
                "FROM time_expressions WHERE article_id = ? ORDER BY start",
                [article_id],
            ).fetchall()
        )
        events = tuple(
            _row_to_event(r)
            for r in con.execute(
                f"SELECT {_EVENT_COLUMNS} FROM event_mentions WHERE article_id = ? ORDER BY idx",
                [article_id],
            ).fetchall()
        )
        return Annotation(
            article_id=article_id,
            sentences=sentences,
            mentions=mentions,
            times=times,
            events=events,
            topic=self.load_topic(article_id),
        )

    def load_topic(self, article_id: str) -> TopicReading | None:
        """The article's topic reading as ingest stored it; None for an article stored
        before readings were kept (or a store of that time opened read-only)."""
        if self._has_topics is None:
            self._has_topics = has_table(self.con, "article_topics")
        if not self._has_topics:
            return None
        row = self.con.execute(
            f"SELECT {_TOPIC_COLUMNS} FROM article_topics WHERE article_id = ?", [article_id]
        ).fetchone()
        return None if row is None else TopicReading(**dict(zip(_TOPIC_FIELDS, row, strict=True)))

    def load_processed(self, article_ids: Sequence[str]) -> list[ProcessedArticle]:
        return [
            ProcessedArticle(self.load_article(i), self.load_annotation(i)) for i in article_ids
        ]

    def failures(self) -> list[tuple[str, str]]:
        return [
            (r[0], r[1])
            for r in self.con.execute(
                "SELECT source, reason FROM ingest_failures ORDER BY failed_at"
            ).fetchall()
        ]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Read-only helper for views; callers pass parameters, never format values into SQL."""
        return self.con.execute(sql, list(params)).fetchall()


_EVENT_COLUMNS = (
    "type, mode, cameo, trigger, trigger_start, trigger_end, sentence, sentence_start, "
    "sentence_end, date_value, date_basis, date_certainty, date_granularity, location, "
    "negated, hypothetical, future, actors_json, targets_json, attributes_json"
)


_TOPIC_FIELDS = (
    "words",
    "sentences",
    "political_words",
    "public_affairs_words",
    "peoples_and_states",
    "score",
    "judged",
    "political",
    "events_kept",
    "events_left_out",
)
_TOPIC_COLUMNS = ", ".join(_TOPIC_FIELDS)


def _row_to_event(r: tuple[Any, ...]) -> EventMention:
    return EventMention(
        type=r[0],
        mode=r[1],
        cameo=r[2],
        trigger=r[3],
        trigger_start=r[4],
        trigger_end=r[5],
        sentence=r[6],
        sentence_start=r[7],
        sentence_end=r[8],
        date=EventDate(value=r[9], basis=r[10], certainty=r[11], granularity=r[12]),
        location=r[13],
        negated=r[14],
        hypothetical=r[15],
        future=r[16],
        actors=tuple(Participant(**p) for p in json.loads(r[17])),
        targets=tuple(Participant(**p) for p in json.loads(r[18])),
        attributes=tuple((a[0], a[1]) for a in json.loads(r[19])),
    )


def _insert_article(con: duckdb.DuckDBPyConnection, article: Article, version: str) -> None:
    con.execute(
        "INSERT INTO articles (id, source, source_id, url, title, outlet, wire, published, "
        "published_basis, published_confidence, published_note, language, text, input_text, "
        "pipeline_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            article.id,
            article.source,
            article.source_id,
            article.url,
            article.title,
            article.outlet,
            article.wire,
            article.published.value,
            article.published.basis,
            article.published.confidence,
            article.published.note,
            article.language,
            article.text,
            article.input_text,
            version,
        ],
    )
    if article.removed:
        con.executemany(
            'INSERT INTO removed_spans (article_id, start, "end", text, reason) '
            "VALUES (?, ?, ?, ?, ?)",
            [[article.id, s.start, s.end, s.text, s.reason] for s in article.removed],
        )


def _insert_annotation(
    con: duckdb.DuckDBPyConnection, article_id: str, annotation: Annotation
) -> None:
    if annotation.sentences:
        con.executemany(
            'INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [[article_id, s.index, s.start, s.end, s.text] for s in annotation.sentences],
        )
    if annotation.mentions:
        con.executemany(
            'INSERT INTO mentions (article_id, start, "end", text, label, sentence) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                [article_id, m.start, m.end, m.text, m.label, m.sentence]
                for m in annotation.mentions
            ],
        )
    if annotation.times:
        con.executemany(
            'INSERT INTO time_expressions (article_id, start, "end", text, type, value, '
            "granularity, certainty, anchor, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [
                    article_id,
                    t.start,
                    t.end,
                    t.text,
                    t.type,
                    t.value,
                    t.granularity,
                    t.certainty,
                    t.anchor,
                    t.sentence,
                ]
                for t in annotation.times
            ],
        )
    if annotation.topic is not None:
        reading = asdict(annotation.topic)
        con.execute(
            f"INSERT INTO article_topics (article_id, {_TOPIC_COLUMNS}) "
            f"VALUES (?{', ?' * len(_TOPIC_FIELDS)})",
            [article_id, *(reading[f] for f in _TOPIC_FIELDS)],
        )
    if annotation.events:
        con.executemany(
            f"INSERT INTO event_mentions (article_id, idx, {_EVENT_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_event_row(article_id, i, e) for i, e in enumerate(annotation.events)],
        )


def _event_row(article_id: str, idx: int, e: EventMention) -> list[Any]:
    return [
        article_id,
        idx,
        e.type,
        e.mode,
        e.cameo,
        e.trigger,
        e.trigger_start,
        e.trigger_end,
        e.sentence,
        e.sentence_start,
        e.sentence_end,
        e.date.value,
        e.date.basis,
        e.date.certainty,
        e.date.granularity,
        e.location,
        e.negated,
        e.hypothetical,
        e.future,
        json.dumps([asdict(p) for p in e.actors], ensure_ascii=False),
        json.dumps([asdict(p) for p in e.targets], ensure_ascii=False),
        json.dumps([list(a) for a in e.attributes], ensure_ascii=False),
    ]
