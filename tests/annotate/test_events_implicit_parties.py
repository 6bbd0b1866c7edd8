"""Parties told without a name of their own (annotate/events_implicit_parties.py). Sentences
written here."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("There was no decision on a meeting between the two ministers.", "meeting"),
        ("A ruling on talks with the unions is expected next week.", "talks"),
    ],
)
def test_a_thing_an_act_noun_is_on_is_no_doer_of_it(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.trigger == trigger)
    assert not any(a.text in ("decision", "ruling") for a in ev.actors)


def test_one_who_is_on_an_act_does_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = next(
        e for e in events(nlp, "The dockers on strike blocked the port.") if e.trigger == "strike"
    )
    assert [a.text for a in ev.actors] == ["dockers"]
