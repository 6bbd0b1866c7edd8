"""Spanish secondary events, round 31 (es6): a stance a protest is held to show, forces
mobilised, an objection voiced in a participle, animals killed, penalties a law sets, acts
called for a named day or called off, meetings called, acts going on, relative clauses in the
subjunctive, people named by what they rose in, refereeing, and two argument slips (a protest
its own target, the thing a passive demand clause names)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("Los jubilados se concentraron frente al Congreso para expresar su oposición a la "
         "reforma.", "concentraron"),
        ("Los vecinos realizarán una marcha el sábado para respaldar al alcalde y rechazar el "
         "nuevo impuesto.", "marcha"),
        ("Los camioneros bloquearon la autopista para rechazar el alza del combustible.",
         "bloquearon"),
    ],
)  # fmt: skip
def test_a_stance_a_protest_is_held_to_show_is_no_act_of_its_own(
    nlp_es, text: str, protest: str
) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert by_trigger(evs, protest).type == "PROTEST"
    assert not [e for e in evs if e.type in ("SUPPORT", "REJECT")]


def test_a_stance_by_an_act_that_is_no_protest_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "Los senadores votaron para respaldar el acuerdo de paz.")
    assert by_trigger(evs, "respaldar").type == "SUPPORT"
    # and a demand a march makes stays one of its own
    marched = events(nlp_es, "Los mineros marcharon hasta la plaza para exigir aumentos.")
    assert by_trigger(marched, "exigir").type == "REQUEST"


def test_a_blockade_threatened_on_stretches_of_road(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los comerciantes amenazaron con bloquear varios tramos de la ruta para rechazar la tasa."
    )
    evs = events(nlp_es, text)
    blockade = by_trigger(evs, "bloquear")
    assert (blockade.type, blockade.mode, blockade.future) == ("PROTEST", "obstruct", True)
    assert not [e for e in evs if e.type == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Caracas denunció la movilización militar en la frontera.",
        "El Kremlin ordenó la movilización de 100.000 reservistas.",
    ],
)
def test_forces_mobilised_are_no_demonstration(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), "movilización").type == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "Los docentes se sumaron a la movilización contra el gobierno militar.",
        "La movilización de los estudiantes paralizó la capital.",
    ],
)
def test_a_mobilisation_of_protesters_stays_a_protest(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), "movilización").type == "PROTEST"


def test_an_objection_voiced_in_a_participle_is_no_demonstration(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El ministro respondió a la dura oposición manifestada por los gremios contra el plan."
    assert not [e for e in events(nlp_es, text) if e.type == "PROTEST"]


def test_a_killing_of_animals_is_no_assault(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los activistas denunciaron la matanza de focas en la costa."
    assert not [e for e in events(nlp_es, text) if e.type == "ASSAULT"]
    kept = events(nlp_es, "Los activistas denunciaron la matanza de campesinos en la costa.")
    assert by_trigger(kept, "matanza").type == "ASSAULT"


def test_penalties_a_law_sets_on_no_one_are_no_sanction(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los taxistas marcharon contra una ley que endureció las sanciones económicas."
    assert not [e for e in events(nlp_es, text) if e.type == "SANCTION"]
    kept = events(nlp_es, "La Unión Europea impuso sanciones a Bielorrusia.")
    assert by_trigger(kept, "sanciones").type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Los gremios convocaron una marcha para el jueves.", "marcha"),
        ("Los gremios convocaron a una jornada de protesta para el lunes.", "protesta"),
        ("Los médicos anunciaron una huelga prevista para mañana.", "huelga"),
    ],
)
def test_an_act_called_for_a_named_day_is_ahead(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), word).future


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La marcha convocada para el jueves pasado reunió a miles de personas.", "marcha"),
        ("La marcha del jueves terminó sin incidentes.", "marcha"),
    ],
)
def test_an_act_of_a_day_past_or_with_no_call_is_not_ahead(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not by_trigger(events(nlp_es, text), word).future


def test_a_strike_called_off_is_negated_and_a_threat_defused_was_made(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los maestros desactivaron un paro nacional programado para mañana."
    assert by_trigger(events(nlp_es, text), "paro").negated
    defused = events(nlp_es, "La empresa desactivó una amenaza sindical de tomar la planta.")
    assert not by_trigger(defused, "amenaza").negated


def test_a_meeting_called_is_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El presidente ha convocado a un diálogo con los partidos de oposición."
    assert by_trigger(events(nlp_es, text), "diálogo").future


def test_a_strike_its_relative_clause_tells_going_on_is_neither_ahead_nor_sought(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los sindicatos buscan presionar un acuerdo con la huelga general que este lunes "
        "continuaba por tercer día."
    )
    strike = by_trigger(events(nlp_es, text), "huelga")
    assert not (strike.future or strike.hypothetical)


def test_an_act_in_a_subjunctive_relative_clause_is_hypothetical(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La policía detendrá a los estudiantes que marchen por el centro."
    assert by_trigger(events(nlp_es, text), "marchen").hypothetical
    told = events(nlp_es, "La policía detuvo a los estudiantes que marcharon por el centro.")
    assert not by_trigger(told, "marcharon").hypothetical


def test_people_named_by_what_they_rose_in_are_no_uprising(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tras dos días de protesta, los 80 reclusos amotinados de la cárcel central volvieron "
        "a sus celdas."
    )
    assert not [e for e in events(nlp_es, text) if e.type == "ASSAULT"]
    hurt = events(nlp_es, "Dos policías heridos fueron trasladados al hospital.")
    assert by_trigger(hurt, "heridos").type == "ASSAULT"


def test_refereeing_in_a_game_is_no_mediation(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El gol anulado quedó como una mancha en la historia del arbitraje mundial."
    assert not [e for e in events(nlp_es, text) if e.type == "CONSULT"]
    kept = events(nlp_es, "Noruega ofreció su mediación entre el gobierno y la guerrilla.")
    assert by_trigger(kept, "mediación").type == "CONSULT"


def test_a_protest_is_not_its_own_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, "El gobernador dejó el cargo empujado por una protesta masiva.")
    assert not has(by_trigger(evs, "protesta").targets, "protesta")


def test_the_thing_a_passive_demand_clause_names_is_no_one_asked(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La asociación escribió al fiscal para protestar contra su arresto y solicitar que "
        "se retiren los cargos contra el fotógrafo."
    )
    asked = by_trigger(events(nlp_es, text), "solicitar")
    assert not has(asked.targets, "cargos")
    named = events(nlp_es, "Los obreros exigen que el gobierno retire la ley.")
    assert has(by_trigger(named, "exigen").targets, "gobierno")


@pytest.mark.parametrize(
    "text",
    [
        "Un grupo de opositores comienza una huelga de solidaridad en la plaza central.",
        "Los jubilados iniciaron una huelga de hambre de solidaridad con los mineros.",
    ],
)
def test_a_backing_telling_the_kind_of_a_protest_is_no_support(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert by_trigger(evs, "huelga").type == "PROTEST"
    assert not [e for e in evs if e.type == "SUPPORT"]


def test_a_rejection_told_as_the_manner_of_a_protest_in_its_relative_clause(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "El gobierno respondió a las protestas que los camioneros protagonizaron el lunes en "
        "rechazo a la nueva ley."
    )
    evs = events(nlp_es, text)
    assert by_trigger(evs, "protestas").type == "PROTEST"
    assert not [e for e in evs if e.type == "REJECT"]
