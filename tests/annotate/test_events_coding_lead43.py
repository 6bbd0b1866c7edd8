"""Events a recall audit found missed on real news (the lead, forty-third session): a count
standing for what it counts, high ground taken, a vote against, a force running down its
quarry, recommendations made to a government. Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Police captured a number of suspects near the border.", "captured", "suspects"),
        ("The patrol nabbed a handful of smugglers at dawn.", "nabbed", "smugglers"),
    ],
)
def test_a_count_of_people_taken_is_an_arrest(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert (act.type, act.mode) == ("COERCE", "arrest")
    assert any(target in t.text for t in act.targets)


def test_a_count_of_things_grabbed_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp, "The boy grabbed a handful of sweets from the jar.")


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters captured several strategic heights above the valley.",
        "Government troops seized a number of ridges from the insurgents.",
    ],
)
def test_high_ground_captured_is_ground_taken(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    act = events(nlp, text)[0]
    assert (act.type, act.mode) == ("ASSAULT", "seize")


def test_a_vote_against_an_offer_rejects_it(nlp) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, "The miners voted against the management's pay offer."), "voted")
    assert act.type == "REJECT"
    assert parties(nlp, "The miners voted against the management's pay offer.", "voted")[0] == [
        "miners"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Troops pursued the guerrillas into the jungle.", "pursued", "guerrillas"),
        ("Police hunted down the escaped convicts within a week.", "hunted", "convicts"),
        ("The army chased the raiders back across the border.", "chased", "raiders"),
    ],
)
def test_a_force_running_down_its_quarry_seizes(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert (act.type, act.mode) == ("COERCE", "seize")
    assert any(target in t.text for t in act.targets)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry pursued a policy of tight budgets.",
        "The children chased the ball across the park.",
        "Farmers hunted deer in the hills.",
        "Police hunted for clues in the flat.",
    ],
)
def test_pursuits_of_no_quarry_are_no_events(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "COERCE"]


def test_recommendations_made_to_a_government_ask_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The inquiry has made 40 recommendations to the state government on prison safety."
    act = by_trigger(events(nlp, text), "recommendations")
    assert act.type == "REQUEST"
    assert any("government" in t.text for t in act.targets)


def test_a_manhunt_by_the_police_seizes_whom_it_is_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police launched a manhunt for the killer on Sunday."
    act = by_trigger(events(nlp, text), "manhunt")
    assert (act.type, act.mode) == ("COERCE", "seize")
    assert parties(nlp, text, "manhunt") == (["Police"], ["killer"])
