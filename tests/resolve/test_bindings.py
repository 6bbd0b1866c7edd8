"""Story-level actor binding (resolve/bindings.py): pure rules on made-up keys, then through
the store, where bindings must follow the story's members."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from chronicler.annotate.leaders import load_table, parse_table
from chronicler.model import EventDate, EventMention, Participant, ProcessedArticle
from chronicler.resolve import resolve_new
from chronicler.resolve.bindings import key_name, story_bindings, widest_names
from chronicler.store import Store
from chronicler.store.resolved_views import export_sections

_OFFICE = 'country = "USA", office = "president", years = "2000"'
TABLE = parse_table(
    f"""version = "t-1"
titles = ["president"]
leaders = [
  {{name = "Xi Jinping", short = ["Xi"], {_OFFICE.replace("USA", "CHN")}}},
  {{name = "Donald Trump", forms = ["Donald J. Trump"], short = ["Trump"], {_OFFICE}}},
  {{name = "George H. W. Bush", short = ["Bush"], {_OFFICE}}},
  {{name = "George W. Bush", short = ["Bush"], {_OFFICE}}},
]
"""
)


def test_key_name_drops_the_type_and_the_article() -> None:
    assert key_name("person:putin@ab12cd34ef56") == "putin"
    assert key_name("person:miguel rodriguez torres") == "miguel rodriguez torres"
    assert key_name("org:sebin") == ""


def test_a_lone_surname_binds_to_the_one_full_name_of_its_story() -> None:
    keys = ["person:putin@aaaa", "person:vladimir putin", "person:evan gershkovich"]
    assert story_bindings(keys) == {"person:putin@aaaa": "person:vladimir putin"}


def test_two_people_sharing_the_surname_leave_it_unbound() -> None:
    keys = ["person:rodriguez@aaaa", "person:jorge rodriguez", "person:delcy rodriguez"]
    assert story_bindings(keys) == {}
    assert story_bindings(keys, load_table()) == {}


def test_a_partial_name_binds_by_its_surname_tokens() -> None:
    """ "Rodríguez Torres" is Miguel Rodríguez Torres, "Rodríguez Zapatero" is José Luis
    Rodríguez Zapatero; a lone "Rodríguez" is either, so neither."""
    keys = [
        "person:miguel rodriguez torres",
        "person:jose luis rodriguez zapatero",
        "person:rodriguez torres",
        "person:rodriguez zapatero",
        "person:rodriguez@bbbb",
    ]
    assert story_bindings(keys) == {
        "person:rodriguez torres": "person:miguel rodriguez torres",
        "person:rodriguez zapatero": "person:jose luis rodriguez zapatero",
    }


def test_a_partial_name_of_the_same_person_is_no_second_host() -> None:
    keys = ["person:torres@cccc", "person:rodriguez torres", "person:miguel rodriguez torres"]
    assert widest_names(k for k in keys if "@" not in k) == ["person:miguel rodriguez torres"]
    assert story_bindings(keys) == {
        "person:torres@cccc": "person:miguel rodriguez torres",
        "person:rodriguez torres": "person:miguel rodriguez torres",
    }


def test_a_first_name_or_another_label_never_binds() -> None:
    keys = ["person:vladimir@aaaa", "org:putin", "gpe:putin", "person:vladimir putin"]
    assert story_bindings(keys) == {}


def test_a_leaders_byname_binds_to_that_leader_only_with_the_table() -> None:
    """ "Xi" is no surname run of "Xi Jinping" (a family name written first): only the table
    of leaders, which lists "Xi" as safe alone for him, makes it his."""
    keys = ["person:xi@aaaa", "person:xi jinping"]
    assert story_bindings(keys) == {}
    assert story_bindings(keys, TABLE) == {"person:xi@aaaa": "person:xi jinping"}


def test_the_table_keeps_a_leaders_surname_from_a_namesake() -> None:
    """Alone, "Trump" names the president (the table says so): not Melania Trump, even when
    she is the only Trump the story names in full; with both named it stays open."""
    melania = ["person:trump@aaaa", "person:melania trump"]
    assert story_bindings(melania) == {"person:trump@aaaa": "person:melania trump"}
    assert story_bindings(melania, TABLE) == {}
    both = [*melania, "person:donald j trump"]
    assert story_bindings(both, TABLE) == {}
    assert story_bindings(["person:trump@aaaa", "person:donald j trump"], TABLE) == {
        "person:trump@aaaa": "person:donald j trump"
    }


def test_a_surname_two_leaders_share_binds_by_the_story_alone() -> None:
    """ "Bush" names two leaders, so the table says nothing: one Bush in the story takes it,
    two leave it open."""
    one = ["person:bush@aaaa", "person:george w bush"]
    assert story_bindings(one, TABLE) == {"person:bush@aaaa": "person:george w bush"}
    assert story_bindings([*one, "person:george h w bush"], TABLE) == {}


def test_the_shipped_table_binds_putin_and_maduro_to_the_leaders_only() -> None:
    table = load_table()
    keys = ["person:putin@aaaa", "person:vladimir putin", "person:maduro@bbbb"]
    assert story_bindings(keys, table) == {"person:putin@aaaa": "person:vladimir putin"}
    son = ["person:maduro@bbbb", "person:nicolas maduro guerra"]
    assert story_bindings(son, table) == {}  # "Maduro" alone is the president
    assert story_bindings(["person:maduro@bbbb", "person:nicolas maduro"], table) == {
        "person:maduro@bbbb": "person:nicolas maduro"
    }


def test_bindings_do_not_depend_on_the_order_of_the_keys() -> None:
    keys = [
        "person:rodriguez@aaaa",
        "person:rodriguez torres",
        "person:miguel rodriguez torres",
        "person:putin@bbbb",
        "person:vladimir putin",
        "person:torres@cccc",
    ]
    expected = story_bindings(keys, load_table())
    for seed in range(5):
        shuffled = keys[:]
        random.Random(seed).shuffle(shuffled)
        assert story_bindings(shuffled, load_table()) == expected
    assert expected["person:rodriguez@aaaa"] == "person:miguel rodriguez torres"


# -- through the store ---------------------------------------------------------------------

SWAP_FULL = (
    "Russian President Vladimir Putin pardoned the American reporter Evan Gershkovich on "
    "Thursday in a prisoner swap negotiated in Ankara, and the reporter flew to Washington. "
    "Putin had called the journalist a spy."
)
SWAP_SHORT = (
    "The American reporter Evan Gershkovich flew home on Thursday after a prisoner swap "
    "negotiated in Ankara; Putin pardoned the reporter hours before the plane left Moscow."
)
TRACTORS = (
    "Putin toured a tractor factory in Chelyabinsk and praised its engineers for doubling "
    "harvest machinery output despite sanctions on imported components. Managers showed "
    "combines, seed drills and balers built from domestic steel, and the regional governor "
    "promised cheaper loans for farmers who buy them before the spring sowing season."
)
SPEAKER = (
    "Parliament speaker Jorge Rodríguez announced that a large number of prisoners would be "
    "freed, days after Delcy Rodríguez took over as acting president in Caracas."
)
SPEAKER_SHORT = (
    "Rodríguez announced that a large number of prisoners would be freed in Caracas, days "
    "after the acting president took over; families gathered outside the prisons."
)


def _add(store: Store, *articles: ProcessedArticle) -> list[str]:
    for a in articles:
        store.add(a, "test")
    return [a.article.id for a in articles]


def _entity_of(store: Store, article_id: str, text: str) -> set[str]:
    rows = store.con.execute(
        "SELECT DISTINCT entity_id FROM resolve_entity_mentions WHERE article_id = ? AND text = ?",
        [article_id, text],
    ).fetchall()
    return {r[0] for r in rows}


def _with_release_of(article: ProcessedArticle, target: str) -> ProcessedArticle:
    """The article with a release event whose target is the first `target` in it."""
    text = article.article.text
    at = text.index(target)
    release = EventMention(
        type="RETREAT",
        mode="release",
        cameo=None,
        trigger="pardoned",
        trigger_start=at,
        trigger_end=at + 1,
        sentence=0,
        sentence_start=0,
        sentence_end=len(text),
        targets=(Participant(target, at, at + len(target), label="PERSON"),),
        date=EventDate("2024-08-01", "sentence", "exact"),
    )
    return replace(article, annotation=replace(article.annotation, events=(release,)))


def test_a_surname_binds_within_its_story_and_never_across_stories(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    """Two reports of the swap (one names Vladimir Putin, the other only "Putin", and only
    "Gershkovich" as the one freed), a "Putin" of another story, and a lone "Rodríguez" in
    a story naming two Rodríguezes. The other story's "Putin" is the president too: the
    curated table of state leaders marks the form safe alone and the report is of his term
    (actors.leader_key); "Rodríguez", a common surname, stays its article's."""
    full = make_article(SWAP_FULL, ["Vladimir Putin", "Putin", "Evan Gershkovich"])
    short = _with_release_of(
        make_article(SWAP_SHORT.replace("Evan Gershkovich", "Gershkovich"), ["Gershkovich"]),
        "Gershkovich",
    )
    short = replace(
        short,
        annotation=replace(
            short.annotation,
            mentions=make_article(short.article.text, ["Putin", "Gershkovich"]).annotation.mentions,
        ),
    )
    tractors = make_article(TRACTORS, ["Putin"])
    speaker = make_article(SPEAKER, ["Jorge Rodríguez", "Delcy Rodríguez"])
    lone = make_article(SPEAKER_SHORT, ["Rodríguez"])
    ids = _add(store, full, short, tractors, speaker, lone)
    for article_id in ids:
        resolve_new(store, [article_id], use_embeddings=False)
    stories = {tuple(s["article_ids"]) for s in export_sections(store.con)["stories"]}
    assert stories == {(ids[0], ids[1]), (ids[2],), (ids[3], ids[4])}

    assert _entity_of(store, ids[1], "Putin") == {"person:vladimir putin"}
    assert _entity_of(store, ids[1], "Gershkovich") == {"person:evan gershkovich"}
    assert _entity_of(store, ids[2], "Putin") == {"person:vladimir putin"}
    assert _entity_of(store, ids[4], "Rodríguez") == {f"person:rodriguez@{ids[4][:12]}"}

    sections = export_sections(store.con)
    (release,) = [e for e in sections["events"] if e["mode"] == "release"]
    assert release["targets"] == ["person:evan gershkovich"]
    (custody,) = sections["custody"]
    assert custody["entity_id"] == "person:evan gershkovich"
    putin = {e["id"]: e for e in sections["entities"]}["person:vladimir putin"]
    assert {m["article_id"] for m in putin["mentions"]} == {ids[0], ids[1], ids[2]}
    assert putin["name"] == "Vladimir Putin" and "Putin" in putin["aliases"]

    again = resolve_new(store, ids, use_embeddings=False)
    assert again.articles == 0 and export_sections(store.con) == sections


def test_a_binding_follows_a_merge_of_stories_and_is_undone_when_the_article_leaves(
    store: Store,
    make_article: Callable[..., ProcessedArticle],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Apart, the lone "Gershkovich" is its article's own; a bridge that merges the two
    stories binds it; forced into a wrong story and moved out by a later regrouping, a
    partial name goes back to its own actor. ("Putin", which the table of state leaders
    binds in any report of his term, was the lone name here before.)"""
    import chronicler.resolve.run as run
    from chronicler.resolve.config import load_config

    cfg = load_config()
    full = make_article(SWAP_FULL, ["Vladimir Putin", "Putin", "Evan Gershkovich"])
    short = make_article(
        SWAP_SHORT.replace("Evan Gershkovich", "Gershkovich"), ["Putin", "Gershkovich"]
    )
    bridge = make_article(
        SWAP_FULL + " " + SWAP_SHORT, ["Vladimir Putin", "Putin", "Evan Gershkovich"]
    )
    ids = _add(store, full, short, bridge)
    apart = replace(cfg, stories=replace(cfg.stories, threshold=0.99, recluster=False))
    monkeypatch.setattr(run, "load_config", lambda: apart)
    resolve_new(store, ids[:2], use_embeddings=False)
    assert len(export_sections(store.con)["stories"]) == 2
    assert _entity_of(store, ids[1], "Gershkovich") == {f"person:gershkovich@{ids[1][:12]}"}
    together = replace(cfg, stories=replace(cfg.stories, threshold=1e-6, recluster=False))
    monkeypatch.setattr(run, "load_config", lambda: together)
    resolve_new(store, ids[2:], use_embeddings=False)
    assert len(export_sections(store.con)["stories"]) == 1
    assert _entity_of(store, ids[1], "Gershkovich") == {"person:evan gershkovich"}
    before = export_sections(store.con)
    run.bind_story_actors(store.con, ids[0])  # recomputing changes nothing
    assert export_sections(store.con) == before


# the regrouping scene of test_run.py: a guardsmen report that names the spy chief in passing
RELEASE = (
    "Venezuela freed former spy chief Miguel Rodríguez Torres on Saturday after five years "
    "in prison. Rodríguez Torres, a former major general, left for exile in Spain. Former "
    "Spanish president José Luis Rodríguez Zapatero negotiated the release."
)
RELEASE_2 = (
    "The government released General Miguel Rodriguez Torres, held in the cells of the "
    "military counterintelligence directorate for five years, and he flew into exile in "
    "Spain. Jose Luis Zapatero mediated the release of the former spy chief."
)
GUARDSMEN = (
    "Sixteen national guardsmen who rose up against Nicolás Maduro in April have fled the "
    "Panamanian embassy in Caracas after seven months and crossed into Colombia."
)


def test_a_partial_name_is_unbound_when_regrouping_moves_its_article_out(
    store: Store,
    make_article: Callable[..., ProcessedArticle],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import chronicler.resolve.run as run
    from chronicler.resolve.config import load_config

    cfg = load_config()
    a = make_article(RELEASE, ["Miguel Rodríguez Torres", "Rodríguez Torres"])
    c = make_article(
        GUARDSMEN
        + " They asked Colombia for asylum and told reporters about the months they spent inside"
        + " the building, sleeping on sofas. Their lawyer also defends Rodríguez Torres.",
        ["Nicolás Maduro", "Rodríguez Torres"],
    )
    b = make_article(RELEASE_2, ["Miguel Rodriguez Torres", "Jose Luis Zapatero"])
    ids = _add(store, a, c, b)
    lax = replace(cfg, stories=replace(cfg.stories, threshold=1e-6, recluster=False))
    monkeypatch.setattr(run, "load_config", lambda: lax)
    resolve_new(store, ids[:2], use_embeddings=False)
    assert _entity_of(store, ids[1], "Rodríguez Torres") == {"person:miguel rodriguez torres"}
    strict = replace(cfg, stories=replace(cfg.stories, threshold=0.12))
    monkeypatch.setattr(run, "load_config", lambda: strict)
    resolve_new(store, ids[2:], use_embeddings=False)
    stories = {s["id"]: tuple(s["article_ids"]) for s in export_sections(store.con)["stories"]}
    assert stories == {ids[0]: (ids[0], ids[2]), ids[1]: (ids[1],)}
    assert _entity_of(store, ids[1], "Rodríguez Torres") == {"person:rodriguez torres"}
    assert _entity_of(store, ids[0], "Rodríguez Torres") == {"person:miguel rodriguez torres"}


def test_rows_written_before_local_ids_bind_and_unbind(store: Store) -> None:
    """A store resolved before migration 4 has no `local_id`: the row's entity id is its own
    actor, which a binding keeps and an unbinding restores."""
    import chronicler.resolve.run as run

    con = store.con
    con.execute(
        "INSERT INTO resolve_articles (article_id, story_id, position) "
        "VALUES ('a1', 'a1', 1), ('a2', 'a1', 2)"
    )
    con.execute(
        'INSERT INTO resolve_entity_mentions (entity_id, article_id, start, "end", text, label) '
        "VALUES ('person:vladimir putin', 'a1', 0, 14, 'Vladimir Putin', 'PERSON'), "
        "('person:putin@a2', 'a2', 0, 5, 'Putin', 'PERSON')"
    )
    run.bind_story_actors(con, "a1")
    rows = con.execute(
        "SELECT entity_id, local_id FROM resolve_entity_mentions WHERE article_id = 'a2'"
    ).fetchall()
    assert rows == [("person:vladimir putin", "person:putin@a2")]
    con.execute("UPDATE resolve_articles SET story_id = 'a2' WHERE article_id = 'a2'")
    run.bind_story_actors(con, "a2")
    rows = con.execute(
        "SELECT entity_id, local_id FROM resolve_entity_mentions WHERE article_id = 'a2'"
    ).fetchall()
    assert rows == [("person:putin@a2", "person:putin@a2")]


CORPUS = {
    "swap_full.txt": (
        "Russia frees American reporter in prisoner swap\n\n"
        "ANKARA, Aug 1 (Wire) - Russian President Vladimir Putin pardoned the American reporter "
        "Evan Gershkovich on Thursday in a prisoner swap negotiated in Ankara, and the reporter "
        "flew to Washington with two other freed Americans.\n\n"
        "Gershkovich, a correspondent who was arrested in Yekaterinburg in March 2023, had been "
        "sentenced to 16 years on espionage charges that he and his employer denied. Putin had "
        "called the journalist a spy.\n"
    ),
    "swap_short.txt": (
        "Reporter flies home after Ankara swap\n\n"
        "ANKARA, Aug 1 (Agency) - The American reporter Evan Gershkovich flew home on Thursday "
        "after a prisoner swap negotiated in Ankara. Putin pardoned the reporter hours before "
        "the plane left Moscow, the Kremlin said.\n\n"
        "Gershkovich had spent more than a year in Lefortovo prison after his arrest in "
        "Yekaterinburg on espionage charges.\n"
    ),
    "tractors.txt": (
        "Tractor plant doubles output\n\n"
        "CHELYABINSK, May 3 (Wire) - Putin toured a tractor factory in Chelyabinsk on Friday and "
        "praised its engineers for doubling harvest machinery output despite sanctions on "
        "imported components.\n\n"
        "Managers showed combines, seed drills and balers built from domestic steel, and the "
        "regional governor promised cheaper loans for farmers who buy them before the spring "
        "sowing season.\n"
    ),
    "speaker.txt": (
        "Venezuela to free prisoners, speaker says\n\n"
        "CARACAS, Jan 8 (Wire) - Parliament speaker Jorge Rodríguez announced on Thursday that a "
        "large number of political prisoners would be freed, days after his sister Delcy "
        "Rodríguez took over as acting president.\n\n"
        "Families gathered outside the El Helicoide and Rodeo I prisons in Caracas waiting for "
        "news of the releases.\n"
    ),
    "speaker_short.txt": (
        "Families wait outside Caracas prisons\n\n"
        "CARACAS, Jan 8 (Agency) - Parliament speaker Rodríguez announced on Thursday that a "
        "large number of political prisoners would be freed in Venezuela, days after the change "
        "of government.\n\n"
        "Families gathered outside the El Helicoide and Rodeo I prisons in Caracas waiting for "
        "news of the releases.\n"
    ),
}


@pytest.mark.slow
def test_cli_actor_lists_a_surname_under_the_full_name_its_story_gives(tmp_path: Path) -> None:
    """End to end (`chronicler ingest`, `actor`, `story`): the report that only says "Putin"
    is listed under Vladimir Putin, the tractor story's "Putin" stays apart, and the lone
    "Rodríguez" of a story naming Jorge and Delcy Rodríguez is neither."""
    import json

    from click.testing import CliRunner

    from chronicler.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in CORPUS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "ingest", str(corpus)]).exit_code == 0

    def actors(name: str) -> dict[str, dict[str, Any]]:
        result = runner.invoke(main, ["--db", db, "actor", name, "--json"])
        assert result.exit_code == 0, result.output
        return {a["id"]: a for a in json.loads(result.output)}

    def sources(article_ids: list[str]) -> set[str]:
        export = tmp_path / "export.json"
        runner.invoke(main, ["--db", db, "export", "--format", "json", str(export)])
        articles = json.loads(export.read_text(encoding="utf-8"))["articles"]
        files = {a["id"]: Path(a["source"]).name for a in articles}
        return {files[a] for a in article_ids}

    putins = actors("Putin")
    assert set(putins) == {"person:vladimir putin", next(k for k in putins if "@" in k)}
    assert sources(putins["person:vladimir putin"]["articles"]) == {
        "swap_full.txt",
        "swap_short.txt",
    }
    (alone,) = [a for k, a in putins.items() if "@" in k]
    assert sources(alone["articles"]) == {"tractors.txt"}

    rodriguez = actors("Rodríguez")
    assert {"person:jorge rodriguez", "person:delcy rodriguez"} <= set(rodriguez)
    for person in ("person:jorge rodriguez", "person:delcy rodriguez"):
        assert sources(rodriguez[person]["articles"]) == {"speaker.txt"}
    (lone,) = [a for k, a in rodriguez.items() if "@" in k]
    assert sources(lone["articles"]) == {"speaker_short.txt"}
