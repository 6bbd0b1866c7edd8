"""Spanish act nouns that only name a kind of act (annotate.events_es_kinds), and the acts a
protest is told with: a backing, a protest or a purpose that is that protest's own, no second
event (events_es_protest, round 30)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Las agencias de ayuda humanitaria denunciaron el bloqueo del puerto.", "ayuda"),
        ("Los trabajadores de ayuda humanitaria abandonaron la región.", "ayuda"),
        ("Los reclusos se quejan de sus condiciones de detención en el penal.", "detención"),
    ],
)
def test_an_act_naming_a_kind_of_body_or_state_is_no_event(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.trigger == word]


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Los campesinos agradecieron la ayuda de la agencia.", "ayuda", "AID"),
        ("Los reclusos denunciaron las condiciones de su detención.", "detención", "COERCE"),
    ],
)
def test_an_act_with_its_own_article_or_party_stays(
    nlp_es, text: str, word: str, kind: str
) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), word).type == kind


def test_an_example_of_a_kind_of_crime_is_no_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El Congreso debatió la tipificación de delitos como la tortura y el secuestro."
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.type == "ASSAULT"]
    # a kidnapping told stays
    kept = events(nlp_es, "La policía investiga el secuestro de un empresario.")
    assert by_trigger(kept, "secuestro").type == "ASSAULT"


def test_a_list_of_demands_naming_them_is_one_request(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los mineros presentaron un pliego de peticiones de doce puntos.")
    assert [e.trigger for e in evs if e.type == "REQUEST"] == ["peticiones"]
    alone = events(nlp_es, "Los maestros entregaron un pliego al ministro de Educación.")
    assert by_trigger(alone, "pliego").type == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "Cientos de estudiantes marcharon en apoyo a la huelga de los médicos.",
        "Los vecinos realizaron una marcha en solidaridad con los presos.",
    ],
)
def test_a_march_held_in_support_is_the_protest_with_no_support_of_its_own(
    nlp_es, text: str
) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert [e for e in evs if e.type == "PROTEST" and e.trigger.startswith("march")]
    assert not [e for e in evs if e.type == "SUPPORT"]


def test_support_expressed_is_no_march(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El ministro manifestó su apoyo a los maestros.")
    assert by_trigger(evs, "apoyo").type == "SUPPORT"
    assert not [e for e in evs if e.type == "PROTEST"]


def test_a_backing_told_of_a_protest_day_is_that_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La policía detuvo a diez personas durante una jornada de protesta contra la reforma, "
        "en apoyo a la huelga de los maestros."
    )
    assert not [e for e in events(nlp_es, text) if e.type == "SUPPORT"]


def test_a_protest_told_as_the_manner_of_calling_a_protest_day_is_that_day(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los sindicatos convocaron a una jornada de protesta en protesta por la reforma."
    protests = [e for e in events(nlp_es, text) if e.type == "PROTEST"]
    assert len(protests) == 1 and has(protests[0].actors, "sindicatos")


def test_the_protest_purpose_of_a_mutiny_is_that_mutiny(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """One act: the prisoners' mutiny, a riot (PROTEST riot since events-vocab-es 1.178.1;
    was ASSAULT uprising), whose purpose of protesting is no second protest."""
    text = "Los reos iniciaron un motín para protestar contra el hacinamiento."
    evs = events(nlp_es, text)
    assert (by_trigger(evs, "motín").type, by_trigger(evs, "motín").mode) == ("PROTEST", "riot")
    assert len([e for e in evs if e.type == "PROTEST"]) == 1


def test_travelling_in_a_vehicle_a_relative_clause_names_is_no_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "en el que se movilizaba" on the victim, not the vehicle
    text = "Los paramilitares hicieron descender a la víctima del vehículo en el que se movilizaba."
    assert not [e for e in events(nlp_es, text) if e.type == "PROTEST"]
    kept = events(nlp_es, "Los camioneros se movilizaron contra el gobierno.")
    assert by_trigger(kept, "movilizaron").type == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "Los vecinos denunciaron el asesinato de dos jóvenes por delitos menores.",
        "Los sindicatos convocaron una huelga por la presunta venta de la empresa.",
    ],
)
def test_an_offence_in_the_por_phrase_of_an_act_noun_is_no_doer(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    word = "asesinato" if "asesinato" in text else "huelga"
    ev = by_trigger(events(nlp_es, text), word)
    assert not has(ev.actors, "delitos") and not has(ev.actors, "venta")


def test_a_people_word_in_the_por_phrase_of_an_act_noun_still_does_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp_es, "Condenaron el secuestro del alcalde por paramilitares."), "secuestro"
    )
    assert has(ev.actors, "paramilitares")
