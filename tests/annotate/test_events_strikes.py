"""A strike dealt by arms, not a stoppage of work (annotate/events_strikes.py), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed in Israeli strikes on Sunday.",
        "Four fishermen died in the strikes near the coast.",
        "Israel's strikes continued through the night.",
        "Army strikes on the rebel camp continued.",
        "Strikes by the Turkish military continued for a week.",
        "US strikes on Syria continued.",
    ],
)
def test_a_strike_by_arms_is_an_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """Told as done by an armed force or by a state by its own name, as what casualties were
    caught in, or as aimed on a country or city, a strike is a blow, no labour strike."""
    ev = by_trigger(events(nlp, text), "strike")
    assert (ev.type, ev.mode) != ("PROTEST", "strike")
    assert ev.type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The French strike disrupted trains.",
        "A UK rail strike disrupted trains for a week.",
        "The union called a strike on Monday.",
        "Dock workers began a strike against the port authority.",
        "Three pickets were injured during the strike.",
    ],
)
def test_a_labour_strike_stays_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A nationality or a country named on the noun, a strike on a day, one against an
    employer, and harm told only as during it leave the stoppage of work."""
    ev = by_trigger(events(nlp, text), "strike")
    assert (ev.type, ev.mode) == ("PROTEST", "strike")


def test_the_state_that_struck_is_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Twelve people were killed in Israeli strikes on Gaza."), "strikes")
    assert ev.type == "ASSAULT" and has(ev.actors, "Israel")


def test_a_general_strike_is_no_generals(nlp) -> None:  # type: ignore[no-untyped-def]
    """An adjective that is also a rank ("general") names no armed doer."""
    ev = by_trigger(
        events(nlp, "The general strike was the first test of the government."), "strike"
    )
    assert (ev.type, ev.mode) == ("PROTEST", "strike")


def test_work_bans_are_a_labour_action(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "imposed work bans in their campaign for better pay": workers refusing set duties, a
    labour strike (PROTEST strike), no state's ban (COERCE ban)."""
    text = "About 500 nurses have imposed work bans in their campaign for better pay."
    ev = by_trigger(events(nlp, text), "work")
    assert (ev.type, ev.mode) == ("PROTEST", "strike")
    assert has(ev.actors, "nurses")


@pytest.mark.parametrize(
    ("text", "recall"),
    [
        (
            "Warplanes launched a series of strikes on Gaza City overnight. The strikes came "
            "a day after the minister rejected the truce.",
            "strikes",
        ),
        (
            "Three people died in the missile strikes on Monday. The cabinet met on Tuesday to "
            "weigh the fallout of the strikes.",
            "strikes",
        ),
    ],
)
def test_the_strikes_recalling_an_armed_strike_are_the_attack(nlp, text, recall) -> None:  # type: ignore[no-untyped-def]
    """ "The strikes" with no word of its own tells again the strike told before it in the
    article: after strikes dealt by arms, the attack (prec45, events-vocab 1.439.0)."""
    last = [e for e in events(nlp, text) if e.trigger == recall][-1]
    assert last.type == "ASSAULT"


def test_the_strikes_recalling_a_labour_strike_stay_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dock workers walked off the job on Monday in a strike over pay. The strikes closed "
        "three ports."
    )
    last = [e for e in events(nlp, text) if e.trigger == "strikes"][-1]
    assert (last.type, last.mode) == ("PROTEST", "strike")
