"""Parties of news English from the fortieth session's ECB+ dev audit (prec40): weapons
counted out of a whole, places of other acts an act is likened to, one on probation for an
arrest, an armed band modifying an attack, whose intention an "of"-gerund tells. Sentences
written for the tests."""

from __future__ import annotations

from event_helpers import parties


def test_weapons_counted_out_of_a_whole_are_no_doers(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, targets = parties(nlp, "Two of the bullets struck the guard.", "struck")
    assert actors == [] and targets == ["guard"]
    actors, _ = parties(nlp, "Some of the rebels attacked the convoy.", "attacked")
    assert actors == ["rebels"]


def test_places_of_the_acts_one_follows_are_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Friday's bombing follows three last month in markets in Kabul and Herat."
    assert parties(nlp, text, "bombing")[1] == []


def test_one_on_probation_for_an_arrest_was_arrested(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Smith was on probation for a previous arrest, the officer said."
    assert parties(nlp, text, "arrest")[1] == ["Smith"]
    text = "Garcia remains on parole for a 2015 conviction."
    assert parties(nlp, text, "conviction")[1] == ["Garcia"]


def test_an_armed_band_modifying_an_attack_did_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Helicopters flew commandos to the scene of the pirate attack."
    assert parties(nlp, text, "attack")[0] == ["pirate"]


def test_whose_intention_an_of_gerund_tells_does_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The patrol foiled the smugglers' intention of attacking the convoy."
    actors, targets = parties(nlp, text, "attacking")
    assert actors == ["smugglers"] and targets == ["convoy"]


def test_a_toll_is_no_attacker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The admiral said civilian casualties would be high in such raids on the coast."
    assert parties(nlp, text, "raids")[0] == []
