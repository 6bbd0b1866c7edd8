"""Types, senses and roles of news English from the thirty-ninth session's fourth audit of
ECB+ dev topics (prec39c): a ship hijacked by pirates, a road crash told with its agent on
the second verb, leaving the scene, one person recruited, an attack "from" a band. Sentences
written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events


@pytest.mark.parametrize(
    "text",
    [
        "Armed pirates seized a Greek oil tanker off the coast on Monday.",
        "The cargo ship had been seized by pirates in the Indian Ocean last week.",
        "Gunmen seized a passenger plane at the airport in the north.",
    ],
)
def test_a_craft_seized_by_pirates_or_gunmen_is_a_hijacking(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, "seized") == ["ASSAULT/abduct"]


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard seized a fishing boat carrying drugs.",
        "Iran seized a British oil tanker in the Strait of Hormuz.",
        "Police seized weapons from the pirates.",
    ],
)
def test_a_craft_or_goods_seized_by_an_authority_stay_a_seizure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, "seized") == ["COERCE/seize"]


def test_a_road_crash_with_its_agent_on_the_second_verb_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A nurse was hit and killed by a drunk driver on Main Street."
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_a_blow_with_its_agent_on_the_second_verb_stays_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The protester was hit and wounded by a police officer with a baton."
    assert by_trigger(events(nlp, text), "hit").type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The driver fled the scene before police arrived.", "fled"),
        ("The driver fled on foot after the crash.", "fled"),
        ("The gunman escaped the scene before officers arrived.", "escaped"),
    ],
)
def test_leaving_the_scene_is_no_flight(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not codings(nlp, text, trigger)


def test_fleeing_a_country_stays_a_flight(nlp) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, "Thousands fled the country after the coup.", "fled") == ["RETREAT/flee"]


def test_one_person_recruited_for_a_post_is_no_mobilization(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The governor was so intent on recruiting her that he called her twice."
    assert not codings(nlp, text, "recruiting")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The militia recruited him to fight in the north.", "recruited"),
        ("The rebels are recruiting fighters in the camps.", "recruiting"),
    ],
)
def test_fighters_recruited_stay_a_mobilization(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == ["MOBILIZE/troops"]


def test_an_attack_a_ship_comes_under_from_a_band_is_the_bands(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The frigate came under attack from pirates on two speedboats."
    attack = by_trigger(events(nlp, text), "attack")
    assert [a.text for a in attack.actors] == ["pirates"]


def test_an_attack_from_a_place_names_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The village came under attack from the hills overnight."
    assert not by_trigger(events(nlp, text), "attack").actors


def test_an_honour_received_is_no_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He received the Golden Medal of Merit from the mayor last year."
    assert not codings(nlp, text, "received")


def test_a_delegation_received_stays_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The president received the delegation from Brazil."
    assert codings(nlp, text, "received") == ["CONSULT/meet"]


def test_people_counted_as_others_keep_the_place_of_the_act_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A gunman injured two others at a Chicago restaurant on Friday."
    injured = by_trigger(events(nlp, text), "injured")
    assert [t.text for t in injured.targets] == ["others"]
