"""Each article's topic reading in the store (article_topics, migration 5)."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console

from chronicler.export.contract import build_export
from chronicler.model import (
    Annotation,
    Article,
    EventMention,
    ProcessedArticle,
    PublicationDate,
    Sentence,
    TopicReading,
)
from chronicler.report import render_report
from chronicler.store import Store
from chronicler.store import db as store_db
from chronicler.store.migrations import MIGRATIONS
from chronicler.store.queries import export_articles, topic_readings

TEXT = "The new phone attacks its rivals on price. Its battery lasts two days."

# A review of a phone: 400 words, hardly one of public life.
REVIEW = TopicReading(
    words=400,
    sentences=20,
    political_words=1,
    public_affairs_words=1,
    peoples_and_states=1,
    score=0.5,
    judged=True,
    political=False,
    events_kept=False,
    events_left_out=2,
)


def _with_reading(article_id: str, text: str, reading: TopicReading | None) -> ProcessedArticle:
    """An article with one event mention, or none when its reading left its events out."""
    article = Article(
        article_id,
        "x.txt",
        text,
        "Phone review",
        None,
        None,
        PublicationDate(None, "unknown"),
        "en",
    )
    event = EventMention("ASSAULT", None, None, "attacks", 14, 21, 0, 0, 42)
    kept = reading is None or reading.events_kept
    annotation = Annotation(
        article_id, (Sentence(0, 0, len(text), text),), (), (), (event,) if kept else (), reading
    )
    return ProcessedArticle(article, annotation)


def test_topics_a_reading_is_stored_and_read_back(store: Store) -> None:
    assert store.add(_with_reading("a1", TEXT, REVIEW), "v")
    assert store.load_topic("a1") == REVIEW
    annotation = store.load_annotation("a1")
    assert annotation.topic == REVIEW and annotation.events == ()
    # re-ingesting stays a no-op: still one reading
    assert not store.add(_with_reading("a1", TEXT, REVIEW), "v")
    assert store.query("SELECT count(*) FROM article_topics")[0][0] == 1


def test_topics_read_models_give_the_rates_per_100_words(store: Store) -> None:
    news = replace(REVIEW, political_words=30, public_affairs_words=12, peoples_and_states=10)
    news = replace(news, score=10.0, political=True, events_kept=True, events_left_out=0)
    store.add(_with_reading("a1", TEXT, REVIEW), "v")
    store.add(_with_reading("a2", TEXT + " More.", news), "v")
    store.add(_with_reading("a3", TEXT + " Even more.", None), "v")  # no reading made
    readings = topic_readings(store)
    assert set(readings) == {"a1", "a2"}
    assert readings["a1"]["political_rate"] == 0.25 and readings["a1"]["names_rate"] == 0.25
    assert readings["a2"]["political_rate"] == 7.5
    assert readings["a2"]["public_affairs_rate"] == 3.0
    assert readings["a1"]["events_left_out"] == 2 and not readings["a1"]["events_kept"]
    assert set(topic_readings(store, ["a2"])) == {"a2"}
    topics = {a["id"]: a["topic"] for a in export_articles(store)}
    assert topics["a3"] is None and topics["a1"] == readings["a1"]


def test_topics_the_report_lists_the_articles_left_out(store: Store) -> None:
    store.add(_with_reading("a1", TEXT, REVIEW), "v")
    store.add(_with_reading("a2", TEXT + " More.", None), "v")
    out = io.StringIO()
    render_report(store, Console(file=out, width=160))
    text = out.getvalue()
    assert "Not political news: 1 article(s) stored without their 2 event mention(s)" in text
    assert "0.50  (political 0.25, names 0.25)  Phone review" in text
    assert "Phone review · not political news" in text


def test_topics_a_store_from_before_readings_reads_and_then_upgrades(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.duckdb"
    with monkeypatch.context() as old_code:  # a store of schema version 4, as it was written
        old_code.setattr(store_db, "MIGRATIONS", MIGRATIONS[:4])
        with Store.open(path) as old:
            old.add(_with_reading("a1", TEXT, None), "old")
    with Store.open(path, read_only=True) as old:  # read as it is: no reading, no error
        assert old.load_topic("a1") is None and topic_readings(old) == {}
        assert build_export(old, "test")["articles"][0]["topic"] is None
        out = io.StringIO()
        render_report(old, Console(file=out, width=160))
        assert "Not political news" not in out.getvalue()
    with Store.open(path) as upgraded:
        version = upgraded.query("SELECT max(version) FROM schema_version")[0][0]
        assert version == len(MIGRATIONS) == 5
        assert upgraded.load_topic("a1") is None  # its reading was never kept
        assert upgraded.add(_with_reading("a2", TEXT + " More.", REVIEW), "new")
        assert set(topic_readings(upgraded)) == {"a2"}
    with Store.open(path) as again:  # opening again migrates nothing more
        assert again.query("SELECT count(*) FROM schema_version")[0][0] == 5
