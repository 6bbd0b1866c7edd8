"""Spanish "repudiar" (vocab_es.toml rule repudiate) on sentences written for these tests: a
candidacy, a measure or people repudiated are rejected (REJECT, as the English "repudiate");
an act of violence repudiated is condemned (ACCUSE disapprove)."""

from __future__ import annotations

import pytest
from event_helpers import es_events, has

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "La central obrera llamó a repudiar la candidatura del presidente.",
        "Los ministros fueron repudiados por grupos de manifestantes.",
    ],
)
def test_what_is_repudiated_is_rejected(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    (ev,) = [e for e in es_events(nlp_es, text) if e.trigger.lower().startswith("repudi")]
    assert ev.type == "REJECT"


def test_a_repudiated_attack_is_condemned(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "El gobierno repudió el atentado contra la embajada.")
    (ev,) = [e for e in evs if e.trigger.lower().startswith("repudi")]
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove") and has(ev.actors, "gobierno")
