"""Spanish leftovers of the fortieth session (es41): a number's bounding locution before a
personal object ("detuvo al menos a diez manifestantes"), a bare count of people as a party
("Miles llegan ... para exigir"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("La policía detuvo al menos a diez manifestantes.", "detuvo", "manifestantes"),
        (
            "La policía detuvo al menos a diez manifestantes en la plaza central.",
            "detuvo",
            "manifestantes",
        ),
        ("Los soldados mataron al menos a tres campesinos.", "mataron", "campesinos"),
        ("La policía arrestó a por lo menos veinte estudiantes.", "arrestó", "estudiantes"),
        ("La policía detuvo a cuando menos treinta personas.", "detuvo", "personas"),
        ("La policía dispersó al menos a doscientos manifestantes.", "dispersó", "manifestantes"),
    ],
)
def test_a_bounding_locution_before_the_personal_object_keeps_the_target(
    nlp_es,  # type: ignore[no-untyped-def]
    text: str,
    trigger: str,
    target: str,
) -> None:
    ev = by_trigger(events(nlp_es, text), trigger)
    assert [t.text for t in ev.targets] == [target], text


def test_a_locution_of_place_is_still_no_personal_object(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "a lo largo de" is a preposition of its own, no bounding locution."""
    text = "La policía detuvo a lo largo de la avenida a tres estudiantes."
    ev = by_trigger(events(nlp_es, text), "detuvo")
    assert "avenida" not in [t.text for t in ev.targets]
