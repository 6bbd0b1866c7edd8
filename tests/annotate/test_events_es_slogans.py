"""Spanish slogans (events_es_slogans). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Los estudiantes dejaron clara su posición con leyendas como "abajo el fraude" y '
         '"entre las urnas y las barricadas, preferimos las barricadas".', "barricadas"),
        ('Los manifestantes portaban pancartas con la consigna "liberen a los presos".',
         "liberen"),
    ],
)  # fmt: skip
def test_an_act_in_a_slogan_is_no_event(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.trigger.lower().startswith(word) for e in events(nlp_es, text)), text


def test_a_slogan_calling_to_stop_an_act_tells_it_goes_on(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = 'Los manifestantes corearon "basta de represión" frente al palacio.'
    assert by_trigger(events(nlp_es, text), "represión").type == "COERCE"


def test_a_quoted_statement_is_no_slogan(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = 'El dirigente dijo: "la policía reprimió la marcha".'
    assert by_trigger(events(nlp_es, text), "reprimió").type == "COERCE"
