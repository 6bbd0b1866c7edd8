"""Senses of round 39 (roles39, on the ECB+ dev topics' news): a road vehicle hitting someone is
a traffic accident, an emergency call or a call received that asks nothing is no request, one
held for ransom is a hostage, and pirates fleeing a warship are criminals getting away;
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def triggers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger.lower() for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A woman was struck by a grey sedan heading north on Main Street.", "struck"),
        # the model year read as the head, the car its apposition (events_senses_traffic)
        ("A nurse was struck by a blue 2011 Honda Civic near the station.", "struck"),
        ("A pedestrian was hit by a truck on the highway.", "hit"),
        # a relative pronoun stands for the car its clause is on (vocab 1.381.0, left40)
        ("The driver of the car that hit her was charged with drunken driving.", "hit"),
        ("The driver of the truck that struck the cyclist was arrested.", "struck"),
        ("A cyclist was hurt when a bus struck him.", "struck"),
    ],
)
def test_a_road_vehicle_hitting_someone_is_no_attack(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The embassy was struck by a car bomb.", "struck"),
        ("A truck bomb hit the police station.", "hit"),
        ("A missile hit the bus.", "hit"),
        ("Rebels struck an army truck with a mine.", "struck"),
        # a force's vehicle told in a relative clause stays an attack (left40)
        ("The driver of the army truck that hit the protester was not charged.", "hit"),
    ],
)
def test_a_bomb_or_an_attack_on_a_vehicle_stays_an_attack(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.trigger.lower() == trigger and e.type == "ASSAULT" for e in events(nlp, text))


def test_workers_a_relative_clause_tells_struck_are_strikers(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The teachers who struck last week returned to work.")
    assert any(e.trigger == "struck" and e.type == "PROTEST" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "The pirates fired at the tanker, when it sent out a rescue call and the warship moved in.",
        "Police received a call of a man being shot on Main Street.",
        "The trawler sent a distress call before it sank.",
    ],
)
def test_an_emergency_call_or_a_call_received_is_no_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The government received calls for restraint from its allies.",
        "The opposition renewed its call for a general strike.",
    ],
)
def test_a_call_for_something_stays_a_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates held the crew for ransom.",
        "The ships are taken to a port where they are held for ransom.",
    ],
)
def test_one_held_for_ransom_is_a_hostage(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    held = [e for e in events(nlp, text) if e.trigger == "held"]
    assert held and held[0].type == "ASSAULT" and held[0].mode == "abduct"


def test_pirates_fleeing_a_warship_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    # an armed band breaking off its attack pulls back (the lead's ruling, vocab 1.374.0), as
    # prec39's "turned away from the freighter" does; robbers leaving a scene stay no event
    text = "The warship challenged them, and the pirate skiffs reversed course and tried to flee."
    assert any(e.trigger == "flee" and e.type == "RETREAT" for e in events(nlp, text))


def test_villagers_fleeing_pirates_still_flee(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "fled" in triggers(nlp, "Hundreds of villagers fled the pirates.")


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said police kept the crowd inside until officers allowed them to leave.",
        "Deputies allowed residents to return home on Sunday.",
    ],
)
def test_police_letting_people_go_is_no_concession(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # vocabulary 1.378.1, `police-let-leave`
    assert "allowed" not in triggers(nlp, text)


def test_a_government_letting_a_dissident_leave_stays_a_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The government allowed the dissident to leave the country."
    assert any(e.type == "CONCEDE" for e in events(nlp, text))
