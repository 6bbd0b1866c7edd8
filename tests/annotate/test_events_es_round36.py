"""Spanish secondary events, round 36 (es11) and the Spanish leftovers of the thirty-fifth
session: the charges standard (the one held, charged or tried for a crime is its alleged
doer; an acquittal is CONCEDE), a signed ceasefire an agreement, people named by a protest,
a gathering participle on a counted crowd, a court's decision done, urging by "exhortar",
a meeting named again, an act noun told as a judgement, and a name written in capitals."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_an_acquittal_is_a_concession_not_a_conviction(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text, trigger in (
        ("El tribunal declaró no culpable al exministro.", "declaró"),
        ("El juez absolvió a los tres policías.", "absolvió"),
        ("El jurado declaró inocente al acusado.", "declaró"),
    ):
        found = by_trigger(events(nlp_es, text), trigger)
        assert (found.type, found.cameo) == ("CONCEDE", "080"), text
    convicted = by_trigger(events(nlp_es, "El tribunal declaró culpable al exministro."), "declaró")
    assert convicted.mode == "convict"
    # pleading not guilty is no verdict
    pleaded = events(nlp_es, "El acusado se declaró inocente ante el juez.")
    assert not [e for e in pleaded if e.type == "CONCEDE"]


@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        (
            "Dos hombres fueron detenidos por el asesinato de un periodista.",
            "hombres",
            "periodista",
        ),
        ("El joven fue acusado del asesinato de un policía.", "joven", "policía"),
        (
            "La policía detuvo a dos hombres por el secuestro de un empresario.",
            "hombres",
            "empresario",
        ),
        ("El juez acusó a tres policías del asesinato de un estudiante.", "policías", "estudiante"),
    ],
)  # fmt: skip
def test_the_one_held_or_charged_for_a_crime_is_its_alleged_doer(
    nlp_es, text: str, doer: str, victim: str
) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp_es, text)
    crime = next(e for e in evs if e.type == "ASSAULT")
    assert has(crime.actors, doer) and has(crime.targets, victim), text
    assert crime.hypothetical, text  # alleged, no conviction told
    arrest = [e for e in evs if e.type == "COERCE"]
    assert not any(has(a.actors, "asesinato") for a in arrest), text  # the crime arrests no one


def test_a_conviction_tells_the_crime_done(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El exjefe policial fue condenado por el asesinato de tres campesinos."
    crime = by_trigger(events(nlp_es, text), "asesinato")
    assert has(crime.actors, "exjefe") and not crime.hypothetical


def test_a_signed_ceasefire_is_an_agreement(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text, trigger in (
        ("Las dos guerrillas firmaron un alto el fuego el martes.", "alto"),
        ("El gobierno y los rebeldes suscribieron una tregua.", "tregua"),
    ):
        assert by_trigger(events(nlp_es, text), trigger).type == "AGREE", text
    declared = events(nlp_es, "El gobierno decretó una tregua unilateral.")
    assert by_trigger(declared, "tregua").mode == "ceasefire"


def test_people_named_by_a_protest_tell_no_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Los líderes de la protesta se reunieron con el ministro.",
        "Los organizadores de la marcha pidieron garantías al alcalde.",
    ):
        assert not [e for e in events(nlp_es, text) if e.type == "PROTEST"], text
    told = events(nlp_es, "Los dirigentes de la huelga que paraliza el país rechazaron la oferta.")
    assert by_trigger(told, "huelga").type == "PROTEST"


def test_a_gathering_participle_on_a_counted_crowd_is_a_rally(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Un cortejo de varios centenares de obreros, reunidos ante el ministerio, exigió aumentos."
    )
    gathered = by_trigger(events(nlp_es, text), "reunidos")
    assert gathered.type == "PROTEST" and has(gathered.actors, "obreros")
    met = by_trigger(
        events(nlp_es, "Los cancilleres, reunidos en Lima, aprobaron una declaración."), "reunidos"
    )
    assert met.type == "CONSULT" and has(met.actors, "cancilleres")


def test_a_courts_decision_is_its_ruling_done(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La Corte Suprema decidió dejar en libertad al exdirector."
    assert not by_trigger(events(nlp_es, text), "dejar").future
    planned = by_trigger(events(nlp_es, "El gobierno decidió liberar a los presos."), "liberar")
    assert planned.future


def test_urging_by_exhortar_asks_the_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text, trigger in (
        ("El dirigente exhortó a la desobediencia civil.", "desobediencia"),
        ("El dirigente exhortó a los trabajadores a una huelga general.", "huelga"),
    ):
        assert by_trigger(events(nlp_es, text), trigger).hypothetical, text


def test_a_meeting_named_again_is_one_meeting(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La cumbre de Lima aprobó una declaración, tras lo cual Bolivia se retiró de la reunión "
        "en señal de protesta."
    )
    assert len([e for e in events(nlp_es, text) if e.type == "CONSULT"]) == 1
    two = (
        "El ministro se reunió con los dirigentes y anunció una reunión con los empresarios "
        "para el lunes."
    )
    assert len([e for e in events(nlp_es, two) if e.type == "CONSULT"]) == 2


def test_an_act_noun_told_as_a_judgement_is_no_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Los clérigos vieron en la reforma un ataque contra la Iglesia.",
        "El partido calificó la ley de ataque contra la libertad de prensa.",
        "Los vecinos protestaron contra los derribos, estimando que se trata de un castigo "
        "colectivo.",
    ):
        assert not [e for e in events(nlp_es, text) if e.type in ("ASSAULT", "SANCTION")], text
    seen = events(nlp_es, "Los vecinos vieron un ataque contra la comisaría.")
    assert by_trigger(seen, "ataque").type == "ASSAULT"


def test_a_name_written_in_capitals_is_no_trigger(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebeldes mataron a un campesino durante hechos ocurridos en el río Buey, CHOCÓ, "
        "MEDIO ATRATO"
    )
    assert not [e for e in events(nlp_es, text) if e.type == "CONSULT"]


def test_barricades_a_block_is_held_with_are_that_block(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Los desempleados levantaron el corte de la ruta, que mantenían desde el domingo con "
        "barricadas.",
        "Los vecinos bloquearon la carretera con barricadas.",
    ):
        blocks = [e for e in events(nlp_es, text) if e.mode == "obstruct"]
        assert len(blocks) == 1 and "barricadas" not in blocks[0].trigger, text
    cleared = events(nlp_es, "La policía levantó con violencia las barricadas.")
    assert by_trigger(cleared, "barricadas").mode == "obstruct"


def test_solidarity_coordinated_into_a_protests_purpose_is_part_of_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Unos 500 obreros llegaron a la plaza para protestar contra el desempleo y en "
        "solidaridad con los campesinos.",
        "Los maestros marcharon para protestar contra la reforma y en solidaridad a los sin techo.",
    ):
        assert not [e for e in events(nlp_es, text) if e.type == "SUPPORT"], text


def test_a_protest_told_as_a_measures_purpose_is_no_protest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "El gobierno anunció represalias contra los pescadores en protesta por la captura del "
        "barco.",
        "La Unión Europea acordó una lista de sanciones contra el país en protesta por la ley.",
    ):
        assert not [e for e in events(nlp_es, text) if e.type == "PROTEST"], text
    resigned = events(nlp_es, "Los ministros renunciaron en protesta por la reforma.")
    assert by_trigger(resigned, "renunciaron").type == "RETREAT"


def test_rallies_of_support_are_protests(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los obreros mantienen una huelga de hambre que suscita concentraciones de apoyo."
    evs = events(nlp_es, text)
    assert by_trigger(evs, "concentraciones").type == "PROTEST"
    assert not [e for e in evs if e.type == "SUPPORT"]
    thanked = events(nlp_es, "El ministro agradeció el apoyo de la concentración de partidos.")
    assert not [e for e in thanked if e.type == "PROTEST"]


def test_a_command_under_a_condition_asks_the_act_only_if_it_holds(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Si los obreros están descontentos, que no hagan huelga."
    strike = by_trigger(events(nlp_es, text), "huelga")
    assert strike.type == "PROTEST" and strike.mode == "strike" and strike.hypothetical
    plain = by_trigger(events(nlp_es, "Que no hagan huelga."), "huelga")
    assert plain.negated and not plain.hypothetical
    # a consequence told in the future stays ahead, no command
    ahead = events(nlp_es, "Si el gobierno no cede, los obreros harán huelga.")
    assert by_trigger(ahead, "huelga").future


def test_the_one_a_cuyo_clause_is_on_decides(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Los estudiantes critican a la Corte Suprema, cuyo prestigio ha caído desde que "
        "decidió dejar en libertad al exdirector."
    )
    release = by_trigger(events(nlp_es, text), "dejar")
    assert has(release.actors, "Corte") and not release.future
