"""An act told as what a written text is (annotate/events_written_acts.py); sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_letter_of_complaint_is_its_writers_complaint(nlp) -> None:  # type: ignore[no-untyped-def]
    """roles 1.186.1 (prec43a): the writer complains, to whom the letter is sent."""
    text = "The health minister has written a letter of complaint to the Nursing Council."
    ev = by_trigger(events(nlp, text), "complaint")
    assert ev.type == "ACCUSE" and has(ev.actors, "minister") and has(ev.targets, "Nursing")


@pytest.mark.parametrize("document", ["letter", "note"])
def test_a_protest_sent_as_a_text_is_a_formal_protest(nlp, document: str) -> None:  # type: ignore[no-untyped-def]
    """vocabulary 1.421.2 (prec43a): ACCUSE (CAMEO 114), no demonstration."""
    text = f"The consulate sent a {document} of protest to the Foreign Office."
    ev = by_trigger(events(nlp, text), "protest")
    assert (ev.type, ev.cameo) == ("ACCUSE", "114") and has(ev.actors, "consulate")


def test_a_protest_joined_stays_a_demonstration(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Thousands of farmers joined the protest."), "protest")
    assert ev.type == "PROTEST"
