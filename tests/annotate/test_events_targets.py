"""Targets: whom (or where) an act is aimed at, per pattern family, on sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, has, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def main_event(evs):  # type: ignore[no-untyped-def]
    return next(e for e in evs if e.main)


def test_a_named_place_is_the_target_of_an_act_on_a_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The governor lifted the weekend curfew in Moldova on Friday."), None)
    assert ev.type == "CONCEDE"
    assert has(ev.targets, "Moldova") and not has(ev.targets, "curfew")
    assert ev.location and "Moldova" in ev.location  # still where it happened


def test_place_through_an_of_phrase_or_a_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers set up roadblocks in the capital city of Tbilisi on Sunday."
    assert has(main_event(events(nlp, text)).targets, "Tbilisi")
    text = "The general shortened the curfew imposed in Georgia after the riots."
    assert has(main_event(events(nlp, text)).targets, "Georgia")


def test_a_territory_object_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Rebel forces captured a border town in eastern Ruritania."), "seize")
    assert has(ev.targets, "town")


def test_custody_place_is_a_location_not_a_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Police arrested the editor Ana Lisboa in Porto on Monday."), "arrest")
    assert has(ev.targets, "Lisboa") and not has(ev.targets, "Porto")
