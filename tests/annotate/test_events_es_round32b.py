"""Spanish leftovers of round 32 (es32b): charges brought with "levantar", the lifting of a
measure, a breakdown of talks told as a circumstance, and a strike or march called with
nothing telling it held. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    "text",
    [
        "La fiscalía levantó contra él acusaciones de corrupción.",
        "Los vecinos levantaron acusaciones en su contra.",
        "La oposición levantó la voz contra el fraude electoral.",
        "El ministro rechazó las acusaciones que levantaron contra él los sindicatos.",
        "Suspendió el viaje por las acusaciones que pretendía levantar en su contra la oposición.",
    ],
)
def test_charges_brought_or_a_voice_raised_are_no_uprising(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.mode == "uprising"]


def test_charges_brought_with_levantar_are_a_charge(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los fiscales levantaron cargos contra el general retirado.")
    charge = by_trigger(evs, "levantaron cargos")
    assert (charge.type, charge.mode) == ("ACCUSE", "charge")
    assert has(charge.actors, "fiscales") and has(charge.targets, "general")


@pytest.mark.parametrize(
    "text",
    [
        "La Unión Europea aprobó el levantamiento de las sanciones contra Cuba.",
        "El gobierno anunció el levantamiento del estado de sitio.",
        "Los campesinos anunciaron el levantamiento del bloqueo.",
    ],
)
def test_the_lifting_of_a_measure_is_no_uprising(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.mode == "uprising"]


@pytest.mark.parametrize(
    "text",
    [
        "El levantamiento de los campesinos dejó diez muertos.",
        "Los rebeldes se levantaron en armas contra el gobierno.",
    ],
)
def test_an_uprising_stays(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp_es, text) if e.mode == "uprising"]


@pytest.mark.parametrize(
    "text",
    [
        "Los campesinos bloquearon las rutas tras la ruptura del diálogo con el gobierno.",
        "Los maestros anunciaron una huelga por el colapso de las negociaciones salariales.",
    ],
)
def test_talks_that_broke_down_are_no_sanction(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.type == "SANCTION"]
    talks = [e for e in evs if e.type == "CONSULT"]
    assert talks and not talks[0].future and not talks[0].hypothetical


def test_talks_broken_off_by_a_party_stay_a_sanction(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El gobierno anunció la ruptura del diálogo con los rebeldes.")
    broken = by_trigger(evs, "ruptura")
    assert broken.type == "SANCTION" and has(broken.actors, "gobierno")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Los sindicatos convocaron a una huelga general.", "huelga"),
        ("La central obrera convocó a una marcha contra la reforma.", "marcha"),
    ],
)
def test_a_strike_or_march_called_is_ahead(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), trigger).future


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Los maestros convocaron a un paro y cumplieron la medida con amplia adhesión.", "paro"),
        ("Los maestros convocaron a una huelga que paralizó las escuelas.", "huelga"),
        ("La huelga convocada por la central paralizó el país.", "huelga"),
        ("Los estudiantes convocaron a una marcha que terminó con veinte detenidos.", "marcha"),
    ],
)
def test_a_strike_or_march_told_held_is_not_ahead(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    called = by_trigger(events(nlp_es, text), trigger)
    assert not called.future and not called.hypothetical


def test_an_act_asked_of_the_addressee_is_hypothetical(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La red difundió un mensaje pidiéndoles a los clientes que boicoteen los productos."
    assert by_trigger(events(nlp_es, text), "boicoteen").hypothetical
    told = events(nlp_es, "La madre exigió castigo para los policías que golpearon a su hijo.")
    assert not by_trigger(told, "golpearon").hypothetical
