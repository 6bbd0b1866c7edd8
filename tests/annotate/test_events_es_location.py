"""Where a Spanish event happened (events_es.location) on sentences written for these tests:
from the event's own clause, not from one that tells what came before or after it."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, one

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "El opositor fue detenido el lunes después de una protesta en Caracas.",
        "El opositor fue detenido el lunes, después de que un tribunal de Caracas ordenara su "
        "captura.",
        "El opositor fue detenido tras pasar sus últimos días en una embajada en Caracas.",
    ],
)
def test_a_place_in_a_background_clause_is_not_the_events(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert one(es_events(nlp_es, text), "arrest").location is None


@pytest.mark.parametrize(
    "text",
    [
        "La policía detuvo al opositor el lunes en Caracas.",
        "La policía detuvo al opositor cuando protestaba en Caracas.",
    ],
)
def test_a_place_in_the_events_own_clause_is_kept(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert one(es_events(nlp_es, text), "arrest").location == "Caracas"


def test_the_place_of_the_act_a_death_happened_in_comes_before_its_region(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "murieron ... en las represiones de Sacaba, en Cochabamba": where the repression the
    dead died in was, not the wider region named after it."""
    text = (
        "Murieron al menos 22 personas en las represiones de Sacaba, en Cochabamba, el 15 de "
        "noviembre de 2019."
    )
    (ev,) = [e for e in es_events(nlp_es, text) if e.trigger == "Murieron"]
    assert ev.location == "Sacaba"


def test_a_donde_clause_holds_its_subject_at_the_place_it_tells_of(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """ "desde la cárcel de mujeres de Miraflores, en La Paz, donde permanece recluida": she
    is held at the prison the clause is about, a place held as well as where (as the English
    "where she has been held")."""
    text = (
        "Ana Ruiz siguió la audiencia por video desde la cárcel de mujeres de Miraflores, en La "
        "Paz, donde permanece recluida desde su detención."
    )
    ev = by_trigger(es_events(nlp_es, text), "permanece")
    assert ("held_at", "cárcel de mujeres de Miraflores") in ev.attributes, ev.attributes


def test_a_place_phrase_ends_at_a_relative_or_participial_comma(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La esposa y sus hijos abandonaron la embajada chilena, donde se habían refugiado, "
        "escoltados por diplomáticos de ese país, y viajaron a Santiago."
    )
    ev = by_trigger(es_events(nlp_es, text), "refugiado")
    assert ev.location == "embajada chilena"
    assert ("held_at", "embajada chilena") in ev.attributes


def test_the_place_a_donde_clause_modifies_is_no_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ortiz siguió la audiencia desde la cárcel de hombres en el barrio de San Pedro de "
        "La Paz, donde está recluido desde su arresto."
    )
    held = by_trigger(es_events(nlp_es, text), "está recluido")
    assert not any("Paz" in t.text or "San Pedro" in t.text for t in held.targets)


@pytest.mark.parametrize(
    "text",
    [
        "Los rebeldes se refugiaron en las montañas tras el ataque.",
        "Los dirigentes se refugiaron en la selva cerca de la frontera.",
        "Los guerrilleros se refugiaron en el monte.",
        "Los guerrilleros se refugiaron en la zona de frontera.",
    ],
)
def test_a_natural_place_a_refuge_is_taken_in_is_no_target(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    """La montaña o la selva donde alguien se esconde es dónde, no a quién se pide refugio
    (una embajada, un Estado), as in English."""
    ev = one(es_events(nlp_es, text), "asylum")
    assert not ev.targets, ev.targets
    ev = one(es_events(nlp_es, "López se refugió en la embajada de España."), "asylum")
    assert ev.targets


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Miles de personas se manifestaron por las calles de Caracas contra el alcalde.",
         "calles de caracas"),
        ("Los campesinos marcharon por la carretera hasta la capital.", "carretera"),
    ],
)  # fmt: skip
def test_the_way_a_march_goes_is_where(nlp_es, text: str, where: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in es_events(nlp_es, text) if e.type == "PROTEST")
    assert (ev.location or "").lower() == where
