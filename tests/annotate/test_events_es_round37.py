"""Spanish round of the thirty-seventh session (es37): kinds of error of the es12 sample of
secondary Spanish events and the Spanish leftovers of the thirty-sixth session (a threat's
object clitic, a purpose's doer, an armed force's "de"-phrase). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has, names
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def _triggers(nlp_es, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger for e in events(nlp_es, text)]


# ---------------------------------------------------------------- the leftovers


@pytest.mark.parametrize(
    "text",
    [
        'Los hombres armados gritaron: "Váyanse o los matamos".',
        'Los paramilitares entraron al pueblo y gritaron: "Váyanse o los matamos".',
    ],
)
def test_a_threat_s_object_clitic_never_names_its_speakers(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), "matamos")
    assert ev.hypothetical, text
    assert not has(ev.targets, "hombres") and not has(ev.targets, "paramilitares"), text


def test_a_threat_s_object_clitic_still_names_those_addressed(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = 'Los guerrilleros advirtieron a los vecinos: "Váyanse o los matamos".'
    ev = by_trigger(events(nlp_es, text), "matamos")
    assert has(ev.targets, "vecinos")


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        ("Los soldados patrullan las calles con el fin de detener a los saqueadores.",
         "detener", "soldados"),
        ("El ejército lanzó una ofensiva con el fin de capturar a los jefes rebeldes.",
         "capturar", "ejército"),
    ],
)  # fmt: skip
def test_a_purpose_s_doer_is_the_doer_of_its_act(nlp_es, text: str, word: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), word)
    assert has(ev.actors, doer), names(ev.actors)
    assert ev.future and not ev.hypothetical, text


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        ("Los bombardeos de la aviación rusa dejaron diez muertos.", "bombardeos", "aviación"),
        ("Los ataques de la artillería serbia destruyeron la escuela.", "ataques", "artillería"),
        ("Los bombardeos de la OTAN continuaron durante la noche.", "bombardeos", "OTAN"),
    ],
)
def test_an_armed_force_after_an_attack_noun_is_its_doer(
    nlp_es, text: str, word: str, doer: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, text), word)
    assert has(ev.actors, doer) and not has(ev.targets, doer), (names(ev.actors), text)


def test_a_place_after_an_attack_noun_stays_its_target(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "Los bombardeos de Kosovo continuaron ayer."), "bombardeos")
    assert has(ev.targets, "Kosovo")


def test_a_resignation_has_no_cameo_code(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """CAMEO has no resignation event and CAMEO2PLOVER maps none to RETREAT resign (0831,
    acceding to demands for a change in leadership, is CONCEDE): left empty, as in English."""
    ev = by_trigger(events(nlp_es, "El ministro de Economía renunció ayer."), "renunció")
    assert ev.type == "RETREAT" and ev.mode == "resign" and ev.cameo is None


# ---------------------------------------------------------------- kinds of error of es12


@pytest.mark.parametrize(
    "text",
    [
        "El vocero manifestó que el gobierno no negociará con los huelguistas.",
        "En la carta le manifiestan que debe abandonar la región.",
    ],
)
def test_manifestar_telling_something_is_no_protest(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp_es, text) if e.type == "PROTEST"], text


def test_manifestarse_against_something_stays_a_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Miles de estudiantes se manifestaron contra la reforma educativa."
    assert by_trigger(events(nlp_es, text), "manifestaron").type == "PROTEST"


def test_weighing_an_option_is_no_inquiry(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La cámara de comercio examinaba la posibilidad de cerrar los negocios."
    assert "examinaba" not in _triggers(nlp_es, text)


def test_an_extradition_is_judicial_cooperation(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "Chile extraditó a Perú a tres sospechosos."), "extraditó")
    assert (ev.type, ev.mode, ev.cameo) == ("COOPERATE", "extradite", "063")
    assert has(ev.actors, "Chile") and has(ev.targets, "sospechosos")


def test_shops_stormed_by_a_crowd_are_looted(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Cientos de vecinos asaltaron varios supermercados en la periferia."
    ev = by_trigger(events(nlp_es, text), "asaltaron")
    assert (ev.type, ev.mode) == ("PROTEST", "riot") and has(ev.targets, "supermercados")


def test_a_person_assaulted_stays_an_assault(nlp_es) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp_es, "Dos delincuentes asaltaron a un taxista."), "asaltaron")
    assert ev.type == "ASSAULT"


def test_a_demand_named_again_by_a_demonstrative_is_one(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los mineros habían exigido un seguro médico. Ninguna de esas exigencias fue atendida."
    assert [e.type for e in events(nlp_es, text)].count("REQUEST") == 1


def test_a_stoppage_named_again_is_the_strike(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los dirigentes de la huelga denunciaron que la policía se prepara para desalojar la "
        "paralización."
    )
    assert "paralización" not in _triggers(nlp_es, text)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Los senadores presentaron una moción de censura para protestar contra el decreto.",
         "censura"),
        ("Los reclusos se negaron a volver a sus celdas para protestar por la comida.",
         "negaron"),
    ],
)  # fmt: skip
def test_a_protest_as_the_purpose_of_a_denunciation_or_refusal_is_that_act(
    nlp_es, text: str, act: str
) -> None:  # type: ignore[no-untyped-def]
    found = _triggers(nlp_es, text)
    assert act in found and "protestar" not in found, found


def test_a_protest_as_the_purpose_of_a_walk_out_stays(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La delegación se retiró de la cumbre para protestar contra la resolución."
    assert "protestar" in _triggers(nlp_es, text)


def test_what_is_added_beside_a_denied_clause_is_not_denied(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los detenidos siguen presos sin ser juzgados, además de los supuestos maltratos que "
        "denuncian sus familias."
    )
    ev = by_trigger(events(nlp_es, text), "maltratos")
    assert ev.hypothetical and not ev.negated


@pytest.mark.parametrize(
    "text",
    [
        "La guerrilla rechazó las condiciones del gobierno para un diálogo.",
        "El sindicato rechazó el miércoles las condiciones oficiales para una negociación.",
    ],
)
def test_an_act_that_rejected_conditions_are_for_is_proposed_not_denied(nlp_es, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp_es, text) if e.type == "CONSULT")
    assert ev.hypothetical and not ev.negated, text


def test_the_setting_of_a_decision_is_held(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "En la reunión se acordó que los choferes no trabajarán el lunes."
    ev = by_trigger(events(nlp_es, text), "reunión")
    assert not (ev.future or ev.hypothetical or ev.negated)


def test_a_meeting_agreed_on_stays_ahead(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los ministros acordaron una reunión para el próximo mes."
    assert by_trigger(events(nlp_es, text), "reunión").future


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("No se denunciaron manifestaciones en el interior del país.", "manifestaciones"),
        ("No se produjeron enfrentamientos en la frontera.", "enfrentamientos"),
    ],
)
def test_a_happening_reported_with_se_is_no_accusation_and_carries_the_denial(
    nlp_es, text: str, word: str
) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    assert not [e for e in evs if e.type == "ACCUSE"], text
    assert by_trigger(evs, word).negated, text


def test_a_denial_reported_does_not_reach_the_time_phrase(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "No se registraron incidentes durante la huelga."
    assert not by_trigger(events(nlp_es, text), "huelga").negated


def test_people_denouncing_an_act_still_accuse(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los familiares denunciaron la detención de los estudiantes."
    assert by_trigger(events(nlp_es, text), "denunciaron").type == "ACCUSE"
