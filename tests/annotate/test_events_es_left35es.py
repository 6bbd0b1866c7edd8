"""Spanish leftovers of the thirty-fifth session (left35es): the ones killed or arrested in a
raid or an offensive are its targets; a building stormed by protesters is a violent protest,
by the police a raid; an office threatened with fire is an arson threatened."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, has
from event_helpers import es_events as events

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per process)


def test_the_ones_arrested_in_a_raid_are_its_targets(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los agentes hicieron una redada durante la cual fueron arrestados ocho estudiantes."
    raid = by_trigger(events(nlp_es, text), "redada")
    assert has(raid.actors, "agentes") and has(raid.targets, "estudiantes")
    text = "La tropa lanzó una ofensiva en la que fueron detenidos treinta campesinos."
    assert has(by_trigger(events(nlp_es, text), "ofensiva").targets, "campesinos")


def test_the_dead_of_an_offensive_are_its_targets(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Quince milicianos murieron en una ofensiva del ejército en el norte."
    offensive = by_trigger(events(nlp_es, text), "ofensiva")
    assert has(offensive.actors, "ejército") and has(offensive.targets, "milicianos")
    text = "Dos soldados murieron durante un combate entre guerrilleros y militares."
    clash = by_trigger(events(nlp_es, text), "combate")
    assert not has(clash.targets, "soldados")  # a clash's parties are its sides


def test_an_arrest_in_a_raid_is_one_act(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Cuatro vendedores fueron detenidos en una redada de la policía en el mercado."
    found = [e for e in events(nlp_es, text) if e.type == "COERCE"]
    assert len(found) == 1
    assert has(found[0].actors, "policía") and has(found[0].targets, "vendedores")
    raid = by_trigger(events(nlp_es, "La redada de la policía terminó con diez detenidos."),
                      "redada")  # fmt: skip
    assert has(raid.actors, "policía") and not has(raid.targets, "policía")


def test_a_building_stormed_by_protesters_or_the_police(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los estudiantes tomaron por asalto el edificio del ministerio."
    found = events(nlp_es, text)
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "riot")]
    assert has(found[0].actors, "estudiantes")
    text = "Los agentes tomaron por asalto la oficina del diario."
    assert [(e.type, e.mode) for e in events(nlp_es, text)] == [("COERCE", "seize")]
    text = "Los guerrilleros tomaron por asalto el pueblo."
    assert [e.type for e in events(nlp_es, text)] == ["ASSAULT"]


def test_an_office_threatened_with_fire(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La jueza denunció amenazas de incendiar su despacho."
    arson = by_trigger(events(nlp_es, text), "incendiar")
    assert arson.type == "ASSAULT" and arson.hypothetical


def test_rising_called_for_and_a_march_that_follows(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El cacique llamó a los comuneros a levantarse y cientos marcharon hacia la ciudad."
    found = events(nlp_es, text)
    rising = by_trigger(found, "levantarse")
    assert rising.mode == "uprising" and rising.future and has(rising.actors, "comuneros")
    march = by_trigger(found, "marcharon")
    assert not (march.future or march.hypothetical)
    text = "El director invitó a los alumnos a levantarse."
    assert not [e for e in events(nlp_es, text) if e.mode == "uprising"]


def test_the_act_urged_has_the_ones_urged_as_actor(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "El sindicato instó a los choferes a una huelga indefinida."
    strike = by_trigger(events(nlp_es, text), "huelga")
    assert has(strike.actors, "choferes") and strike.hypothetical and not strike.future
    text = "El sindicato llamó a los choferes a una huelga indefinida."
    strike = by_trigger(events(nlp_es, text), "huelga")
    assert strike.future and not strike.hypothetical  # called: ahead (its caller kept)
    call = by_trigger(events(nlp_es, "El cardenal exhortó a la desobediencia civil."), "exhortó")
    assert not has(call.targets, "desobediencia")
    # (urging a noun's act asks it, as urging an infinitive does: hypothetical since 1.155.0)
    rising = by_trigger(events(nlp_es, "El jefe instó a un levantamiento armado."), "levant")
    assert rising.hypothetical and not rising.future


def test_a_strike_backed_at_a_meeting_is_the_one_told(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Los choferes iniciaron un paro. Los vecinos respaldaron el paro en un cabildo."
    strikes = [e for e in events(nlp_es, text) if e.type == "PROTEST"]
    assert len(strikes) == 1  # the strike named again where its backing was given


def test_a_practice_denounced_in_general_is_no_event(nlp_es) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "La comisión de derechos humanos ha condenado la tortura.",
        "El relator denunció la tortura en las prisiones del país.",
    ):
        assert not [e for e in events(nlp_es, text) if e.type == "ASSAULT"], text
    for text in (
        "El relator denunció la tortura de dos presos por los guardias.",
        "Los reclusos denunciaron torturas en la comisaría.",
    ):
        assert [e for e in events(nlp_es, text) if e.type == "ASSAULT"], text


def test_le_stands_for_the_person_or_group_before(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Una periodista salió de la radio. Un agente le disparó en la calle."
    shot = by_trigger(events(nlp_es, text), "disparó")
    assert has(shot.targets, "periodista")
    text = "Un grupo de obreros llegó al puente. Los soldados le dispararon."
    assert has(by_trigger(events(nlp_es, text), "dispararon").targets, "obreros")
    text = "El fiscal interrogó al dirigente. Luego le detuvieron."  # either: left open
    assert not by_trigger(events(nlp_es, text), "detuvieron").targets


def test_lemmas_of_no_spanish_verb_are_mended() -> None:
    from chronicler.annotate.events_es_vocab import no_verb_mended

    assert no_verb_mended("paralicir", "paralicen") == "paralizar"
    assert no_verb_mended("involucrir", "involucra") == "involucrar"
    assert no_verb_mended("lanzarir", "lanzarían") == "lanzar"
    for lemma, form in (("conducir", "conducen"), ("sugerir", "sugería"), ("parir", "paría")):
        assert no_verb_mended(lemma, form) == lemma  # real verbs stay


def test_a_strike_involving_protesters_is_one(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # ("involucra", lemmatised "involucrir", is read as "involucrar" by the mend, no list)
    text = "Es un paro que involucra a unos 8.000 docentes que protestan desde hace un mes."
    assert len([e for e in events(nlp_es, text) if e.type == "PROTEST"]) == 1


def test_a_killing_told_in_a_massacre_is_the_massacre(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "Un comando cometió una matanza en la que doce mineros fueron asesinados."
    found = [e for e in events(nlp_es, text) if e.type == "ASSAULT"]
    assert len(found) == 1 and has(found[0].targets, "mineros")


def test_a_ceasefire_of_two_words_joined_by_an_article(nlp_es) -> None:  # type: ignore[no-untyped-def]
    # (a ceasefire signed is an agreement since events-vocab-es 1.159.0, one kept a ceasefire)
    for text, kind in (
        ("Las milicias y el ejército firmaron un alto el fuego.", "AGREE"),
        ("El alto el fuego fue respetado durante la noche.", "RETREAT"),
    ):
        found = [e for e in events(nlp_es, text) if e.trigger.startswith("alto")]
        assert found and found[0].type == kind, text


def test_arrests_after_an_attack_are_no_toll_of_it(nlp_es) -> None:  # type: ignore[no-untyped-def]
    text = "La policía dijo haber detenido a diez hombres tras el atentado del sábado."
    assert not by_trigger(events(nlp_es, text), "atentado").targets
    text = "Recordaron una masacre en la que nueve indígenas fueron asesinados por soldados."
    massacre = by_trigger(events(nlp_es, text), "masacre")
    assert has(massacre.actors, "soldados") and has(massacre.targets, "indígenas")
