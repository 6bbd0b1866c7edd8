"""An act noun in the series a clause's act is the latest of (annotate/events_series.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_the_series_acts_are_the_clause_doers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The coast guard detained 12 smugglers on Friday, the latest in a series of"
        " clashes with armed gangs."
    )
    ev = by_trigger(events(nlp, text), "clashes")
    assert has(ev.actors, "coast guard") and has(ev.targets, "gangs")


def test_an_ordinal_in_a_string_of_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested five protesters on Monday, the third in a string of arrests this month."
    assert has(by_trigger(events(nlp, text), "arrests").actors, "police")


def test_a_series_told_alone_names_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "A series of clashes shook the city on Friday."), "clashes")
    assert not ev.actors


@pytest.mark.parametrize("trigger", ["raids", "air strikes"])
def test_a_series_in_a_fronted_in_phrase_is_the_clause_doers(nlp, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """events-roles 1.173.0 (prec42a): each conjunct of the series too."""
    text = "In a wave of raids and air strikes, the army shelled the rebels' depots."
    assert has(by_trigger(events(nlp, text), trigger).actors, "army")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Police said a spate of deadly bombings by separatist rebels had hit the region.",
         "bombings", "separatist rebels"),
        ("A wave of arrests by the secret police has silenced critics.", "arrests",
         "secret police"),
    ],
)  # fmt: skip
def test_a_by_phrase_on_the_series_noun_names_its_acts_doers(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    """ "a spate of bombings by X": the parser hangs "by" on "spate" (events-roles 1.199.0)."""
    assert has(by_trigger(events(nlp, text), trigger).actors, doer)


def test_a_by_phrase_of_time_on_the_series_names_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "A series of raids by night unsettled the town."), "raids")
    assert not has(ev.actors, "night")
