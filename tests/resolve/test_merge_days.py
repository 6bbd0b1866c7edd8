"""merge.told_on_other_days: within one article, two acts each dated to a day by its own
sentence on different days are two events; a retelling, and two reports a day apart, are not."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from corpus_export import ingest_and_export

from chronicler.model import EventDate, EventMention, Participant
from chronicler.resolve.merge import (
    SourcedMention,
    compatible,
    merge_events,
    told_on_other_days,
)
from chronicler.settings import DEFAULT_SPANISH_MODEL

FLORES = "person:ana flores"


def _act(mode: str, date: str, basis: str, actor: str, target: str | None) -> EventMention:
    return EventMention(
        type="COERCE",
        mode=mode,
        cameo="175",
        trigger=mode,
        trigger_start=0,
        trigger_end=5,
        sentence=0,
        sentence_start=0,
        sentence_end=60,
        actors=(Participant(actor, 0, len(actor)),),
        targets=(Participant(target, 10, 10 + len(target)),) if target else (),
        date=EventDate(value=date, basis=basis, certainty="approximate"),
    )


def _m(article: str, idx: int, event: EventMention, *targets: str) -> SourcedMention:
    return SourcedMention(article, idx, event, frozenset(), frozenset(targets), "2023-11-07")


# "Riot police cleared the dockworkers' picket on Saturday." and "Marines cleared the port
# gates on Sunday." in one report of Tuesday 7 November 2023
SATURDAY = _m("a", 0, _act("repress", "2023-11-04", "sentence", "Riot police", "picket"))
SUNDAY = _m("a", 3, _act("repress", "2023-11-05", "sentence", "Marines", None))


def test_two_acts_one_article_dates_on_two_days_are_two() -> None:
    assert told_on_other_days(SATURDAY, SUNDAY, 0) and told_on_other_days(SUNDAY, SATURDAY, 0)
    assert not compatible(SATURDAY, SUNDAY, own_day_gap=0)
    assert compatible(SATURDAY, SUNDAY)  # off: max_day_gap's day of lag alone decides
    assert not told_on_other_days(SATURDAY, SUNDAY, None)
    assert not told_on_other_days(SATURDAY, SUNDAY, 1)


def test_one_day_twice_and_other_reports_days_are_no_two_acts() -> None:
    same_day = _m("a", 4, _act("repress", "2023-11-04", "sentence", "police", None))
    assert not told_on_other_days(SATURDAY, same_day, 0)
    # another report's day for one act a day off is a lag or a disagreement, not a second act
    other_report = _m("b", 0, _act("repress", "2023-11-05", "sentence", "Marines", None))
    assert not told_on_other_days(SATURDAY, other_report, 0)
    assert compatible(SATURDAY, other_report, own_day_gap=0)
    # a date carried by the narrative, the report's own or reckoned from a duration is no day
    # the sentence tells: the act may be retold there
    for basis in ("discourse", "article", "duration"):
        retold = _m("a", 5, _act("repress", "2023-11-05", basis, "Marines", None))
        assert not told_on_other_days(SATURDAY, retold, 0)
    month = _m("a", 6, _act("repress", "2023-11", "sentence", "Marines", None))
    assert not told_on_other_days(SATURDAY, month, 0)
    # "Dockworkers marched on Sunday against the crackdown": the act named by a noun with no
    # doer, inside the telling of another act, takes that act's day
    named_only = replace(SUNDAY, event=replace(SUNDAY.event, actors=()))
    assert not told_on_other_days(SATURDAY, named_only, 0)


def test_the_day_told_and_its_undated_retelling_stay_one_event() -> None:
    """ "Police detained Ana Flores on Sunday." ... "Police detained Flores at the airport, her
    lawyer said." (dated by the report of Tuesday): one detention."""
    told = _m("a", 0, _act("arrest", "2023-11-05", "sentence", "Police", "Ana Flores"), FLORES)
    retold = _m("a", 4, _act("arrest", "2023-11-07", "article", "Police", "Flores"), FLORES)
    (event,) = merge_events([told, retold], retold_days=7, own_day_gap=0)
    assert event.date == "2023-11-05"


def test_two_sentences_days_in_one_article_merge_into_two_events() -> None:
    assert len(merge_events([SATURDAY, SUNDAY], own_day_gap=0)) == 2


# -- end to end: articles we wrote, through `chronicler ingest` and `export` -----------------

_ARTICLES = {
    # two repressions of one blockade by two forces on two days: two events
    "bloqueo_es": (
        "2024-03-12",
        "Desalojan dos veces a campesinos de una carretera en Bolivia",
        "Los campesinos bloquearon la vía entre Potosí y Oruro durante tres días para exigir "
        "precios justos. Los militares los desalojaron el sábado con gases lacrimógenos.\n\n"
        "Los campesinos volvieron a la carretera al día siguiente. La gendarmería levantó el "
        "bloqueo el domingo y detuvo a doce dirigentes.\n\n"
        "Los dirigentes campesinos denunciaron los abusos ante la Defensoría del Pueblo.",
    ),
    # one arrest told with its day, then again without it: one event
    "quiroga_en": (
        "2024-03-13",
        "Opposition leader Marta Quiroga arrested in Asuncion",
        "Police arrested opposition leader Marta Quiroga at her home in Asuncion on Monday, her "
        "party said.\n\nQuiroga, who leads the Civic Front, has been a fierce critic of the "
        "government. Her supporters gathered outside the police headquarters.\n\n"
        "Police arrested Quiroga without a warrant, her lawyer told reporters.",
    ),
}


def _write(folder: Path, articles: dict[str, tuple[str, str, str]]) -> Path:
    folder.mkdir()
    for name, (date, title, text) in articles.items():
        record = {"id": name, "title": title, "text": text, "date": date}
        record["url"] = f"https://news.example/{name}"
        (folder / f"{name}.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


@pytest.mark.slow
def test_written_articles_keep_two_days_apart_and_a_retelling_together(tmp_path: Path) -> None:
    pytest.importorskip(DEFAULT_SPANISH_MODEL, reason="make spanish installs it")
    record = ingest_and_export(_write(tmp_path / "corpus", _ARTICLES), tmp_path)
    repressions = sorted(
        (e["date"]["value"], e["actor_names"]) for e in record["events"] if e["mode"] == "repress"
    )
    assert repressions == [("2024-03-09", ["militares"]), ("2024-03-10", ["gendarmería"])]
    (arrest,) = [e for e in record["events"] if e["target_names"] == ["Marta Quiroga", "Quiroga"]]
    assert arrest["date"]["value"] == "2024-03-11" and len(arrest["sources"]) == 2


_TWO_REPORTS = {
    "quiroga_a_en": (
        "2024-03-13",
        "Paraguayan opposition leader Marta Quiroga arrested",
        "Police arrested Paraguayan opposition leader Marta Quiroga on March 11 at her home in "
        "Asuncion, her party said.\n\nQuiroga, who leads the Civic Front, faces charges of "
        "sedition.",
    ),
    "quiroga_b_es": (
        "2024-03-14",
        "Detienen a la opositora paraguaya Marta Quiroga",
        "La policía detuvo a la líder opositora paraguaya Marta Quiroga el 12 de marzo en su casa "
        "de Asunción, informó su partido.\n\nQuiroga, que encabeza el Frente Cívico, está "
        "acusada de sedición.",
    ),
}


@pytest.mark.slow
def test_two_reports_a_day_apart_tell_one_arrest_and_disagree(tmp_path: Path) -> None:
    pytest.importorskip(DEFAULT_SPANISH_MODEL, reason="make spanish installs it")
    record = ingest_and_export(_write(tmp_path / "corpus", _TWO_REPORTS), tmp_path)
    (arrest,) = [e for e in record["events"] if e["mode"] == "arrest"]
    assert len({s["article_id"] for s in arrest["sources"]}) == 2
    (date,) = [d for d in record["disagreements"] if d["attribute"] == "date"]
    assert date["event_id"] == arrest["id"]
    assert sorted(v["value"] for v in date["values"]) == ["2024-03-11", "2024-03-12"]
