"""Words that name no act of their own (left40b): a strike an attack is done in, a state
described after "as", a ball hitting someone; and a vessel sunk in a strike. Sentences written
for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events


@pytest.mark.parametrize(
    "text",
    [
        "The frigate sank a pirate boat in its second strike this month.",
        "The destroyer torpedoed a supply ship in a third strike since June.",
    ],
)
def test_a_vessel_sunk_in_a_strike_is_an_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "strike")
    assert (ev.type, ev.cameo) == ("ASSAULT", "190"), text


def test_an_attack_done_in_a_strike_is_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Warplanes bombed the town in a second strike this week.")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert evs[0].trigger == "bombed"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Dock workers walked out in a strike over pay.", "walked out"),
        ("The union began a strike on Monday.", "strike"),
    ],
)
def test_labour_strikes_stay(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.type, ev.mode) == ("PROTEST", "strike"), text


@pytest.mark.parametrize(
    "text",
    [
        "Police described the suspect as subdued.",
        "The witness described the man as injured.",
        'The sheriff spoke briefly, describing the gunman as "subdued."',
    ],
)
def test_a_state_described_after_as_is_no_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp, text), text


def test_subduing_someone_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The army subdued the rebels."), "subdued")
    assert ev.type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "The ball struck him in the face.",
        "He was struck by a ball during the game.",
        "A puck hit the goalkeeper in the mask.",
    ],
)
def test_a_ball_hitting_someone_is_no_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"], text


@pytest.mark.parametrize("text", ["A bullet struck the boy.", "The army struck the rebel camp."])
def test_bullets_and_armies_still_strike(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "struck").type == "ASSAULT", text


@pytest.mark.parametrize(
    "text",
    ["Cheeks's firing came after a losing season.", "The coach's firing surprised the fans."],
)
def test_a_persons_firing_from_a_job_is_no_gunfire(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"], text


def test_firing_at_someone_stays_gunfire(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Smith's firing at the officers lasted ten minutes."), "firing")
    assert (ev.type, ev.mode) == ("ASSAULT", "firearms")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A man rammed his truck into the crowd.", "crowd"),
        ("The driver rammed the marchers on Sunday.", "marchers"),
        ("A van rammed into protesters outside the embassy.", "protesters"),
    ],
)
def test_ramming_people_is_an_attack(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "rammed")
    assert ev.type == "ASSAULT", text
    assert target in [t.text for t in ev.targets], text


@pytest.mark.parametrize("text", ["The car rammed into a tree.", "The driver rammed the gate."])
def test_ramming_a_thing_is_a_crash(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp, text), text
