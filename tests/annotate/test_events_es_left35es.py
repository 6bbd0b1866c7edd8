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
