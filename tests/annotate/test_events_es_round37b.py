"""Spanish round of the thirty-seventh session, second wave (es37b): the es12 leftovers.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has, names
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "handed"),
    [
        ("Los manifestantes protestaron por la entrega por parte de Alemania del dirigente "
         "rebelde Juan Pérez.", "pérez"),
        ("Perú criticó la entrega del sospechoso por parte de Bolivia.", "sospechoso"),
    ],
)  # fmt: skip
def test_a_person_handed_over_by_a_state_is_extradition(nlp_es, text: str, handed: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "entrega")
    assert (ev.type, ev.mode, ev.cameo) == ("COOPERATE", "extradite", "063"), text
    assert has(ev.targets, handed), names(ev.targets)


def test_a_thing_handed_over_is_no_extradition(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La ONU celebró la entrega de alimentos por parte de Francia a los refugiados."
    assert not any(e.mode == "extradite" for e in events(nlp_es, text))


@pytest.mark.parametrize(
    "text",
    [
        "Los productores necesitan créditos para poder asumir sus compromisos con los bancos.",
        "La empresa no podrá cumplir sus compromisos financieros este año.",
        "El Gobierno anunció que cumplirá sus compromisos con los sindicatos.",
    ],
)
def test_one_s_own_commitments_met_are_no_agreement(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "AGREE" for e in events(nlp_es, text)), text


def test_a_commitment_taken_on_anew_stays_agree(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los dos gobiernos asumieron el compromiso de negociar la paz."
    assert by_trigger(events(nlp_es, text), "compromiso").type == "AGREE"


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        ("Los camioneros iniciaron un paro que incluye bloqueos de rutas en todo el país.",
         "bloqueos", "camioneros"),
        ("Los agricultores anunciaron una huelga que incluirá bloqueos de las principales "
         "carreteras y puertos.", "bloqueos", "agricultores"),
        ("Los mineros iniciaron una huelga de tres días, que incluye el bloqueo de carreteras, "
         "para exigir aumentos.", "bloqueo", "mineros"),
        ("Los jubilados anunciaron una jornada de protestas, que incluirá huelgas de hambre.",
         "huelgas", "jubilados"),
    ],
)  # fmt: skip
def test_blocks_a_strike_includes_are_its_protesters_acts(
    nlp_es, text: str, word: str, doer: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), word)
    assert ev.type == "PROTEST", text
    assert has(ev.actors, doer), names(ev.actors)
    assert not has(ev.actors, "huelga") and not has(ev.actors, "paro"), names(ev.actors)
    assert not has(ev.actors, "protestas"), names(ev.actors)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("El ministro suspendió la venta de petróleo -al concluir la reunión- para protestar "
         "contra las sanciones.", "suspendió"),
        ("Los mineros iniciaron una huelga -al concluir el turno- para protestar contra los "
         "despidos.", "huelga"),
    ],
)  # fmt: skip
def test_a_purpose_after_a_dashed_aside_is_the_act_s(nlp_es, text: str, act: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert not any(e.trigger.startswith("protestar") for e in evs), [e.trigger for e in evs]
    by_trigger(evs, act)


def test_the_purpose_of_no_act_after_a_dashed_aside_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Irán cerró su embajada -al terminar la semana- para protestar por la detención."
    assert by_trigger(events(nlp_es, text), "protestar").type == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "Miles de personas marcharon el sábado en Madrid, en lo que los organizadores "
        "calificaron como la manifestación más numerosa de la década.",
        "Miles de estudiantes protestaron en la capital, donde los organizadores hablaban de "
        'la marcha estudiantil "más grande" desde 1990.',
    ],
)
def test_the_organisers_word_for_the_protest_told_is_no_second_one(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert [e.type for e in evs] == ["PROTEST"], [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Miles de obreros marcharon el lunes; los organizadores de la protesta convocaron "
         "la marcha nacional del próximo mes.", "marcha"),
        ("Miles de obreros marcharon el lunes; los organizadores dijeron que la marcha del "
         "viernes será mayor.", "marcha"),
    ],
)  # fmt: skip
def test_a_protest_the_organisers_call_or_date_stays(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), word).type == "PROTEST"


def test_a_protest_kept_up_inside_a_threat_to_harden_it_is_told(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los campesinos amenazaron con endurecer las protestas que mantienen desde hace días."
    evs = events(nlp_es, text)
    protest = by_trigger(evs, "protestas")
    assert not protest.future and not protest.hypothetical
    threat = by_trigger(evs, "amenazaron")
    assert ("announces", "PROTEST/demo") in threat.attributes and threat.cameo == "133"


def test_a_protest_a_threat_announces_stays_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los campesinos amenazaron con iniciar protestas en todo el país."
    assert by_trigger(events(nlp_es, text), "protestas").future
