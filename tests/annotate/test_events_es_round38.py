"""Spanish round of the thirty-eighth session (es38): the es13 sample's error kinds and the
Spanish leftovers of the thirty-seventh session. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has, names
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


@pytest.mark.parametrize(
    "text",
    [
        "Los presos iniciaron una huelga de hambre, anunció el lunes su comité de apoyo en Madrid.",
        "Los detenidos rechazan la comida, según la red de solidaridad con los presos.",
    ],
)
def test_a_body_named_by_its_backing_gives_no_support(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "SUPPORT" for e in events(nlp_es, text)), text


def test_a_body_s_backing_stays_support(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los huelguistas recibieron el apoyo del comité de empresa."
    assert by_trigger(events(nlp_es, text), "apoyo").type == "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        "Un grupo de encapuchados munidos de piedras y bombas Molotov atacó la comisaría.",
        "Decenas de jóvenes armados con bombas incendiarias marcharon contra la cumbre.",
    ],
)
def test_a_weapon_carried_is_no_attack_of_its_own(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.trigger.lower().startswith("bomba") for e in events(nlp_es, text)), text


def test_a_bomb_set_off_stays_an_attack(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Una bomba estalló el lunes frente a la comisaría y dejó dos heridos."
    assert any(e.type == "ASSAULT" for e in events(nlp_es, text))


def test_engaged_in_a_peace_plan_is_no_agreement(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los rebeldes, comprometidos en un plan de paz con el Gobierno, anunciaron una tregua."
    assert not any(e.type == "AGREE" for e in events(nlp_es, text))


def test_land_taken_back_is_no_release(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los campesinos participaban en una acción de liberación de la tierra en la hacienda."
    assert not any(e.mode == "release" for e in events(nlp_es, text))


def test_a_gathering_called_for_a_coming_day_is_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El alcalde convocó a los vecinos a reunirse el próximo martes en el ayuntamiento."
    assert by_trigger(events(nlp_es, text), "reunirse").future


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("El ministro intentó evitar que una manifestación que se realizará el sábado termine "
         "en violencia.", "manifestación"),
        ("Los obreros preparan una huelga que comenzará el lunes en todo el país.", "huelga"),
    ],
)  # fmt: skip
def test_an_act_its_own_clause_tells_held_ahead_is_future(nlp_es, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, text), word).future, text


def test_a_strike_begun_that_will_include_blocks_is_held(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los agricultores iniciaron una huelga que incluirá el bloqueo de carreteras."
    evs = events(nlp_es, text)
    assert not by_trigger(evs, "huelga").future
    assert by_trigger(evs, "bloqueo").future  # (leftover b: what it will include is ahead)


def test_what_a_strike_to_come_includes_is_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los agricultores anunciaron una huelga de 48 horas que incluirá el bloqueo de carreteras."
    )
    ev = by_trigger(events(nlp_es, text), "bloqueo")
    assert ev.future and has(ev.actors, "agricultores"), names(ev.actors)


def test_a_protest_purpose_of_a_threatened_act_is_the_threat_s(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los comerciantes amenazaron con recurrir a los tribunales para protestar por el aumento."
    )
    evs = events(nlp_es, text)
    assert not any(e.trigger.startswith("protestar") for e in evs), [e.trigger for e in evs]
    assert by_trigger(evs, "amenazaron").type == "THREATEN"


def test_by_part_of_is_the_doer_wherever_the_noun_sits(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Perú criticó la entrega del sospechoso por parte de Bolivia."
    ev = by_trigger(events(nlp_es, text), "entrega")
    assert has(ev.actors, "bolivia"), names(ev.actors)


def test_a_disappearance_told_in_the_passive_has_an_empty_actor(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # (leftover f holds in a normal run; only the unseen fallback, with "desaparecer" left
    # out, loses it: unseen38's)
    ev = by_trigger(
        events(nlp_es, "La activista fue desaparecida en 1978 en Buenos Aires."), "desaparecida"
    )
    assert ev.type == "ASSAULT" and not ev.actors and has(ev.targets, "activista")


def test_a_march_of_a_kind_its_clause_tells_held_ahead_is_future(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = ("El ministro busca evitar que una marcha nacionalista de alto riesgo que se "
            "celebrará el domingo en la capital termine en disturbios.")  # fmt: skip
    assert by_trigger(events(nlp_es, text), "marcha").future


def test_a_gathering_those_called_are_named_by_a_free_relative_is_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = ("El gobernador convocó a quienes participan de la protesta a reunirse el próximo "
            "jueves en la sede del gobierno.")  # fmt: skip
    assert by_trigger(events(nlp_es, text), "reunirse").future


def test_a_bill_passed_before_it_is_promulgated_is_no_sanction(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = ("El proyecto de ley, ahora en manos del Senado, donde deberá ser sancionado antes "
            "de ser promulgado por el Ejecutivo, provocó protestas.")  # fmt: skip
    assert by_trigger(events(nlp_es, text), "sancionado").type == "SUPPORT"


def test_a_government_s_sanction_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp_es, "La OEA decidió sancionar a Honduras."), "sancionar").type == (
        "SANCTION"
    )


def test_an_outburst_of_violence_after_protests_told_is_them_named_again(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = ("Miles de personas protestaron y saquearon comercios en el peor estallido de "
            "violencia del año.")  # fmt: skip
    assert not any(e.type == "ASSAULT" for e in events(nlp_es, text))


def test_a_wave_of_violence_alone_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Una ola de violencia dejó veinte muertos en la capital."
    assert by_trigger(events(nlp_es, text), "violencia").type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Los campesinos amenazaron con endurecer las acciones que llevan a cabo desde hace "
         "días en protesta contra la importación de papas.", "protesta"),
        ("El gobierno amenazó con desalojar a los campesinos que bloquean la ruta.", "bloquean"),
    ],
)  # fmt: skip
def test_what_a_relative_clause_tells_going_on_is_told_under_a_threat(
    nlp_es, text: str, word: str
) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    ev = by_trigger(evs, word)
    assert not (ev.future or ev.hypothetical or ev.negated), text
    assert by_trigger(evs, "amenaz").type == "THREATEN"


def test_the_threat_keeps_what_its_protest_is_against(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = ("Los campesinos amenazaron con endurecer las acciones que llevan a cabo desde hace "
            "días en protesta contra la importación de papas.")  # fmt: skip
    threat = by_trigger(events(nlp_es, text), "amenazaron")
    assert has(threat.targets, "importación"), names(threat.targets)


def test_a_relative_clause_in_the_subjunctive_stays_under_the_threat(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La policía amenazó con arrestar a los opositores que insistan en concentrarse en la plaza."
    )
    assert by_trigger(events(nlp_es, text), "concentrarse").hypothetical


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("El ministro entregó al sospechoso a la justicia el martes.", "ministro"),
        ("Bolivia entregó al sospechoso a la justicia peruana.", "bolivia"),
    ],
)
def test_a_suspect_handed_to_justice_is_judicial_cooperation(nlp_es, text: str, giver: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "entregó")
    assert (ev.type, ev.cameo) == ("COOPERATE", "063"), text
    assert has(ev.actors, giver) and has(ev.targets, "sospechoso"), names(ev.targets)


@pytest.mark.parametrize(
    "text",
    [
        "La policía detuvo al sospechoso y lo entregó a la justicia.",
        "Los rebeldes entregaron a los rehenes a la Cruz Roja.",
        "Los guerrilleros entregaron los restos del soldado a las autoridades.",
    ],
)
def test_no_judicial_cooperation_for_custody_steps_hostages_or_things(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "COOPERATE" for e in events(nlp_es, text)), text


def test_what_one_is_wanted_for_is_no_intent(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El coronel, buscado por el asesinato de un periodista, fue detenido el lunes."
    ev = by_trigger(events(nlp_es, text), "asesinato")
    assert not ev.future, ev


def test_what_one_seeks_stays_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El gobierno busca la liberación de los rehenes."
    assert by_trigger(events(nlp_es, text), "liberación").future
