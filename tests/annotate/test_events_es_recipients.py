"""Recipients a Spanish act leaves unnamed (annotate.events_es_recipients): what a protest
is about, told in its manner."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_protest_manner_hung_on_a_time_clause_is_the_main_acts(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El ministro renunció seis meses después de haber sido nombrado, como protesta por las "
        "declaraciones del presidente."
    )
    ev = by_trigger(events(nlp_es, text), "protesta")
    assert has(ev.actors, "ministro") and has(ev.targets, "declaraciones")
