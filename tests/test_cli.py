from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from chronicler.cli import main
from chronicler.settings import data_path


@pytest.fixture
def ingested(tmp_path: Path, data_dir: Path) -> Path:
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(data_dir / "articles")])
    assert result.exit_code == 0, result.output
    return db


def test_cli_ingest_exit_status_says_some_failed(tmp_path: Path, data_dir: Path) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(data_dir / "articles", corpus)
    (corpus / "broken.txt").write_bytes(b"\x00" * 64)
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.duckdb"), "ingest", str(corpus)])
    assert result.exit_code == 1
    assert "broken.txt" in result.output and "binary" in result.output
    assert "2 new article(s)" in result.output


def test_cli_ingest_says_which_events_it_left_out_and_how_to_keep_them(
    tmp_path: Path, data_dir: Path
) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(data_dir / "articles", corpus)
    shutil.copy(data_dir / "topic" / "game_review.txt", corpus / "review.txt")
    args = ["ingest", "--no-resolve", str(corpus)]
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "x.duckdb"), *args])
    assert result.exit_code == 0, result.output
    assert "1 article(s) stored without their" in result.output
    assert "--keep-all-events" in result.output
    kept = CliRunner().invoke(
        main, ["--db", str(tmp_path / "y.duckdb"), *args, "--keep-all-events"]
    )
    assert kept.exit_code == 0 and "stored without" not in kept.output


def test_cli_views_say_why_an_article_has_no_events(tmp_path: Path, data_dir: Path) -> None:
    """The game review's reading is stored: the report lists it with its score, its story
    marks it, and the export carries every article's reading."""
    corpus = tmp_path / "c"
    shutil.copytree(data_dir / "articles", corpus)
    shutil.copy(data_dir / "topic" / "game_review.txt", corpus / "review.txt")
    db = str(tmp_path / "x.duckdb")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "ingest", str(corpus)]).exit_code == 0
    report = runner.invoke(main, ["--db", db, "report"], env={"COLUMNS": "200"})
    assert report.exit_code == 0, report.output
    assert "Not political news: 1 article(s) stored without their" in report.output
    assert "Ember Quest review" in report.output.split("Not political news:")[1]
    out = tmp_path / "export.json"
    assert runner.invoke(main, ["--db", db, "export", "--format", "json", str(out)]).exit_code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(data_path("export", "schema_v1.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    topics = {a["source"].rsplit("/", 1)[-1]: a["topic"] for a in document["articles"]}
    assert len(topics) == 3 and all(t is not None for t in topics.values())
    review = topics.pop("review.txt")
    assert review["judged"] and not review["political"] and not review["events_kept"]
    assert review["events_left_out"] > 0 and review["score"] < 0.7
    assert all(t["political"] and t["events_kept"] for t in topics.values())
    story_id = next(
        s["id"] for s in document["stories"] if _review_id(document) in s["article_ids"]
    )
    shown = runner.invoke(main, ["--db", db, "story", story_id], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "[not political news: " in shown.output and "event mention(s) left out" in shown.output
    tables = tmp_path / "tables"
    assert (
        runner.invoke(main, ["--db", db, "export", "--format", "csv", str(tables)]).exit_code == 0
    )
    header = (tables / "articles.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "topic_score" in header and "topic_events_left_out" in header


def _review_id(document: dict[str, Any]) -> str:
    return next(a["id"] for a in document["articles"] if a["source"].endswith("review.txt"))


def test_cli_report_shows_the_resolved_record(ingested: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(ingested), "report"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.output
    for section in ("Articles", "Stories (2)", "Most reported: People", "Events (", "Custody"):
        assert section in out
    assert "Daniel Ortega Ruiz" in out
    # the merged arrest, with its sources, and the custody episode it opens
    assert "1 source(s): The Associated Press" in out
    assert "Daniel Ortega Ruiz (episode 1): detained" in out
    # what an English model tags in Spanish text is no actor
    assert "informó su abogada" not in out


def test_cli_report_without_resolve_lists_raw_mentions(tmp_path: Path, data_dir: Path) -> None:
    db = str(tmp_path / "raw.duckdb")
    articles = str(data_dir / "articles")
    assert CliRunner().invoke(main, ["--db", db, "ingest", "--no-resolve", articles]).exit_code == 0
    result = CliRunner().invoke(main, ["--db", db, "report"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Most mentioned: People (unresolved)" in result.output
    assert "Event mentions (not merged" in result.output


def test_cli_report_on_missing_store_fails_clearly(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "none.duckdb"), "report"])
    assert result.exit_code != 0 and "no such store" in result.output


def test_cli_export_json_validates_against_the_contract(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    result = CliRunner().invoke(
        main, ["--db", str(ingested), "export", "--format", "json", str(out)]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(data_path("export", "schema_v1.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["schema_version"] == 1 and len(document["articles"]) == 2
    for article in document["articles"]:
        assert article["text"] and article["language"]
    # every mention points back into its article's clean text
    texts = {a["id"]: a["text"] for a in document["articles"]}
    for entity in document["entities"]:
        for m in entity["mentions"]:
            assert texts[m["article_id"]][m["start"] : m["end"]] == m["text"]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_cli_export_tables(ingested: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"tables-{fmt}"
    result = CliRunner().invoke(main, ["--db", str(ingested), "export", "--format", fmt, str(out)])
    assert result.exit_code == 0, result.output
    articles = out / f"articles.{fmt}"
    assert articles.exists()
    if fmt == "parquet":
        assert pq.read_table(articles).num_rows == 2
    else:
        assert articles.read_text(encoding="utf-8").count("\n") >= 3


def test_cli_events_merged_lists_one_row_per_happening(ingested: Path) -> None:
    args = ["--db", str(ingested), "events", "--merged", "--type", "arrest", "--json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    docs = json.loads(result.output)
    assert docs and all(d["mode"] == "arrest" for d in docs)
    assert all(d["num_sources"] == len({s["article_id"] for s in d["sources"]}) for d in docs)
    none = CliRunner().invoke(main, [*args[:-1], "--actor", "nobody such", "--json"])
    assert json.loads(none.output) == []
    table = CliRunner().invoke(main, args[:-1], env={"COLUMNS": "200"})
    assert "merged event(s)" in table.output and "opposition mayor" in table.output


def test_cli_events_lists_json(ingested: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(ingested), "events", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert isinstance(rows, list)


def test_cli_stories_story_and_actor(ingested: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["--db", str(ingested), "stories", "--json"])
    assert listed.exit_code == 0, listed.output
    stories = json.loads(listed.output)
    assert stories, "every article belongs to a story"
    first_id = stories[0]["id"]
    shown = runner.invoke(main, ["--db", str(ingested), "story", first_id[:8], "--json"])
    assert shown.exit_code == 0, shown.output
    assert first_id in shown.output
    missing = runner.invoke(main, ["--db", str(ingested), "story", "no-such-story"])
    assert missing.exit_code != 0 and "no such story" in missing.output
    actor = runner.invoke(main, ["--db", str(ingested), "actor", "Ortega Ruiz", "--json"])
    assert actor.exit_code == 0, actor.output
    assert "Ortega Ruiz" in actor.output
    # tables name people, not entity ids
    wide = {"COLUMNS": "200"}
    for args, ids_shown in ((["story", first_id[:8]], 0), (["actor", "Ortega Ruiz"], 1)):
        table = runner.invoke(main, ["--db", str(ingested), *args], env=wide)
        assert table.exit_code == 0, table.output
        assert table.output.count("person:") == ids_shown  # the actor's own id, in its header
        assert "The Associated Press" in table.output  # sources by outlet, not article ids
    page = runner.invoke(main, ["--db", str(ingested), "actor", "Ortega Ruiz"]).output
    custody = page[page.index("custody history") :].splitlines()
    assert custody[1].startswith("episode 1")
    assert any(line.split()[1:2] == ["detained"] for line in custody[2:])  # one step a line


SANCTIONS_ARTICLE = """U.S. threatens sanctions on Venezuela over jailed activists

WASHINGTON (AP) — The United States threatened to impose sanctions on Venezuela on Monday.

State Department officials said the measures would target senior officials of the government \
in Caracas. Venezuela's foreign minister rejected the statement as interference.

The two governments have had no ambassadors in each other's capitals since 2019.
"""


def test_cli_events_type_threaten_lists_a_threat_made(tmp_path: Path) -> None:
    """ "The United States threatened to impose sanctions on Venezuela": the threat was made,
    so `events --type THREATEN` lists it (a factual event, naming what it announces); the
    sanctions themselves were only announced and are listed with --all, flagged future."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "sanctions.txt").write_text(SANCTIONS_ARTICLE, encoding="utf-8")
    db = str(tmp_path / "threat.duckdb")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "ingest", str(corpus)]).exit_code == 0

    def listed(*args: str) -> list[dict[str, object]]:
        result = runner.invoke(main, ["--db", db, "events", *args, "--json"])
        assert result.exit_code == 0, result.output
        rows: list[dict[str, object]] = json.loads(result.output)
        return [r for r in rows if "threatened to impose sanctions" in str(r["sentence"])]

    (threat,) = listed("--type", "THREATEN")
    assert (threat["mode"], threat["announces"], threat["flags"]) == (
        "restrict",
        "SANCTION/discontinue",
        [],
    )
    assert threat["trigger"] == "threatened" and threat["targets"] == ["Venezuela"]
    assert "United States" in str(threat["actors"])
    assert not listed("--type", "SANCTION")
    (announced,) = listed("--type", "SANCTION", "--all")
    assert announced["flags"] == ["future"]
    merged = runner.invoke(main, ["--db", db, "events", "--merged", "--type", "THREATEN", "--json"])
    (doc,) = json.loads(merged.output)
    assert any(
        (a["name"], a["value"]) == ("announces", "SANCTION/discontinue") for a in doc["attributes"]
    )
    table = runner.invoke(
        main, ["--db", db, "events", "--type", "THREATEN"], env={"COLUMNS": "200"}
    )
    assert "announces SANCTION/discontinue" in table.output


ALLEGED_ARTICLE = """Man charged in 1998 hotel bombings

NAIROBI, Kenya (AP) - Samir Haddad was charged on Monday in the 1998 bombings of two hotels \
 in Nairobi, prosecutors said.

The government said the trial would open next month.
"""


def test_cli_shows_an_alleged_doer_as_alleged(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "charged.txt").write_text(ALLEGED_ARTICLE, encoding="utf-8")
    db = str(tmp_path / "a.duckdb")
    runner = CliRunner()
    done = runner.invoke(main, ["--db", db, "ingest", "--keep-all-events", str(corpus)])
    assert done.exit_code == 0, done.output
    rows = json.loads(runner.invoke(main, ["--db", db, "events", "--json"]).output)
    bombing = next(r for r in rows if r["trigger"] == "bombings")
    assert bombing["alleged_actors"] == ["Samir Haddad"] and not bombing["flags"]
    wide = {"COLUMNS": "200"}
    listed = runner.invoke(main, ["--db", db, "events"], env=wide).output
    assert "Samir Haddad (alleged)" in listed
    out = tmp_path / "export.json"
    runner.invoke(main, ["--db", db, "export", "--format", "json", str(out)])
    document = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(data_path("export", "schema_v1.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    merged = next(e for e in document["events"] if e["mode"] == "explosives")
    assert merged["alleged_actor_names"] == ["Samir Haddad"]
    assert merged["alleged_actors"] == merged["actors"] != []
    page = runner.invoke(main, ["--db", db, "actor", "Samir Haddad"], env=wide).output
    assert "alleged acts" in page and "alleged actor" in page


TWO_WAY_ARTICLE = """Two men charged after bar fight

DENVER (AP) - John Smith and Tom Brown were charged on Monday with assaulting each other \
outside a bar, police said.
"""


def test_cli_reads_an_alleged_side_written_as_target(tmp_path: Path) -> None:
    """A two-way act's alleged side that ends as its target keeps the mark in the listings
    (left37; was: read from the actors only)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "fight.txt").write_text(TWO_WAY_ARTICLE, encoding="utf-8")
    db = str(tmp_path / "a.duckdb")
    runner = CliRunner()
    done = runner.invoke(main, ["--db", db, "ingest", "--keep-all-events", str(corpus)])
    assert done.exit_code == 0, done.output
    rows = json.loads(runner.invoke(main, ["--db", db, "events", "--json", "--all"]).output)
    fight = next(r for r in rows if r["trigger"] == "assaulting")
    assert fight["targets"] and set(fight["targets"]) <= set(fight["alleged_actors"])
    wide = {"COLUMNS": "200"}
    listed = runner.invoke(main, ["--db", db, "events", "--all"], env=wide).output
    assert "Tom Brown (alleged)" in listed


RESOLVED_ARTICLE = """Colonel freed after three years

CARACAS (AP) - Colonel Ramón Ignacio Salcedo was released from a military prison on Friday.

Salcedo had been arrested in 2023 after a failed uprising. Agents later charged him with \
treason.
"""


def test_cli_events_show_and_find_participants_by_their_resolved_actor(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "salcedo.txt").write_text(RESOLVED_ARTICLE, encoding="utf-8")
    db = str(tmp_path / "resolved.duckdb")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "ingest", str(corpus)]).exit_code == 0
    full_name = "Ramón Ignacio Salcedo"
    result = runner.invoke(main, ["--db", db, "events", "--actor", full_name, "--json"])
    rows = json.loads(result.output)
    # the arrest names him "Salcedo", the charge "him": both are his, and listed so
    modes = {r["mode"] for r in rows}
    assert {"arrest", "release"} <= modes
    arrest = next(r for r in rows if r["mode"] == "arrest")
    assert arrest["targets"] == ["Salcedo"] and arrest["targets_resolved"] == [full_name]
    wide = {"COLUMNS": "250"}
    table = runner.invoke(main, ["--db", db, "events", "--type", "arrest"], env=wide).output
    assert full_name in table
    nobody = runner.invoke(main, ["--db", db, "events", "--actor", "Ramón Pérez", "--json"])
    assert json.loads(nobody.output) == []
