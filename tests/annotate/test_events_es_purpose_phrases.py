"""Spanish purposes opened otherwise than by "para" (annotate/events_es_purpose_phrases): a
bare "a" + infinitive on a verb of going. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("La ministra acudió al hospital a hacer una donación de medicinas.", "donación"),
        ("El fiscal viajó a la frontera a investigar los ataques.", "investigar"),
        ("El embajador acudió a la cancillería a entregar una nota de protesta.", "protesta"),
    ],
)
def test_a_bare_a_purpose_of_a_trip_is_ahead(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """ "acudió al hospital a hacer una donación": what the trip is for, ahead as a "para"
    purpose, coded as its own type (purpose=ahead)."""
    ev = by_trigger(es_events(nlp_es, text), trigger)
    assert ev.future and ("purpose", "ahead") in ev.attributes


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Los estudiantes volvieron a marchar por el centro.", "marchar"),
        ("La ministra hizo una donación de medicinas al hospital.", "donación"),
    ],
)
def test_an_act_again_or_done_is_no_purpose(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """ "volvieron a marchar": marched again, no trip; a donation made stays done."""
    ev = by_trigger(es_events(nlp_es, text), trigger)
    assert not ev.future and ("purpose", "ahead") not in ev.attributes
