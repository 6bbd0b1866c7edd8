from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

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
)
from chronicler.store import Store, StoreError
from chronicler.store.migrations import MIGRATIONS

TEXT = "Agents arrested Ana Soto in Caracas on Monday. She was freed in May 2020."


def _processed(article_id: str = "a1", text: str = TEXT) -> ProcessedArticle:
    article = Article(
        id=article_id,
        source="x.txt",
        text=text,
        title="Arrest",
        outlet="Example News",
        wire="AP",
        published=PublicationDate("2020-06-01", "dateline", 0.9),
        language="en",
        removed=(RemovedSpan(100, 120, "Sign up now", "newsletter"),),
        input_text=text + "\nSign up now",
    )
    event = EventMention(
        type="COERCE",
        mode="arrest",
        cameo="173",
        trigger="arrested",
        trigger_start=7,
        trigger_end=15,
        sentence=0,
        sentence_start=0,
        sentence_end=46,
        actors=(Participant("Agents", 0, 6, role="police"),),
        targets=(Participant("Ana Soto", 16, 24, label="PERSON"),),
        location="Caracas",
        date=EventDate("2020-05-25", "sentence", "exact", "day"),
        attributes=(("held_at", "a police station"),),
    )
    annotation = Annotation(
        article_id=article_id,
        sentences=(Sentence(0, 0, 46, TEXT[:46]), Sentence(1, 47, len(TEXT), TEXT[47:])),
        mentions=(Mention(16, 24, "Ana Soto", "PERSON", 0), Mention(28, 35, "Caracas", "GPE", 0)),
        times=(
            TimeExpression(39, 45, "Monday", "DATE", "2020-05-25", "day", "exact", "2020-06-01", 0),
        ),
        events=(event,),
    )
    return ProcessedArticle(article, annotation)


def test_db_migrations_run_once_and_record_version(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        assert store.migrate() == len(MIGRATIONS)
    with Store.open(path) as store:
        rows = store.query("SELECT version FROM schema_version ORDER BY version")
        assert [r[0] for r in rows] == list(range(1, len(MIGRATIONS) + 1))


def test_db_refuses_a_store_from_a_newer_chronicler(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.con.execute("INSERT INTO schema_version (version) VALUES (999)")
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)


def test_db_round_trips_an_article_and_its_annotation(store: Store) -> None:
    processed = _processed()
    assert store.add(processed, "test-1")
    assert store.load_article("a1") == processed.article
    assert store.load_annotation("a1") == processed.annotation


def test_db_adding_the_same_article_twice_is_a_no_op(store: Store) -> None:
    assert store.add(_processed(), "v")
    assert not store.add(_processed(), "v")
    assert store.article_count() == 1
    assert store.query("SELECT count(*) FROM mentions")[0][0] == 2


def test_db_a_failed_write_leaves_no_half_article(store: Store) -> None:
    good = _processed("a1")
    # A sentence index repeated breaks the primary key half way through the writes.
    broken_annotation = replace(
        good.annotation,
        article_id="a2",
        sentences=(Sentence(0, 0, 5, "Agent"), Sentence(0, 0, 5, "Agent")),
    )
    broken = ProcessedArticle(replace(good.article, id="a2"), broken_annotation)
    with pytest.raises(Exception, match=r"(?i)constraint|duplicate"):
        store.add(broken, "v")
    for table in ("articles", "removed_spans", "sentences", "mentions", "event_mentions"):
        column = "id" if table == "articles" else "article_id"
        assert store.query(f"SELECT count(*) FROM {table} WHERE {column} = 'a2'")[0][0] == 0
    assert store.add(good, "v")  # the store is still usable


def test_db_failures_are_recorded(store: Store) -> None:
    store.record_failure(IngestFailure("bad.bin", "binary content"))
    assert store.failures() == [("bad.bin", "binary content")]


def test_db_read_only_open_of_missing_file_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(tmp_path / "nope" / "x.duckdb", read_only=True)


def test_outlet_names_fall_back_to_the_wire_before_the_file(store: Store) -> None:
    """A scraped wire piece ("Managua, 10 feb (EFE).-") whose site is unknown is named by its
    wire, not by its file's path."""
    from chronicler.store.queries import outlet_names

    named = _processed("a1")
    wire_only = _processed("a2", TEXT + " More.")
    wire_only = replace(wire_only, article=replace(wire_only.article, id="a2", outlet=None))
    neither = _processed("a3", TEXT + " Even more.")
    neither = replace(neither, article=replace(neither.article, id="a3", outlet=None, wire=None))
    for processed in (named, wire_only, neither):
        store.add(processed, "test")
    assert outlet_names(store, ["a1", "a2", "a3"]) == {
        "a1": "Example News",
        "a2": "AP",
        "a3": "x.txt",
    }


def test_db_round_trips_an_alleged_actor(store: Store) -> None:
    processed = _processed()
    event = processed.annotation.events[0]
    charged = replace(event, actors=(replace(event.actors[0], alleged=True),))
    annotation = replace(processed.annotation, events=(charged,))
    assert store.add(ProcessedArticle(processed.article, annotation), "test-1")
    assert store.load_annotation("a1").events[0].actors[0].alleged


def test_db_loads_a_participant_stored_before_the_alleged_mark(store: Store) -> None:
    """A row written before Participant had `alleged` (its JSON has no such key) loads as not
    alleged: no migration is needed."""
    assert store.add(_processed(), "test-1")
    store.con.execute(
        "UPDATE event_mentions SET actors_json = ? WHERE article_id = 'a1'",
        ['[{"text": "Agents", "start": 0, "end": 6, "role": "police"}]'],
    )
    actor = store.load_annotation("a1").events[0].actors[0]
    assert (actor.text, actor.alleged) == ("Agents", False)
