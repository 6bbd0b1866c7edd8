"""Leaving one's country in Spanish (annotate/events_es_departures.py, the `departure` rule of
vocab_es.toml, and the shared jeopardy pass of events_departures) on sentences written for
these tests: an exile for a person the article puts in legal jeopardy, a trip, no event, for
anyone else, as in English (test_events_departures.py)."""

from __future__ import annotations

import pytest
from event_helpers import es_events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


def _exiled(nlp_es, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.text for e in es_events(nlp_es, text) if e.mode == "exile" for t in e.targets]


@pytest.mark.parametrize(
    "text",
    [
        "Un juez ordenó la detención del opositor Juan Pérez. Pérez salió del país el domingo.",
        "La Fiscalía acusó a Ana Ruiz de traición. Ruiz abandonó Venezuela el sábado.",
        "España concedió asilo a la periodista Marta Gil. Gil partió rumbo a España el domingo.",
        "La policía detuvo al dirigente Luis Mora en marzo. Mora salió de Venezuela en abril.",
        # a dropped subject: the one charged, who had to leave
        "La Fiscalía acusó a Ana Ruiz de traición. Se vio obligada a salir del país.",
        # a noun: "su salida del país"
        "Un juez ordenó la detención de Juan Pérez. El Gobierno le otorgó un salvoconducto "
        "para su salida del país.",
    ],
)
def test_leaving_the_country_in_legal_jeopardy_is_exile(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    exiled = _exiled(nlp_es, text)
    assert len(exiled) == 1 and exiled[0].split()[-1] in text.split(". ")[0], exiled


@pytest.mark.parametrize(
    "text",
    [
        "El ministro Carlos Soto salió del país para asistir a una cumbre.",
        "La cantante Lena Berg partió rumbo a España tras el concierto.",
        # jeopardy, but someone else's
        "La policía detuvo al chofer Iván Marín. El ministro Carlos Soto abandonó el país.",
        # a city is no country, left or gone to
        "Un juez ordenó la detención de Juan Pérez. Pérez salió de Caracas el domingo.",
        "Un juez ordenó la detención de Juan Pérez. Pérez partió hacia Madrid el domingo.",
    ],
)
def test_leaving_the_country_otherwise_is_no_event(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _exiled(nlp_es, text)


def test_a_departures_country_is_no_party(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "su salida del país": the country is where from, neither actor nor target."""
    text = (
        "Un juez ordenó la detención de Juan Pérez. El Gobierno le otorgó un salvoconducto "
        "para su salida de Venezuela."
    )
    (exile,) = [e for e in es_events(nlp_es, text) if e.mode == "exile"]
    assert [t.text for t in exile.targets] == ["Juan Pérez"] and not exile.actors


def test_going_into_exile_is_still_the_exile_rule(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "partió al exilio" is exile whoever goes (no jeopardy needed): the departure rule
    comes after it."""
    (exile,) = [e for e in es_events(nlp_es, "El escritor partió al exilio.") if e.mode == "exile"]
    assert ("rule", "exile") in exile.attributes
