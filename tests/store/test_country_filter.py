"""Filtering events by the country a participant acts for: the store query, and the CLI on
articles ingested end to end."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from chronicler.cli import main
from chronicler.model import (
    Annotation,
    Article,
    EventMention,
    Participant,
    ProcessedArticle,
    PublicationDate,
    Sentence,
)
from chronicler.settings import data_path
from chronicler.store import Store
from chronicler.store.queries import event_rows

TEXT = "Agents arrested Ana Soto. Police held Luis Paz. Troops seized a farm."


def _event(start: int, actor: Participant, target: Participant) -> EventMention:
    return EventMention(
        type="COERCE",
        mode="arrest",
        cameo="173",
        trigger="arrested",
        trigger_start=start,
        trigger_end=start + 4,
        sentence=0,
        sentence_start=0,
        sentence_end=len(TEXT),
        actors=(actor,),
        targets=(target,),
    )


def _processed() -> ProcessedArticle:
    article = Article(
        id="a1",
        source="x.txt",
        text=TEXT,
        title="Arrests",
        outlet="Example News",
        wire=None,
        published=PublicationDate("2020-06-01", "dateline", 0.9),
        language="en",
    )
    events = (
        _event(7, Participant("Agents", 0, 6, country="VEN"), Participant("Ana Soto", 16, 24)),
        _event(33, Participant("Police", 26, 32), Participant("Luis Paz", 38, 46, country="COL")),
        _event(54, Participant("Troops", 48, 54), Participant("farm", 63, 67)),
    )
    annotation = Annotation(
        article_id="a1",
        sentences=(Sentence(0, 0, len(TEXT), TEXT),),
        mentions=(),
        times=(),
        events=events,
    )
    return ProcessedArticle(article, annotation)


def test_event_rows_filter_by_actor_or_target_country(store: Store) -> None:
    assert store.add(_processed(), "test")
    by_actor = event_rows(store, country="ven")  # any case
    assert [r["actors"] for r in by_actor] == [["Agents"]]
    assert by_actor[0]["actor_countries"] == ["VEN"] and by_actor[0]["target_countries"] == []
    by_target = event_rows(store, country="COL")
    assert [r["targets"] for r in by_target] == [["Luis Paz"]]
    assert event_rows(store, country="USA") == []
    assert len(event_rows(store)) == 3  # no filter, no country needed
    # a quote in the code is a parameter, never SQL
    assert event_rows(store, country="VEN' OR 1=1 --") == []


def test_participants_stored_before_countries_still_load(store: Store) -> None:
    assert store.add(_processed(), "test")
    # a store written before participants had a country: the key is missing
    store.con.execute("UPDATE event_mentions SET actors_json = '[{\"text\": \"Agents\", "
                      "\"start\": 0, \"end\": 6}]' WHERE idx = 0")  # fmt: skip
    assert event_rows(store, country="VEN") == []
    loaded = store.load_annotation("a1")
    assert [p.country for e in loaded.events for p in e.actors] == [None, None, None]
    assert [p.country for e in loaded.events for p in e.targets] == [None, "COL", None]


ARTICLE = (
    "Venezuelan authorities arrested opposition leader Juan Pérez in Caracas on Monday, "
    "his lawyer said.\n\n"
    "Colombian police detained two activists in Bogotá on Tuesday, officials said.\n"
)


def test_cli_events_country_filter_and_export(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    runner = CliRunner()
    result = runner.invoke(main, ["--db", db, "ingest", str(tmp_path / "in")])
    assert result.exit_code == 0, result.output

    rows = json.loads(
        runner.invoke(main, ["--db", db, "events", "--country", "VEN", "--json"]).output
    )
    assert rows and all("VEN" in r["actor_countries"] + r["target_countries"] for r in rows)
    assert any(r["mode"] == "arrest" for r in rows)
    colombian = runner.invoke(main, ["--db", db, "events", "--country", "col", "--json"]).output
    assert all("Colombian" not in r["sentence"] for r in rows)
    assert all("Colombian" in r["sentence"] for r in json.loads(colombian))

    merged = runner.invoke(main, ["--db", db, "events", "--merged", "--country", "VEN", "--json"])
    docs = json.loads(merged.output)
    assert docs and all("VEN" in d["actor_countries"] + d["target_countries"] for d in docs)
    none = runner.invoke(main, ["--db", db, "events", "--merged", "--country", "USA", "--json"])
    assert json.loads(none.output) == []

    out = tmp_path / "export.json"
    assert runner.invoke(main, ["--db", db, "export", "--format", "json", str(out)]).exit_code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(data_path("export", "schema_v1.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert any("VEN" in e["actor_countries"] for e in document["events"])
