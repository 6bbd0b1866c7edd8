"""A spokesperson's "we" is the body they speak for (annotate/events_spoken_for.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('"We fired on the boat," Colonel Ana Ruiz, an army spokeswoman, told reporters.', "army"),
        ('"We fired on the boat," said a spokesman for the coast guard.', "coast guard"),
    ],
)
def test_a_spokespersons_we_is_the_body(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, text), "firearms")
    assert [a.text for a in ev.actors] == [body]


def test_an_i_stays_the_speakers_own(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, '"I fired on the boat," the sergeant said.'), "firearms")
    assert [a.text for a in ev.actors] == ["sergeant"]


def test_a_commanders_we_stays_the_commander(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, '"We will not shell the town," the commander said.'), "heavy-weapons")
    assert [a.text for a in ev.actors] == ["commander"]
