"""Spanish events of the es14 sample and the Spanish leftovers (es39, thirty-ninth session).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

from chronicler.annotate.events_es_vocab import subjunctive_infinitives

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("lemma", "form", "infinitive"),
    [
        ("ataquir", "ataquen", "atacar"),
        ("liberir", "libere", "liberar"),
        ("lancir", "lancen", "lanzar"),
        ("expulsen", "expulsen", "expulsar"),
        ("atacarar", "atacaran", "atacar"),
    ],
)  # fmt: skip
def test_a_misread_subjunctive_gives_its_infinitive(lemma: str, form: str, infinitive: str) -> None:
    assert subjunctive_infinitives(lemma, form) == (infinitive,)


@pytest.mark.parametrize(("lemma", "form"), [("atacar", "atacan"), ("detener", "detienen")])
def test_a_well_read_verb_gives_no_other_infinitive(lemma: str, form: str) -> None:
    assert subjunctive_infinitives(lemma, form) == ()


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("El gobierno pidió que los rebeldes no ataquen la ciudad.", "ataquen", "ASSAULT"),
        ("Los vecinos temían que los militares atacaran el pueblo.", "atacaran", "ASSAULT"),
        ("La ONU exigió que el ejército libere a los presos políticos.", "libere", "RETREAT"),
        ("Pidió que no asesinen a los dirigentes campesinos.", "asesinen", "ASSAULT"),
    ],
)  # fmt: skip
def test_an_act_in_the_subjunctive_keeps_its_event(nlp_es, text: str, word: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), word)
    assert event.type == kind and event.hypothetical, text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("El juez rechazó la decisión del presidente de expulsar al embajador.", "expulsar"),
        ("La oposición rechazó la decisión del gobierno de expulsar a los diplomáticos.",
         "expulsar"),
    ],
)  # fmt: skip
def test_a_decision_another_rejects_still_decides(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), word)
    assert event.future and not event.negated, text


def test_a_court_ruling_another_rejects_is_not_undone(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El gobierno rechazó la decisión del tribunal de liberar a los presos."
    assert not by_trigger(events(nlp_es, text), "liberar").negated


def test_one_s_own_decision_rejected_stays_denied(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El presidente rechazó su decisión de expulsar al embajador."
    assert by_trigger(events(nlp_es, text), "expulsar").negated


@pytest.mark.parametrize(
    ("text", "handed"),
    [
        ("El vecino detuvo al ladrón y lo entregó a la policía.", "ladrón"),
        ("Un comerciante atrapó al ladrón y lo entregó a la policía.", "ladrón"),
        ("Los vecinos atraparon a los asaltantes y los entregaron a la policía.", "asaltantes"),
    ],
)  # fmt: skip
def test_a_clitic_handed_over_is_the_earlier_object(nlp_es, text: str, handed: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), "entreg")
    assert event.type == "COOPERATE" and has(event.targets, handed), text
    assert not has(event.targets, "policía"), text


@pytest.mark.parametrize(
    ("text", "sent", "state"),
    [
        ("Francia extraditó a dos sospechosos a España.", "sospechosos", "españa"),
        ("Colombia extraditó ayer a Estados Unidos a tres narcotraficantes.", "narcotraficantes",
         "estados unidos"),
    ],
)  # fmt: skip
def test_an_extradition_s_state_is_no_target(nlp_es, text: str, sent: str, state: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), "extradit")
    assert has(event.targets, sent) and not has(event.targets, state), text


def test_a_state_extradited_to_alone_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Colombia extraditó a Estados Unidos."
    assert has(by_trigger(events(nlp_es, text), "extradit").targets, "estados unidos")


@pytest.mark.parametrize(
    ("text", "act", "doer", "not_doer"),
    [
        ("El juez procesó al policía por golpear a un preso.", "golpear", "policía", "juez"),
        ("El tribunal condenó al soldado por matar a un campesino.", "matar", "soldado",
         "tribunal"),
        ("La policía detuvo a dos jóvenes por agredir a un agente.", "agredir", "jóvenes",
         "policía"),
    ],
)  # fmt: skip
def test_a_reason_after_por_is_the_object_s_act(
    nlp_es, text: str, act: str, doer: str, not_doer: str
) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), act)
    assert has(event.actors, doer) and not has(event.actors, not_doer), text


def test_a_passive_s_reason_is_the_subject_s_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El ministro fue procesado por golpear a un preso."
    assert has(by_trigger(events(nlp_es, text), "golpear").actors, "ministro")


@pytest.mark.parametrize(
    "text",
    [
        "Los comuneros anunciaron la liberación de la Madre Tierra en tres haciendas del Cauca.",
        "Los indígenas participaban en una acción de liberación de la Madre Tierra en la finca.",
    ],
)
def test_a_cause_s_named_land_is_no_one_freed(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "RETREAT" for e in events(nlp_es, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "El ejército anunció la liberación de los rehenes en Tierra Caliente.",
        "La guerrilla anunció la liberación de Ingrid Betancourt.",
    ],
)
def test_a_person_freed_stays_a_release(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), "liberación").type == "RETREAT", text


@pytest.mark.parametrize(
    ("text", "word", "party"),
    [
        ("El coronel, buscado por el asesinato del periodista, fue detenido ayer.", "detenido",
         "coronel"),
        ("El general, acusado de la masacre de los campesinos, fue arrestado en Lima.",
         "arrestado", "general"),
    ],
)  # fmt: skip
def test_an_event_aside_is_cut_from_the_party(nlp_es, text: str, word: str, party: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), word)
    assert [t.text for t in event.targets] == [party], text


def test_a_rejection_hung_on_the_verb_backing_a_strike_is_the_strike_s(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El sindicato apoyó una huelga de 24 horas realizada el pasado 23 de mayo, "
        "en rechazo a la reforma laboral."
    )
    found = events(nlp_es, text)
    assert not any(e.type == "REJECT" for e in found)
    assert by_trigger(found, "huelga").type == "PROTEST"


def test_a_rejection_beside_a_backing_of_no_protest_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El senador apoyó la ley de presupuesto, en rechazo a la propuesta de la oposición."
    assert any(e.type == "REJECT" for e in events(nlp_es, text))


def test_an_ambassador_leaving_a_place_is_no_recall(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Ante la situación, el embajador se retiró y su auto fue agredido con huevos."
    assert not any(e.type == "SANCTION" for e in events(nlp_es, text))


def test_a_state_recalling_its_ambassador_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El gobierno retiró a su embajador en Caracas."
    assert by_trigger(events(nlp_es, text), "retiró").type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Los partidos acordaron aprobar una ley laboral, pese a las protestas de miles de "
         "trabajadores.", "protestas"),
        ("El gobierno pidió a los sindicatos levantar el paro a pesar de la huelga de los "
         "médicos.", "huelga"),
        ("El presidente instó a sus compatriotas a no ceder al pánico después de una serie de "
         "atentados contra iglesias.", "atentados"),
    ],
)  # fmt: skip
def test_an_act_in_a_concession_or_time_phrase_is_told(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), word)
    assert not (event.future or event.hypothetical or event.negated), text


@pytest.mark.parametrize(
    "text",
    [
        "La confederación expresó su respaldo a la lucha del dirigente por las reivindicaciones "
        "de los indígenas.",
        "Los comuneros siguen en su batalla por las reivindicaciones históricas del pueblo.",
    ],
)
def test_a_cause_fought_for_is_no_request(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "REQUEST" for e in events(nlp_es, text)), text


def test_claims_presented_stay_a_request(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los mineros presentaron sus reivindicaciones al gobierno."
    assert by_trigger(events(nlp_es, text), "reivindicaciones").type == "REQUEST"


def test_a_trial_told_beside_a_threatener_s_leader_is_told(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El presidente afirmó que recibe amenazas de partidarios del general Lino Oviedo, "
        "preso y enjuiciado por un intento de golpe de Estado en abril último."
    )
    found = events(nlp_es, text)
    assert not by_trigger(found, "enjuiciado").hypothetical
    assert by_trigger(found, "golpe").hypothetical  # an attempted coup


def test_a_general_protest_noun_before_one_s_own_fast_names_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El ayunante, que comenzó la protesta hace dos semanas, puso fin a su ayuno."
    found = events(nlp_es, text)
    assert [e.mode for e in found if e.type == "PROTEST"] == ["hunger"]


def test_a_protest_before_another_kind_not_its_own_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los maestros realizaron la protesta frente al ministerio y luego iniciaron una huelga."
    found = events(nlp_es, text)
    assert {e.mode for e in found if e.type == "PROTEST"} == {"demo", "strike"}
