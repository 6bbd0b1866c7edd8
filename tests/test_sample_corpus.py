"""The sample corpus (examples/), end to end: the acceptance lines of the events and resolve
issues, checked on what `chronicler export` writes after `chronicler ingest examples/`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from corpus_export import ingest_and_export

from chronicler.resolve.text import fold

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
GENERAL = "person:miguel rodriguez torres"
RELEASE_REPORTS = ("000_", "001_", "002_")  # the spy chief's release, told three times

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return ingest_and_export(EXAMPLES, tmp_path_factory.mktemp("sample"))


def _story_of(record: dict[str, Any]) -> dict[str, str]:
    """example file name prefix -> story id"""
    file_of = {a["id"]: Path(a["source"]).name[:4] for a in record["articles"]}
    return {file_of[a]: s["id"] for s in record["stories"] for a in s["article_ids"]}


def _events(record: dict[str, Any], type_: str, mode: str) -> list[dict[str, Any]]:
    return [e for e in record["events"] if e["type"] == type_ and e["mode"] == mode]


def test_the_three_release_reports_are_one_story_and_the_others_stand_apart(
    record: dict[str, Any],
) -> None:
    story = _story_of(record)
    assert len({story[p] for p in RELEASE_REPORTS}) == 1
    assert len({story[RELEASE_REPORTS[0]], story["003_"], story["004_"]}) == 3


def test_the_release_is_one_event_with_three_sources(record: dict[str, Any]) -> None:
    (release,) = [e for e in _events(record, "RETREAT", "release") if GENERAL in e["targets"]]
    assert release["num_sources"] == 3
    assert release["brokers"]


def test_uprisings_arrests_and_mass_release_are_dated_events(record: dict[str, Any]) -> None:
    dates = {
        (e["type"], e["mode"], tuple(e["targets"])): e["date"]["value"] for e in record["events"]
    }
    assert dates[("ASSAULT", "coup", ("person:carlos andres perez",))] == "1992-02-04"
    assert dates[("ASSAULT", "uprising", ("person:nicolas maduro",))] in ("2019-04-30", "2018")
    assert dates[("COERCE", "arrest", (GENERAL,))] == "2018-03"
    assert dates[("COERCE", "exile", (GENERAL,))] == "2023"
    assert any(
        e["date"]["value"].startswith("2026-01") for e in _events(record, "RETREAT", "release")
    )


def test_no_two_people_share_an_actor(record: dict[str, Any]) -> None:
    """Every name a person goes by is a part of the longest ("Jose Luis Zapatero" of "José
    Luis Rodríguez Zapatero"), so "Leopoldo López" never joins "Gustavo González López"."""
    for entity in record["entities"]:
        if entity["type"] != "PERSON":
            continue
        names = sorted({fold(n) for n in [entity["name"], *entity["aliases"]]}, key=len)
        longest = set(names[-1].split())
        assert all(set(n.split()) <= longest for n in names), entity


def test_the_freed_general_has_a_custody_history_and_sources_disagree(
    record: dict[str, Any],
) -> None:
    (history,) = [c for c in record["custody"] if c["entity_id"] == GENERAL]
    episode = history["episodes"][0]
    assert episode["detained"] == "2018-03"
    assert episode["released"] and episode["exile"] and episode["brokers"]
    assert len(episode["held_at"]) >= 2  # a military prison; the counterintelligence cells
    events = {e["id"]: e for e in record["events"]}
    places = [
        d
        for d in record["disagreements"]
        if d["attribute"] == "held_at" and GENERAL in events[d["event_id"]]["targets"]
    ]
    assert places and len({a for v in places[0]["values"] for a in v["article_ids"]}) >= 2


# --- args10 ---


def _told_in(record: dict[str, Any], words: str) -> list[dict[str, Any]]:
    """Events with a source whose sentence holds `words`."""
    return [e for e in record["events"] if any(words in s["sentence"] for s in e["sources"])]


def test_guaido_is_recognized_by_the_united_states(record: dict[str, Any]) -> None:
    """ "Juan Guaidó, who is recognized as Venezuela's leader by the United States and some
    60 countries": the passive's "by" agent recognizes him."""
    (support,) = [e for e in _told_in(record, "who is recognized") if e["type"] == "SUPPORT"]
    assert "gpe:united states" in support["actors"], support
    assert support["targets"] == ["person:juan guaido"], support


def test_punishing_us_sanctions_are_no_attack_on_the_united_states(
    record: dict[str, Any],
) -> None:
    """ "plot a revolt against Maduro ... amid punishing U.S. sanctions": the sanctions are
    the United States's, and nothing in the sentence is aimed at it."""
    told = _told_in(record, "plot a revolt against Maduro")
    assert not [e for e in told if "gpe:united states" in e["targets"]], told
    assert [e for e in told if e["type"] == "SANCTION" and "gpe:united states" in e["actors"]]


# --- names10 ---


def _names_of(record: dict[str, Any], prefix: str) -> dict[str, str]:
    """name -> type of the entities one example file names."""
    ours = {a["id"] for a in record["articles"] if Path(a["source"]).name.startswith(prefix)}
    return {
        e["name"]: e["type"]
        for e in record["entities"]
        if {m["article_id"] for m in e["mentions"]} & ours
    }


def test_a_lone_leaders_surname_is_the_leader(record: dict[str, Any]) -> None:
    """ "Trump" alone in the 2019 Courthouse News report (003) is Donald Trump, president
    then (the curated table of state leaders): the actor of the other reports, no actor of
    its own article; "Maduro" stays Nicolás Maduro, one actor."""
    ids = {e["id"] for e in record["entities"]}
    assert not [i for i in ids if i.startswith(("person:trump@", "person:maduro@"))]
    assert "person:donald trump" in ids and "person:nicolas maduro" in ids
    assert _names_of(record, "003_").get("Donald Trump") == "PERSON"


def test_platforms_offices_and_adherents_words_are_no_people_or_places(
    record: dict[str, Any],
) -> None:
    """ "he said on Twitter": a platform; "the former Ombudsman, Gabriela Ramírez": the
    office; "the Chavista regime": an adherent's word; "the Directorate of Services and
    Intelligence and Prevention, Disip": one body, no fragment."""
    people = {n for n, t in _names_of(record, "00").items() if t == "PERSON"}
    assert not {"Twitter", "Ombudsman"} & people
    places = {n for n, t in _names_of(record, "00").items() if t in ("GPE", "LOC")}
    assert "Chavista" not in places
    assert "Intelligence and Prevention" not in _names_of(record, "001_")
    assert "Armour" not in people  # "the same Under Armour hoodie" (003): a trade name


# --- events11 ---


def test_the_students_killers_are_the_chavista_police_snipers(record: dict[str, Any]) -> None:
    """ "students Jorge Redman and Bassil Da Costa, who were executed by Chavista police
    snipers": the snipers' whole phrase is the killing's actor, not the adherent's word."""
    (killing,) = [
        e
        for e in record["events"]
        if e["mode"] == "assassinate" and any(s["trigger"] == "executed" for s in e["sources"])
    ]
    assert killing["actor_names"] == ["Chavista police snipers"], killing
    assert "person:jorge redman" in killing["targets"]


# --- actors12 ---


def test_a_prison_and_an_office_keep_their_whole_names(record: dict[str, Any]) -> None:
    """ "the El Helicoide detention centre", "close El Helicoide" (004): the prison, no
    organisation; "the Attorney General’s Office" (001): the whole office's name."""
    assert _names_of(record, "004_").get("El Helicoide") in ("FAC", "LOC"), _names_of(
        record, "004_"
    )
    names = _names_of(record, "001_")
    assert any(n.startswith("Attorney General’s Office") for n in names), names
    assert not any(n.startswith("General’s Office") for n in names), names
