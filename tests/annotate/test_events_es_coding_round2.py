"""Spanish coding faults found in the fixture corpus, on sentences written for these tests:
the condemnation of an act, communications cut, a refuge's seeker, and a protest inside a
charge."""

from __future__ import annotations

import pytest
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline


def _codings(evs):  # type: ignore[no-untyped-def]
    return {(e.type, e.mode) for e in evs}


def test_an_act_condemned_is_disapproval_not_a_sentencing(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "El asalto a la embajada fue condenado por varios gobiernos.",
        "Varios gobiernos condenaron el asalto a la embajada.",
        "La detención del periodista fue condenada por la ONU.",
        "Varios gobiernos expresaron su condena al asalto.",
    ):
        codings = _codings(events(nlp_es, text))
        assert ("ACCUSE", "disapprove") in codings, text
        assert ("SANCTION", "convict") not in codings, text


def test_a_person_condemned_is_still_sentenced(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "El periodista fue condenado a ocho años de prisión.",
        "El tribunal condenó a Glas a ocho años de prisión.",
        "La condena de Glas fue confirmada.",
    ):
        assert ("SANCTION", "convict") in _codings(events(nlp_es, text)), text


def test_authorities_cutting_communications_censor(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Las autoridades cortaron el internet móvil durante varios días."
    (cut,) = [e for e in events(nlp_es, text) if e.mode == "censor"]
    assert (cut.type, cut.cameo) == ("COERCE", "1721")
    assert [a.text for a in cut.actors] == ["autoridades"]
    evs = events(nlp_es, "El Gobierno ordenó el corte del servicio de internet.")
    assert ("COERCE", "censor") in _codings(evs)
    assert not events(nlp_es, "La tormenta cortó la telefonía en la isla.")
    evs = events(nlp_es, "Los manifestantes cortaron la carretera.")
    assert _codings(evs) == {("PROTEST", "obstruct")}


def test_a_refuge_has_its_seeker_as_actor(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Glas se refugió en la embajada mexicana en diciembre."
    (refuge,) = [e for e in events(nlp_es, text) if e.mode == "asylum"]
    assert [a.text for a in refuge.actors] == ["Glas"]
    # (the mission he asks shelter of is the target, as in English: vocab-es 1.66.0)
    assert [t.text for t in refuge.targets] == ["embajada mexicana"]
    text = "Leopoldo López pasó casi 18 meses refugiado en la residencia del embajador."
    (refuge,) = [e for e in events(nlp_es, text) if e.mode == "asylum"]
    assert [a.text for a in refuge.actors] == ["Leopoldo López"]
    assert "Leopoldo López" not in [t.text for t in refuge.targets]
    # a dropped subject in a clause about a place is the subject of the clause above
    text = "Lilia Paredes y sus hijos abandonaron la embajada, donde se habían refugiado."
    (refuge,) = [e for e in events(nlp_es, text) if e.mode == "asylum"]
    assert [a.text for a in refuge.actors] == ["Lilia Paredes", "hijos"]


def test_a_protest_inside_a_charge_is_alleged_and_not_the_accusers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "López se entregó después de que el Gobierno lo acusara de instigar la violencia en "
        "las protestas antigubernamentales de ese año."
    )
    evs = events(nlp_es, text)
    (protest,) = [e for e in evs if e.type == "PROTEST"]
    assert protest.hypothetical
    assert "Gobierno" not in [a.text for a in protest.actors]
    (accusation,) = [e for e in evs if e.type == "ACCUSE"]
    assert [a.text for a in accusation.actors] == ["Gobierno"]
    # a bare protest noun still tells how: the ones who act protest (with no event verb,
    # the protest is theirs; with one, that act is the event, as the English)
    evs = events(nlp_es, "Los camioneros cerraron la vía en protesta.")
    (manner,) = [e for e in evs if e.mode == "demo"]
    assert [a.text for a in manner.actors] == ["camioneros"]
