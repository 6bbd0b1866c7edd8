"""Who is pressed to act does the act pressed for (annotate/events_pressed.py), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The EU increased pressure on Iran to release the sailors.", "release", "Iran"),
        (
            "The ministers should keep up pressure on President Smith to allow monitors "
            "to watch the vote.",
            "allow",
            "Smith",
        ),
        (
            "The church wants to put pressure on the government to grant the refugees asylum.",
            "grant",
            "government",
        ),
        ("The UN issued an appeal to the rebels to free the hostages.", "free", "rebels"),
    ],
)
def test_the_one_pressed_does_the_act(nlp, text: str, trigger: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, text, trigger)
    assert any(doer in a for a in actors), actors


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The army came under pressure to release the prisoners.", "release", "army"),
        ("The minister is under growing pressure to resign.", "resign", "minister"),
    ],
)
def test_whoever_is_under_pressure_would_act(nlp, text: str, trigger: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, text, trigger)
    assert any(doer in a for a in actors), actors


def test_pressure_on_no_one_names_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "Pressure to release the prisoners grew over the summer.", "release")
    assert actors == []


def test_a_later_infinitive_is_not_the_pressed_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    """The act pressed for comes right after the one pressed; an infinitive of a later phrase
    the parser hangs there is that phrase's ("pressure on Pyongyang and rally world opinion
    behind the US drive to oust President Kim": the drive's, not Pyongyang's)."""
    text = (
        "The White House has drawn up plans to escalate the dispute with North Korea, with new"
        " campaigns to step up pressure on Pyongyang and rally world opinion behind the US"
        " drive to oust President Kim."
    )
    actors, _ = parties(nlp, text, "oust")
    assert not any("Pyongyang" in a for a in actors), actors


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Pressure is mounting on the president to resign.", "resign", "president"),
        ("Pressure grew on the junta to free the students.", "free", "junta"),
    ],
)
def test_pressure_growing_on_someone_names_the_doer(
    nlp, text: str, trigger: str, doer: str
) -> None:  # type: ignore[no-untyped-def]
    """The "on" hung on the verb the pressure is the subject of (roles 1.193.6): the one it
    grows on would act, and the pressure itself is no party."""
    ev = by_trigger(events(nlp, text), trigger)
    assert any(doer in a.text for a in ev.actors), ev.actors
    assert not any("Pressure" in a.text for a in ev.actors)
    assert ev.hypothetical
