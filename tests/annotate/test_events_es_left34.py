"""Spanish leftovers, second round (left34es): lootings are rioting; an act named as the time
of a modal clause is told as happened; a called uprising is not its caller's; a protest named
again in the next sentence; a threat's content in a relative clause; the arrests of a raid
told in its relative clause; a called march told with a past outcome; a cover story after the
person passed off."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Grupos de encapuchados saquearon varias tiendas en el centro de la ciudad.",
         "saquearon"),
        ("La policía dispersó a la multitud tras los saqueos registrados el domingo.", "saqueos"),
    ],
)  # fmt: skip
def test_a_looting_is_rioting(nlp_es, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    looting = by_trigger(events(nlp_es, text), trigger)
    assert (looting.type, looting.mode) == ("PROTEST", "riot")
    assert not (looting.hypothetical or looting.future)


def test_the_looted_and_the_looters(nlp_es) -> None:  # type: ignore[no-untyped-def]
    shops = by_trigger(events(nlp_es, "Los vecinos saquearon un almacén de alimentos."), "saque")
    assert has(shops.targets, "almacén")
    crowd = by_trigger(events(nlp_es, "El saqueo de los manifestantes duró horas."), "saqueo")
    assert has(crowd.actors, "manifestantes")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("El gobierno podría suspender las clases tras los disturbios de los estudiantes.",
         "disturbios"),
        ("El ministro debería dimitir tras la masacre de los campesinos.", "masacre"),
    ],
)  # fmt: skip
def test_an_act_named_as_the_time_of_a_modal_is_told_as_happened(
    nlp_es, text: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert not by_trigger(events(nlp_es, text), trigger).hypothetical


def test_the_modal_act_itself_stays_possible(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El gobierno podría reanudar el diálogo tras los atentados.")
    assert by_trigger(evs, "diálogo").hypothetical


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("El dirigente campesino convocó a un levantamiento contra la junta militar.", []),
        ("El frente convocó a los mineros a un levantamiento armado.", ["mineros"]),
    ],
)  # fmt: skip
def test_a_called_uprising_is_not_its_callers(nlp_es, text: str, actors: list[str]) -> None:  # type: ignore[no-untyped-def]
    rising = by_trigger(events(nlp_es, text), "levantamiento")
    assert [p.text for p in rising.actors] == actors


def test_an_uprising_begun_is_its_doers(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los mineros iniciaron un levantamiento contra la junta militar.")
    assert [p.text for p in by_trigger(evs, "levantamiento").actors] == ["mineros"]


def test_a_strike_named_again_in_the_next_sentence_is_one(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los enfermeros iniciaron una huelga el jueves. El paro afectó a los "
                 "hospitales públicos.")  # fmt: skip
    assert [e.trigger for e in evs if e.type == "PROTEST"] == ["huelga"]


@pytest.mark.parametrize(
    "second",
    [
        "Los médicos iniciaron un paro el viernes.",  # another one, of others
        "El paro continuará el próximo martes.",  # a day of its own
    ],
)
def test_another_strike_in_the_next_sentence_stays(nlp_es, second: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los enfermeros iniciaron una huelga el jueves. " + second)
    assert len([e for e in evs if e.type == "PROTEST"]) == 2


def test_a_threats_content_in_a_relative_clause(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "La jueza recibió amenazas que incluían matar a sus hijos.")
    fire = by_trigger(evs, "matar")
    assert fire.hypothetical and not fire.actors


def test_what_a_threat_said_in_a_relative_clause_is_the_threat(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Unos desconocidos amenazaron al concejal con cartas, en las que lo declaran objetivo."
    assert len([e for e in events(nlp_es, text) if e.type == "THREATEN"]) == 1


def test_the_arrests_of_a_raid_told_in_its_relative_clause(nlp_es) -> None:  # type: ignore[no-untyped-def]
    raid = "Los agentes efectuaron una redada en la que detuvieron a treinta sospechosos."
    assert len([e for e in events(nlp_es, raid) if e.mode == "arrest"]) == 1
    # an operation that is no event of its own: its makers arrest
    text = "La gendarmería realizó un operativo en el que fueron detenidos doce jóvenes."
    arrest = by_trigger(events(nlp_es, text), "detenidos")
    assert [p.text for p in arrest.actors] == ["gendarmería"]
    # (not those who denounce it)
    text = "Los vecinos denunciaron un operativo en el que fueron detenidos doce jóvenes."
    assert not by_trigger(events(nlp_es, text), "detenidos").actors


def test_a_called_march_told_with_a_past_outcome_was_held(nlp_es) -> None:  # type: ignore[no-untyped-def]
    held = by_trigger(events(nlp_es, "La marcha convocada para el sábado fue multitudinaria."),
                      "marcha")  # fmt: skip
    assert not held.future
    ahead = by_trigger(
        events(nlp_es, "La marcha convocada para el sábado será pacífica."), "marcha"
    )
    assert ahead.future


@pytest.mark.parametrize(
    "text",
    [
        "Los soldados presentaron a los campesinos como guerrilleros capturados en combate.",
        "El batallón presentó los cuerpos como guerrilleros muertos en combate.",
    ],
)
def test_a_cover_story_after_the_person_passed_off(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type in ("ASSAULT", "FIGHT", "COERCE")]


def test_a_capture_in_combat_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los soldados capturaron a tres guerrilleros en combate.")
    assert by_trigger(evs, "capturaron").mode == "arrest"
