"""Doers and parties the Spanish parse hides (annotate.events_es_hidden): an order named as
the doer of an act stands for the one who gave it."""

from __future__ import annotations

import pytest
from event_helpers import es_events as events
from event_helpers import has, one

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "orderer"),
    [
        ("El dirigente fue detenido por orden del juez.", "juez"),
        ("Los activistas fueron detenidos por órdenes de la Fiscalía.", "fiscalía"),
    ],
)
def test_order_as_doer_is_who_gave_it(nlp_es, text: str, orderer: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.actors, orderer)
    assert not has(ev.actors, "orden")


def test_order_naming_no_one_names_no_doer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp_es, "El periodista fue arrestado por orden judicial."), "arrest")
    assert not ev.actors


def test_doer_named_outranks_the_order(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El dirigente fue detenido por la policía por orden del juez."
    ev = one(events(nlp_es, text), "arrest")
    assert has(ev.actors, "policía") and not has(ev.actors, "juez")
