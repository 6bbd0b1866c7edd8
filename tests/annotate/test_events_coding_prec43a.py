"""Codings of the forty-third session's Lee-corpus sample lee5 (prec43a): conceding that
something is so admits a fact, a boat or a car striking rocks or a tree is a mishap, and a
building's floors brought down are no coup. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry has conceded that the location of the rebel leader is unknown.",
        "The governor conceded that the reforms had failed.",
    ],
)
def test_conceding_that_something_is_so_is_no_concession(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger == "conceded"]


def test_conceding_defeat_or_ground_stays_a_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The rebels conceded the town to the army."), "conceded")
    assert ev.type == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "When our canoe hit the bottom of the falls, we were thrown out, she said.",
        "The ferry struck a reef off the northern coast.",
        "His car hit a tree on the highway.",
    ],
)
def test_striking_rocks_water_or_an_obstacle_is_no_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_a_force_hitting_a_base_stays_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The army hit the rebels' base on Friday."), "hit")
    assert ev.type == "ASSAULT"


def test_a_buildings_floors_brought_down_are_no_coup(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Engineers said the heat would topple the floors above the impact zone."
    assert not [e for e in events(nlp, text) if e.mode == "coup"]
    ev = by_trigger(events(nlp, "The generals toppled the president."), "toppled")
    assert ev.mode == "coup"


def test_a_raid_named_by_its_bombs_is_an_air_strike(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "weekend bombing raids by US warplanes": ASSAULT aerial, was COERCE seize; a police
    raid stays a seizure (vocabulary 1.421.1)."""
    ev = by_trigger(events(nlp, "Eight farmers died in bombing raids on the valley."), "raids")
    assert (ev.type, ev.mode) == ("ASSAULT", "aerial")
    ev = by_trigger(events(nlp, "Police carried out raids on the homes of suspects."), "raids")
    assert (ev.type, ev.mode) == ("COERCE", "seize")


def test_a_raid_on_soldiers_is_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "leading raids against federal troops": ASSAULT, was COERCE seize; a police raid stays
    a seizure (vocabulary 1.421.3)."""
    ev = by_trigger(events(nlp, "Guerrillas raided an army outpost in the hills."), "raided")
    assert ev.type == "ASSAULT"
    ev = by_trigger(events(nlp, "Police raided the barracks of the militia."), "raided")
    assert (ev.type, ev.mode) == ("COERCE", "seize")
