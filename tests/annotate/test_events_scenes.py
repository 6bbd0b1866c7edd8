"""Places that are only an act's scene (annotate/events_scenes.py), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined protests in Athens against the austerity plan.",
        "Students protested in Caracas on Monday.",
        "Thousands of teachers marched in Madrid.",
    ],
)
def test_a_protest_is_not_aimed_at_its_place(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A protest is against someone; the city it was held in is where, not whom (PLOVER:
    "carried out as protests against the recipient")."""
    ev = next(e for e in events(nlp, text) if e.type == "PROTEST")
    assert not any(p.label in ("GPE", "LOC") for p in ev.targets), [p.text for p in ev.targets]


def test_a_protest_keeps_whom_it_is_against(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = next(
        e
        for e in events(nlp, "Thousands protested in Athens against the government.")
        if e.type == "PROTEST"
    )
    assert has(ev.targets, "government")


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Libya agreed to hand the suspects over for trial in the Netherlands.",
            "agreed",
            "Netherlands",
        ),
        (
            "The relatives might sue for visitation while the child is in the United States.",
            "sue",
            "United States",
        ),
    ],
)
def test_a_place_of_another_act_or_person_is_no_target(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, place: str
) -> None:
    """A place told in another act noun's phrase (the trial's) or in an adverbial clause with
    a subject of its own (where the child is) is not the territory the act is aimed at."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not has(ev.targets, place), [p.text for p in ev.targets]


def test_the_place_an_act_lands_in_stays_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The army imposed a curfew in Kano."), "curfew")
    assert has(ev.targets, "Kano")


def test_a_protest_in_a_country_may_be_against_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    """A country by its own name stands for its state, which a protest held in it may be
    against (as the PLOVER gold codes such protests)."""
    ev = next(
        e
        for e in events(nlp, "Hundreds of miners demonstrated in Turkey on Friday.")
        if e.type == "PROTEST"
    )
    assert has(ev.targets, "Turkey")


def test_battles_told_as_the_scene_keep_their_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """An adverbial clause whose subject is an act sets the scene of the act it is on."""
    text = "The government imposed a curfew as street battles raged in central Kabul."
    ev = by_trigger(events(nlp, text), "curfew")
    assert has(ev.targets, "Kabul")


@pytest.mark.parametrize(
    "text",
    [
        "The army could be deployed in Beijing if the unrest spreads.",
        "Soldiers were deployed in Kabul after the attack.",
    ],
)
def test_forces_deployed_in_a_city_are_not_aimed_at_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """Where forces are deployed is where, not whom (roles 1.23.0)."""
    ev = by_trigger(events(nlp, text), "deployed")
    assert ev.type == "MOBILIZE"
    assert not has(ev.targets, "Beijing") and not has(ev.targets, "Kabul")


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Georgian troops remained on alert in South Ossetia.", "alert", "Ossetia"),
        ("Russian soldiers stayed on high alert in Crimea.", "alert", "Crimea"),
    ],
)
def test_forces_standing_ready_in_a_region_are_not_aimed_at_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, place: str
) -> None:
    """Forces on alert in a region stand there, as forces deployed in a city do: the PLOVER
    recipient is whom the actor mobilizes against, "if that is clear" (roles 1.24.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert ev.type == "MOBILIZE"
    assert not has(ev.targets, place), [p.text for p in ev.targets]


@pytest.mark.parametrize(
    ("text", "trigger", "street"),
    [
        ("Officers set up a roadblock on Church Avenue after the shooting.", "roadblock", "Avenue"),
        ("Soldiers fired on protesters in Tahrir Square on Friday.", "fired", "Square"),
    ],
)
def test_a_street_is_where_not_whom(nlp, text: str, trigger: str, street: str) -> None:  # type: ignore[no-untyped-def]
    """A named street, road or square after a preposition is the act's place, never a party
    (roles 1.24.0)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not has(ev.targets, street), [p.text for p in ev.targets]


def test_a_street_does_not_hide_the_party(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Soldiers fired on protesters in Tahrir Square."), "fired")
    assert has(ev.targets, "protesters")


@pytest.mark.parametrize(
    ("text", "trigger", "accused", "court_place"),
    [
        (
            "The families filed a lawsuit in France against the company.",
            "filed",
            "company",
            "France",
        ),
        (
            "The farmers filed a complaint in Canada against the mining firm.",
            "filed",
            "firm",
            "Canada",
        ),
    ],
)
def test_the_country_a_case_is_brought_in_is_no_one_accused(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, accused: str, court_place: str
) -> None:
    # roles 1.176.0: the country is the court's, the one sued is named
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, accused) and not has(ev.targets, court_place)


def test_where_a_gerund_attack_comes_from_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # roles 1.176.0: "Shelling from X" as "rocket attacks from Gaza": X the doers' side
    evs = events(nlp, "Shelling from Syria hit two villages on Monday.")
    ev = next(e for e in evs if e.trigger == "Shelling")
    assert not has(ev.targets, "Syria")
