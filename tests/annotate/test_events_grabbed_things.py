"""A thing grabbed is no one taken, whoever owns it (vocabulary 1.333.0,
`owned_thing_verbs`): "grabbing his belt" is no arrest, while a person grabbed, a place
grabbed and a hold on the body keep their codings. Sentences written for these tests (the
behaviour before the change in each test's comment)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, names

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        # was: COERCE arrest of "his belt", "his gun", "the guard" (the rifle's owner)
        "The teenager was grabbing his belt when police fired.",
        "The officer grabbed his gun.",
        "He grabbed the guard's rifle, witnesses said.",
    ],
)
def test_a_thing_grabbed_is_no_arrest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger.startswith("grab")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Soldiers grabbed his son and took him away.", "son"),
        ("Kidnappers grabbed the hostages near the border.", "hostages"),
        ("Rebels grabbed the town of Kidal.", "Kidal"),
    ],
)
def test_a_person_or_place_grabbed_stays_taken(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    grabbed = by_trigger(events(nlp, text), "grabbed")
    assert grabbed.mode == "arrest"
    assert any(target.lower() in n for n in names(grabbed.targets))


def test_a_hold_on_the_body_stays_a_blow(nlp) -> None:  # type: ignore[no-untyped-def]
    grabbed = by_trigger(events(nlp, "Police grabbed him by the throat."), "grabbed")
    assert (grabbed.type, grabbed.mode) == ("ASSAULT", "beat")
