"""Who does an act one party pushes or presses another into (annotate/
events_object_control.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "pusher"),
    [
        (
            "The army bullied the town into surrendering its weapons.",
            "surrendering",
            "town",
            "army",
        ),
        (
            "The government is bullying smaller nations into accepting asylum seekers.",
            "accepting",
            "nations",
            "government",
        ),
    ],
)
def test_the_one_pushed_into_an_act_does_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str, pusher: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, doer) and not has(ev.actors, pusher)


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "presser"),
    [
        (
            "Washington put pressure on Cairo to release the activists.",
            "release",
            "Cairo",
            "Washington",
        ),
        (
            "The premier piled pressure on the governor to arrest and sentence the rioters.",
            "sentence",
            "governor",
            "premier",
        ),
    ],
)
def test_whom_pressure_is_put_on_would_act_and_the_act_is_asked_for(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str, presser: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, doer) and not has(ev.actors, presser)
    assert ev.hypothetical
