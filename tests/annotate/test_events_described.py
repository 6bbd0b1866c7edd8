"""A bare definite description of one person as a subject (annotate/events_described.py):
the one person named before it, as in Spanish. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import events, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)

BEFORE = "A court ordered the arrest of Edmundo González. "


@pytest.mark.parametrize(
    "description", ["The retired diplomat, 75,", "The opposition candidate", "The diplomat"]
)
def test_a_bare_description_is_the_one_person_named_before(nlp, description: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{BEFORE}{description} took refuge in the Dutch embassy."
    ev = one(events(nlp, text), "asylum")
    assert [a.text for a in ev.actors] == ["Edmundo González"]
    assert ev.actors[0].resolved


@pytest.mark.parametrize(
    "text",
    [
        # two people named: no telling which
        "A court ordered the arrest of Edmundo González and Juan Pérez. The retired diplomat "
        "took refuge in the Dutch embassy.",
        # a word of its own says which
        BEFORE + "The Spanish diplomat took refuge in the Dutch embassy.",
    ],
)
def test_a_description_of_no_one_person_stays_itself(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, text), "asylum")
    assert not any(a.text in ("Edmundo González", "Juan Pérez") for a in ev.actors)
