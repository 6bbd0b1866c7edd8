"""Senses, parties and flags of news English from the thirty-seventh session's ECB+ audit
(prec37b): a search warrant, a finding "determined", a cause "to blame", a date set for an
act, a place that owns a theft or a protest, a "non" modifier. Sentences written for the
tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has


@pytest.mark.parametrize(
    "text",
    [
        "Police obtained a search warrant for the house of the suspect.",
        "The agents had no search warrants when they entered the flats.",
    ],
)
def test_a_search_warrant_is_no_search(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger == "search"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police searched the flat of the suspect.", "searched"),
        ("Officers carried out a search of the house without a warrant.", "search"),
    ],
)
def test_a_search_made_stays(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).mode == "seize"


@pytest.mark.parametrize(
    "text",
    [
        "It was determined that the explosive had been planted under the car.",
        "Investigators determined that the fire had been set on purpose.",
    ],
)
def test_determined_over_a_that_clause_is_a_finding(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Detectives said faulty wiring is to blame for the blaze at the school.",
        "The police chief said a faulty heater was to blame for the fire.",
    ],
)
def test_a_cause_to_blame_accuses_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said the gang was to blame for the killings.",
        "Russia is to blame for the collapse of the talks, the minister said.",
        "Who is to blame for the riots in the capital?",
        "The opposition blamed the government for the violence.",
    ],
)
def test_a_party_to_blame_stays_accused(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The arraignment was scheduled for next week.",
        "An arraignment was scheduled for this month.",
    ],
)
def test_an_act_scheduled_for_a_date_is_ahead(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "arraignment").future


def test_an_act_planned_in_the_past_is_not_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The attack was planned by the group for months."), "attack")
    assert not ev.future


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Gunmen carried out the biggest Italian bank robbery in years.", "robbery", "Ital"),
        ("Thieves staged the biggest British jewel robbery in a decade.", "robbery", "Brit"),
        ("Thousands joined the Kenyan capital's street protests on Monday.", "protests", "capital"),
        ("Hundreds joined the city's street protests against the mayor.", "protests", "city"),
    ],
)
def test_a_place_on_a_theft_or_protest_is_where_it_was(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, place: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert not any(place in p.text for p in (*ev.actors, *ev.targets))


def test_people_owning_a_protest_stay_its_doers(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Teachers' protests spread to the south."), "protests")
    assert has(ev.actors, "Teachers")


def test_a_state_adjective_on_an_offensive_stays_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Guerrillas were killed in a Turkish army offensive."), "offensive")
    assert ev.actors and ev.actors[0].country == "TUR"


def test_a_non_modifier_names_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In a non - jury trial , the judge found the officer guilty of assault ."
    assert not by_trigger(events(nlp, text), "trial").actors
