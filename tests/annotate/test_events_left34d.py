"""English leftovers of round 34 (left34d; vocabulary 1.302.0, roles 1.86.0, modality
1.107.0, event-dates-48): a protest banned is not told as held; what a verb of permitting
lets happen shares its tense; a week dates approximately; a headline's blaze is no gunfire;
one named side beating another is a game won; a side locked in a battle is its actor.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

from chronicler.annotate.timex import find_time_expressions

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The government banned the protest.", "protest"),
        ("The protest was banned by the police.", "protest"),
        ("The court forbade the strike.", "strike"),
    ],
)
def test_banned_act_is_negated(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).negated


def test_permitted_act_shares_the_future(nlp) -> None:  # type: ignore[no-untyped-def]
    # (money returned to shareholders is business, no event since vocabulary 1.312.0)
    evs = events(nlp, "The deal will allow the army to return the seized land to farmers.")
    assert by_trigger(evs, "return").future
    evs = events(nlp, "The army did not allow journalists to enter the town.")
    assert all(not e.future for e in evs)


def test_next_week_is_approximate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said she would meet them next week."
    times = tuple(find_time_expressions(text, "2024-06-10"))
    meet = by_trigger(events(nlp, text, times=times), "meet")
    assert (meet.date.value, meet.date.granularity, meet.date.certainty) == (
        "2024-06",
        "month",
        "approximate",
    )


@pytest.mark.parametrize("text", ["House fire at farm", "Kitchen fire at school"])
def test_headline_blaze_is_no_gunfire(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Police fire at protesters", "firearms"),
        ("Police fire tear gas at students", "crowd-control"),
    ],
)
def test_headline_fire_by_a_doer_stays(nlp, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.mode for e in events(nlp, text) if e.type == "ASSAULT"] == [mode]


@pytest.mark.parametrize(
    "text", ["Manchester United beat Chelsea.", "The Lakers beat the Celtics."]
)
def test_named_sides_beating_is_a_game(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Police beat protesters outside parliament.",
        "Witnesses said Smith beat Jones with a baseball bat.",
    ],
)
def test_a_beating_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "beat").type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels are locked in a battle with the army.",
        "Rebels are embroiled in a fierce fight with government troops.",
    ],
)
def test_side_locked_in_a_battle_acts(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.type == "ASSAULT"]
    assert evs and [a.text for a in evs[0].actors] == ["Rebels"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The gang broke into the shop. They then set fire to the car.", "gang"),
        ("A crowd of youths stormed the station. They then set fire to the car.", "crowd"),
    ],
)
def test_they_for_a_band_named_before(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    fire = by_trigger(events(nlp, text), "set fire")
    assert [a.text.split()[0] for a in fire.actors] == [actor]
