"""Schema migrations: registered functions applied in order, recorded in `schema_version`.

A migration is never edited once released; add a new one instead.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from chronicler.store import resolved

Migration = Callable[[duckdb.DuckDBPyConnection], None]


def _m001_articles(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            source_id VARCHAR,
            url VARCHAR,
            title VARCHAR,
            outlet VARCHAR,
            wire VARCHAR,
            published VARCHAR,
            published_basis VARCHAR NOT NULL,
            published_confidence DOUBLE,
            published_note VARCHAR,
            language VARCHAR,
            text VARCHAR NOT NULL,
            input_text VARCHAR NOT NULL,
            pipeline_version VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
        )
        """
    )
    con.execute(
        """
        CREATE TABLE removed_spans (
            article_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            reason VARCHAR NOT NULL
        )
        """
    )
    con.execute(
        """
        CREATE TABLE sentences (
            article_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            PRIMARY KEY (article_id, idx)
        )
        """
    )
    con.execute(
        """
        CREATE TABLE mentions (
            article_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            label VARCHAR NOT NULL,
            sentence INTEGER NOT NULL
        )
        """
    )
    con.execute(
        """
        CREATE TABLE time_expressions (
            article_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            value VARCHAR,
            granularity VARCHAR,
            certainty VARCHAR NOT NULL,
            anchor VARCHAR,
            sentence INTEGER NOT NULL
        )
        """
    )
    con.execute(
        """
        CREATE TABLE event_mentions (
            article_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            cameo VARCHAR,
            trigger VARCHAR NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            date_value VARCHAR,
            date_basis VARCHAR NOT NULL,
            date_certainty VARCHAR NOT NULL,
            date_granularity VARCHAR,
            location VARCHAR,
            negated BOOLEAN NOT NULL,
            hypothetical BOOLEAN NOT NULL,
            future BOOLEAN NOT NULL,
            -- participants and attributes as JSON: they are read whole, never filtered in SQL
            actors_json VARCHAR NOT NULL,
            targets_json VARCHAR NOT NULL,
            attributes_json VARCHAR NOT NULL,
            PRIMARY KEY (article_id, idx)
        )
        """
    )
    con.execute(
        """
        CREATE TABLE ingest_failures (
            source VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            failed_at TIMESTAMP NOT NULL DEFAULT current_timestamp
        )
        """
    )
    for table in ("removed_spans", "mentions", "time_expressions"):
        con.execute(f"CREATE INDEX idx_{table}_article ON {table}(article_id)")


def _m005_article_topics(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 5: each article's topic reading (annotate/topic.py) and what ingest did with
    its events, so a view can say why an article has none. Counts, not rates: a rate per 100
    words is read from them. No row for an article stored before: its reading is unknown."""
    con.execute(
        """
        CREATE TABLE article_topics (
            article_id VARCHAR PRIMARY KEY,
            words INTEGER NOT NULL,
            sentences INTEGER NOT NULL,
            political_words INTEGER NOT NULL,
            public_affairs_words INTEGER NOT NULL,
            peoples_and_states INTEGER NOT NULL,
            score DOUBLE NOT NULL,
            judged BOOLEAN NOT NULL,
            political BOOLEAN NOT NULL,
            events_kept BOOLEAN NOT NULL,
            events_left_out INTEGER NOT NULL
        )
        """
    )


MIGRATIONS: list[Migration] = [
    _m001_articles,
    resolved.migrate_resolve,
    resolved.migrate_story_aliases,
    resolved.migrate_mention_local_ids,
    _m005_article_topics,
]
