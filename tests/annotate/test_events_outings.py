"""Visits to places and telephone calls, which meet or ask no one (events_outings, vocabulary
1.195.0); civilians surrounding a building protest (surround-protest, 1.195.0)."""

from __future__ import annotations

import pytest
from event_helpers import events


def _codings(evs, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{e.type}/{e.mode}" for e in evs if e.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize(
    "text",
    [
        "The defense minister met with senior officials and paid a visit to the city's old prison.",
        "The president paid a visit to the national museum on Friday.",
        "The delegation visited a war memorial and a cemetery outside the capital.",
        # a tour of places goes round them (vocabulary 1.212.0)
        "The chief inspector led his team on a long tour of three weapons sites.",
        "The ambassador went on a tour of two factories near the port.",
        # a count or a quantifier of places stands for them (vocabulary 1.236.7)
        "The team made surprise visits to a number of sites on Friday.",
        "He would not try to visit any of the eight presidential sites.",
    ],
)
def test_a_visit_to_a_place_meets_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), "visit") == []
    assert _codings(events(nlp, text), "tour") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister paid a visit to the governor.", ["CONSULT/meet"]),
        ("The prime minister visited Moscow last week.", ["CONSULT/meet"]),
        ("The candidate began a tour of four states, meeting voters.", ["CONSULT/meet"]),
        # an inspectors' visit to a site is an inspection
        ("The inspectors paid a visit to the nuclear site.", ["ACCUSE/investigate"]),
    ],
)
def test_a_visit_to_a_host_or_an_inspection_stays(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    word = "tour" if " tour " in text else "visit"
    assert _codings(events(nlp, text), word) == expected


@pytest.mark.parametrize(
    "text",
    [
        "That struck me as different from other calls I had listened to.",
        "The official said he had listened to calls between the two leaders.",
        "The senator said on a call with reporters that the bill was dead.",
        "Investigators reviewed dozens of phone calls made by the suspect.",
    ],
)
def test_a_telephone_call_is_no_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The unions repeated their calls for the resignation of the cabinet.",
        "Protesters renewed their call on the government to resign.",
    ],
)
def test_a_call_for_something_stays_a_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), "call") == ["REQUEST/None"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Several thousand teachers surrounded the parliament on Tuesday to demand better pay.",
            "surrounded",
            ["PROTEST/demo"],
        ),
        ("Hundreds of farmers encircled the ministry building.", "encircled", ["PROTEST/demo"]),
        # police or troops surrounding stay a cordon
        (
            "Police surrounded the house where the gunmen were hiding.",
            "surrounded",
            ["COERCE/restrict"],
        ),
        ("Government troops encircled the rebel-held town.", "encircled", ["COERCE/restrict"]),
    ],
)
def test_civilians_surrounding_a_building_protest(
    nlp, text: str, trigger: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a round of towns or counties is campaigning or inspection (vocabulary 1.219.0)
        "The senator toured six towns last week.",
        "The governor visited three villages hit by the flood.",
        "She toured four counties in two days before the primary.",
    ],
)
def test_a_round_of_towns_meets_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), "visit") == []
    assert _codings(events(nlp, text), "tour") == []


def test_a_visit_to_a_state_still_meets(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, "The president visited France last week."), "visit") == [
        "CONSULT/meet"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # calls from members of the public, asking nothing told (vocabulary 1.219.0)
        "The agency has received anxious calls from would-be tourists.",
        "The hotline got hundreds of calls from worried parents.",
    ],
)
def test_calls_from_the_public_ask_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), "call") == []


def test_calls_from_leaders_to_act_still_ask(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "There were renewed calls from Western leaders to release him."
    assert _codings(events(nlp, text), "call") == ["REQUEST/None"]


@pytest.mark.parametrize(
    "text",
    [
        # travellers, or a people named by its nationality, visit no host (vocabulary 1.229.0)
        "Americans should exercise caution when visiting Kenya and Uganda.",
        "Tourists visiting Egypt spent more money last year.",
        "Thousands of pilgrims are visiting Jerusalem this week.",
    ],
)
def test_travellers_visiting_a_country_meet_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), "visit") == []


@pytest.mark.parametrize(
    "text",
    [
        "American officials visiting Kenya met the president.",
        "The foreign minister is visiting Kenya this week.",
    ],
)
def test_officials_visiting_a_country_still_meet(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), "visit") == ["CONSULT/meet"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaving one's country that one is free or able to do is no exile (vocabulary 1.229.0)
        (
            "The journalist was charged with treason last year, and the soonest she would be"
            " free to leave the country is next week.",
            [],
        ),
        (
            "The journalist was charged with treason last year, and she is now able to leave"
            " the country.",
            [],
        ),
        (
            "The journalist was charged with treason last year, and she left the country for"
            " Spain on Monday.",
            ["COERCE/exile"],
        ),
    ],
)
def test_a_departure_one_is_free_to_make_is_no_exile(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), "le") == expected
