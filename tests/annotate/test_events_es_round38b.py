"""Spanish leftovers of the es13 sample (es38b, thirty-eighth session, second wave).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("El gobierno intentó evitar que la protesta de los mineros terminara en violencia.",
         "violencia"),
        ("La policía quiere impedir que los manifestantes bloqueen la autopista.", "bloqueen"),
        ("Los mediadores buscan evitar que la protesta termine en enfrentamientos.",
         "enfrentamientos"),
    ],
)  # fmt: skip
def test_what_one_acts_to_prevent_is_hypothetical(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), word)
    assert event.hypothetical and not event.negated and not event.future, text


def test_what_one_could_not_prevent_happened(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El alcalde no pudo impedir que la marcha acabara con violencia."
    event = by_trigger(events(nlp_es, text), "violencia")
    assert not (event.hypothetical or event.negated or event.future)


def test_a_planned_act_stopped_stays_negated(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La policía impidió la marcha de los estudiantes."
    assert by_trigger(events(nlp_es, text), "marcha").negated


@pytest.mark.parametrize(
    ("text", "handed"),
    [
        ("El padre entregó a su hijo a la policía después del robo.", "hijo"),
        ("Los vecinos capturaron a Juan Pérez y lo entregaron a la policía.", "juan pérez"),
        ("El gobierno entregó al sospechoso a las autoridades estadounidenses.", "sospechoso"),
    ],
)
def test_a_handover_s_receiver_is_no_target(nlp_es, text: str, handed: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), "entreg")
    assert event.type == "COOPERATE" and has(event.targets, handed), text
    assert not any(has(event.targets, w) for w in ("policía", "autoridades")), text


def test_a_coordinated_handover_by_no_police_is_no_custody_step(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Bolivia capturó al narcotraficante Carlos Rojas y lo entregó a la justicia peruana."
    event = by_trigger(events(nlp_es, text), "entregó")
    assert event.type == "COOPERATE" and has(event.actors, "bolivia")


def test_a_police_handover_to_the_courts_stays_a_custody_step(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La policía detuvo al sospechoso y lo entregó a la justicia."
    assert not any(e.trigger.lower().startswith("entreg") for e in events(nlp_es, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La decisión del gobierno de liberar a los presos fue criticada.", "liberar"),
        ("El gobierno anunció su decisión de retirar las tropas del país.", "retirar"),
        ("Los obreros protestaron contra la decisión del gobierno, anunciada por el ministro el "
         "lunes, de liberar al ex dictador.", "liberar"),
    ],
)  # fmt: skip
def test_a_decided_act_is_ahead(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), word)
    assert event.future and not event.negated, text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La decisión del juez de condenar al acusado fue recibida con aplausos.", "condenar"),
        ("El abogado apeló la decisión del tribunal de rechazar la demanda.", "rechazar"),
        ("La decisión judicial de liberar al ex dictador provocó protestas.", "liberar"),
    ],
)
def test_a_court_s_decision_is_its_ruling(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp_es, text), word)
    assert not (event.future or event.hypothetical or event.negated), text


def test_a_freedom_of_decision_frees_no_one(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La cumbre dio a los países libertad de decisión sobre sus relaciones."
    assert not any(e.mode == "release" for e in events(nlp_es, text))


def test_a_decided_act_is_the_decider_s(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los familiares criticaron la decisión británica de liberar al ex dictador."
    event = by_trigger(events(nlp_es, text), "liberar")
    assert has(event.actors, "bretaña") and not has(event.actors, "familiares")


@pytest.mark.parametrize(
    "text",
    [
        "El equipo visitante recurrió a la violencia y cambió el fútbol por una actitud agresiva.",
        "El defensa golpeó al delantero con el codo y recibió una tarjeta roja.",
        "El árbitro expulsó a dos jugadores por juego violento en el partido del domingo.",
    ],
)
def test_rough_play_in_a_game_is_no_attack(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type in ("ASSAULT", "COERCE") for e in events(nlp_es, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Los hinchas atacaron a los jugadores del equipo rival después del partido.",
        "Los jugadores del equipo local agredieron al árbitro al final del partido.",
        "La policía golpeó a los hinchas en las afueras del estadio.",
    ],
)
def test_an_attack_at_a_game_stays_an_attack(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.type == "ASSAULT" for e in events(nlp_es, text)), text
