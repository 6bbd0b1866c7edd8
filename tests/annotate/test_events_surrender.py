"""Giving oneself up to a police or judicial body is an arrest by that body, in either
language; a military surrender, a journey and an offence named as a charge are not what they
look like. Sentences written here."""

from __future__ import annotations

from event_helpers import es_events, events


def test_surrendering_to_a_police_body_is_an_arrest_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The opposition leader Carlos Mena surrendered to the National Guard.")
    (arrest,) = [e for e in evs if e.mode == "arrest"]
    assert arrest.type == "COERCE" and arrest.cameo == "173"
    assert [t.text for t in arrest.targets] == ["Carlos Mena"]
    assert [a.text for a in arrest.actors] == ["the National Guard"]


def test_surrendering_to_an_army_stays_a_military_surrender(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The rebels surrendered to the army on Monday.")
    assert [(e.type, e.mode) for e in evs] == [("RETREAT", "disarm")]


def test_se_entrego_a_la_policia_is_an_arrest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "El dirigente Carlos Mena se entregó a la Guardia Nacional el lunes.")
    (arrest,) = [e for e in evs if e.mode == "arrest"]
    assert arrest.type == "COERCE" and [t.text for t in arrest.targets] == ["Carlos Mena"]


def test_handing_things_over_is_no_arrest(nlp_es) -> None:  # type: ignore[no-untyped-def]
    evs = es_events(nlp_es, "El alcalde entregó las llaves de la ciudad a la policía.")
    assert not [e for e in evs if e.mode == "arrest"]


def test_boarding_a_flight_is_no_escape(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Mena crossed into Colombia by land before boarding a flight to Spain.")
    assert not [e for e in evs if e.mode == "flee"]
    assert not [e for e in evs if e.trigger == "crossed"]  # a journey, no restriction


def test_an_escape_is_still_a_flight(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "His flight from the prison embarrassed the government.")
    assert [e.mode for e in evs if e.trigger == "flight"] == ["flee"]


def test_an_offence_a_gerund_names_is_the_charge_not_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "A judge sentenced Mena to 13 years in prison for inciting violence.")
    assert not [e for e in evs if e.type == "ASSAULT"]
    evs = events(nlp, "The government accused Mena of inciting violence.")
    assert not [e for e in evs if e.type == "ASSAULT"]
