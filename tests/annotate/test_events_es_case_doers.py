"""The Spanish criminal-case reading (events_es_case_doers, read by events_es_alleged): the one
held, charged, tried or acquitted for a crime a case verb's "por"/"de"-phrase names is its
doer, marked alleged, and the crime is flagged hypothetical; a conviction tells it done; an
operation or a lawful act one is held for is no crime. Each shape here was read alike by the
case doers and the alleged pass before they were made one reading (thirty-seventh session).
Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "crime", "doer", "victim"),
    [
        # the passive subject of a case verb
        ("Dos hombres fueron detenidos por el asesinato de un periodista.", "asesinato",
         "hombres", "periodista"),
        ("Los guerrilleros fueron juzgados por el secuestro de diez turistas.", "secuestro",
         "guerrilleros", "turistas"),
        ("Los militares fueron imputados por la masacre de veinte campesinos.", "masacre",
         "militares", "campesinos"),
        # its object, the crime in its "por"- or "de"-phrase
        ("La policía detuvo a dos hombres por el secuestro de un empresario.", "secuestro",
         "hombres", "empresario"),
        ("El juez acusó a tres policías del asesinato de un estudiante.", "asesinato",
         "policías", "estudiante"),
        ("La fiscalía culpó a los paramilitares de la matanza de doce campesinos.", "matanza",
         "paramilitares", "campesinos"),
        ("El tribunal absolvió a los policías del asesinato de un joven.", "asesinato",
         "policías", "joven"),
        # the noun its participle is on
        ("El joven, acusado del asesinato de un policía, huyó a Perú.", "asesinato", "joven",
         "policía"),
        # past a noun of suspicion
        ("Los soldados fueron detenidos bajo sospecha del asesinato de un campesino.",
         "asesinato", "soldados", "campesino"),
    ],
)  # fmt: skip
def test_the_one_a_case_holds_for_a_crime_is_its_alleged_doer(
    nlp_es, text: str, crime: str, doer: str, victim: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), crime)
    assert has(ev.actors, doer) and has(ev.targets, victim), text
    assert all(p.alleged for p in ev.actors), text
    assert ev.hypothetical, text


@pytest.mark.parametrize(
    ("text", "act", "doer"),
    [
        ("Los guardias fueron acusados de golpear a los reclusos.", "golpear", "guardias"),
        ("La fiscalía acusó a los paramilitares de matar a doce campesinos.", "matar",
         "paramilitares"),
    ],
)  # fmt: skip
def test_an_act_a_case_names_in_an_infinitive_has_alleged_doers(
    nlp_es, text: str, act: str, doer: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), act)
    assert has(ev.actors, doer) and all(p.alleged for p in ev.actors), text
    assert ev.hypothetical, text


def test_the_accuser_and_the_arrester_are_no_alleged_doers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text, trigger, doer in (
        ("El juez acusó a tres policías del asesinato de un estudiante.", "acusó", "juez"),
        ("La policía detuvo a dos hombres por el secuestro de un empresario.", "detuvo",
         "policía"),
    ):  # fmt: skip
        ev = by_trigger(events(nlp_es, text), trigger)
        assert has(ev.actors, doer) and not any(p.alleged for p in ev.actors), text


def test_a_conviction_tells_the_crime_and_its_doer(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El exjefe policial fue condenado por el asesinato de tres campesinos."
    ev = by_trigger(events(nlp_es, text), "asesinato")
    assert has(ev.actors, "exjefe") and not any(p.alleged for p in ev.actors)
    assert not ev.hypothetical


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Los estudiantes fueron detenidos por la protesta frente al ministerio.", "protesta"),
        ("Los estudiantes fueron detenidos por protestar frente al ministerio.", "protestar"),
    ],
)
def test_a_lawful_act_one_is_held_for_is_told(nlp_es, text: str, act: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), act)
    assert not ev.hypothetical and not any(p.alleged for p in ev.actors), text


@pytest.mark.parametrize(
    ("text", "crime", "doer"),
    [
        # a case verb only the case doers listed: now its doer is marked alleged too
        ("El sargento fue encarcelado por el secuestro de una maestra.", "secuestro", "sargento"),
        ("Los tres hombres fueron apresados por el asesinato de un taxista.", "asesinato",
         "hombres"),
        # a word of accusing only the alleged pass listed: now the one it holds is the doer
        ("El alcalde responsabilizó a la guerrilla del asesinato de dos concejales.",
         "asesinato", "guerrilla"),
        ("La madre denunció a su vecino por el secuestro de su hija.", "secuestro", "vecino"),
    ],
)  # fmt: skip
def test_one_list_of_case_words_serves_both_readings(
    nlp_es, text: str, crime: str, doer: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), crime)
    assert has(ev.actors, doer) and all(p.alleged for p in ev.actors), text
    assert ev.hypothetical, text
