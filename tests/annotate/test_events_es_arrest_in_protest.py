"""An arrest with no arrester named, told inside a protest, ranks after the protest
(events_es_arrest_in_protest). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import es_events as events

from chronicler.model import EventMention

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def _main(evs: tuple[EventMention, ...]) -> EventMention:
    return next(e for e in evs if e.main)


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        (
            "Diez activistas fueron detenidos el lunes frente a la embajada cuando protestaban "
            "contra la guerra.",
            "protestaban",
        ),
        (
            "Unos cuarenta estudiantes fueron arrestados durante una marcha contra la reforma.",
            "marcha",
        ),
        ("Detuvieron a veinte campesinos que protestaban contra el desalojo.", "protestaban"),
        ("Treinta obreros fueron detenidos durante una huelga en la fábrica.", "huelga"),
        (
            "Diez personas fueron detenidas en una manifestación frente al Congreso.",
            "manifestación",
        ),
    ],
)
def test_an_unattributed_arrest_inside_a_protest_ranks_after_it(
    nlp_es,  # type: ignore[no-untyped-def]
    text: str,
    protest: str,
) -> None:
    evs = events(nlp_es, text)
    main = _main(evs)
    assert (main.type, main.trigger) == ("PROTEST", protest), text
    assert any(e.type == "COERCE" and not e.main for e in evs), text  # the arrest still coded


@pytest.mark.parametrize(
    "text",
    [
        "Diez activistas fueron detenidos por la policía cuando protestaban contra la guerra.",
        "La policía detuvo a diez activistas cuando protestaban contra la guerra.",
        "Diez personas fueron detenidas en la plaza.",
        "Los guerrilleros fueron detenidos cuando atacaban un cuartel.",
    ],
)
def test_an_arrest_with_its_arrester_or_no_protest_still_leads(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _main(events(nlp_es, text)).type == "COERCE", text
