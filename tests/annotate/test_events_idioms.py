"""Fixed uses of event words that tell no event (events_idioms; vocabulary 1.187.0): an
airliner's numbered flight, a blow told only by how hard it fell; and, beside them, the
other senses of the eighth TempEval-3 round (vocabulary 1.187.0) on sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _codings(evs, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{e.type}/{e.mode}" for e in evs if e.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an airliner's flight, by its number or its airline
        ("The men are suspected of blowing up Pan Am flight one oh three.", "flight", []),
        ("Investigators said TWA flight 800 broke apart at sea.", "flight", []),
        ("The flight of refugees from the border towns continued.", "flight", ["RETREAT/flee"]),
        # how hard a blow fell, with no one dealing it
        (
            "Builders and farmers are expected to be hardest hit when the slump deepens.",
            "hit",
            [],
        ),
        ("The coastal towns were badly hit, officials said.", "hit", []),
        ("The towns hardest hit by the air strikes buried their dead.", "hit", ["ASSAULT/aerial"]),
        ("Rebels hit the convoy hard near the border.", "hit", ["ASSAULT/None"]),
        # credit told by its cost
        ("Lower rates have helped builders by making loans more affordable.", "loans", []),
        ("Loans became more expensive last year.", "loans", []),
        ("The World Bank approved loans to Kenya.", "loans", ["AID/None"]),
    ],
)
def test_idioms(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a person sought is looked for
        ("They were being sought for questioning by the police.", "sought", []),
        ("Police are seeking the driver of the van.", "seeking", []),
        ("The rebels sought the release of the hostages.", "sought", ["REQUEST/None"]),
        ("The opposition sought talks with the government.", "sought", ["REQUEST/None"]),
        # talk with no article, owner or party is rumour
        ("As talk of a coup swirled, the president left the capital.", "talk", []),
        ("The talk with the rebels lasted two hours.", "talk", ["CONSULT/meet"]),
        ("Amid talk of a coup, the envoy left the capital.", "talk", []),
        (
            "The negotiators return to Geneva for talk on limiting missiles.",
            "talk",
            ["CONSULT/meet"],
        ),
        ("Talks between Norland and Vesta resumed on Monday.", "talks", ["CONSULT/meet"]),
        # committing an offence is no pledge
        ("The two men were charged with conspiracy to commit murder.", "commit", []),
        ("Norway is committed to the peace process.", "committed", ["AGREE/None"]),
        # an intent to cut or tax is no cooperation
        ("The government plans to push through budget cuts next year.", "plans", []),
        ("The ministry intends to raise taxes on fuel.", "intends", []),
        # a plan to act on its own is no agreement (the lead's ruling, vocabulary 1.300.0)
        ("The government plans to build new ports.", "plans", []),
        # a norm guaranteed is no pledge
        ("The state does not guarantee the rule of law to its people.", "guarantee", []),
        ("The constitution guarantees freedom of worship.", "guarantees", []),
        ("The army guaranteed the safety of the hostages.", "guaranteed", ["AGREE/None"]),
        # police charging a crowd repress it; a charge in court stays an accusation
        ("Police charged the pickets outside the factory.", "charged", ["COERCE/repress"]),
        ("Police charged the protesters with rioting.", "charged", ["ACCUSE/charge"]),
        ("Prosecutors charged the protesters.", "charged", ["ACCUSE/charge"]),
        # inspectors visiting inspect
        (
            "U.N. inspectors visited the presidential palaces on Monday.",
            "visited",
            ["ACCUSE/investigate"],
        ),
        (
            "The inspectors made surprise visits to sites across the country.",
            "visits",
            ["ACCUSE/investigate"],
        ),
        ("The minister paid a visit to the troops.", "visit", ["CONSULT/meet"]),
        # a suspect handed over is extradited; hostages handed over are released
        (
            "Syria handed the suspect over to Lebanese authorities.",
            "handed",
            ["COOPERATE/extradite"],
        ),
        ("The rebels handed over the hostages to the Red Cross.", "handed", ["RETREAT/return"]),
    ],
)
def test_senses_of_tempeval_news_eighth(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an event noun modifying a noun of experts names their field
        ("The FBI sent agents and bombing and evidence specialists there.", "bombing", []),
        ("The army flew in bomb and mine experts.", "bomb", []),
        ("Police called in kidnapping and ransom specialists.", "kidnapping", []),
        ("The bombing suspects were arrested on Monday.", "arrested", ["COERCE/arrest"]),
        # a time bomb said of something, ticking or waiting to go off
        ("It's a time bomb just waiting to go off, the banker said.", "bomb", []),
        ("The pension deficit is a ticking time bomb.", "bomb", []),
        ("Unemployment among the young remains a time bomb.", "bomb", []),
    ],
)
def test_experts_and_time_bombs(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected


def test_a_time_bomb_that_went_off_is_told(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "A time bomb exploded in the market, killing five people.")
    assert any(e.type == "ASSAULT" for e in evs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what one "has to offer" told by an amount is what it can provide (vocabulary 1.212.0)
        ("All in all, the new library has a lot to offer.", []),
        ("By the third round it was clear the challenger had nothing to offer.", []),
        ("The old town has much to offer visitors in the spring.", []),
        # an offer made, or one in hand to make, stays
        ("The government has offered a ceasefire to the rebels.", ["AGREE/None"]),
        ("The rebels have a new proposal to offer the government.", ["AGREE/None"]),
    ],
)
def test_what_one_has_to_offer(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), "offer") == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "talk" in the singular is what people say, no talks halted (vocabulary 1.229.0)
        ("His apology didn't stop the talk in the city's cafes.", "stop", []),
        ("The scandal did not stop the talk of a comeback.", "stop", []),
        # talks halted are relations reduced (CAMEO 164; vocabulary 1.380.4)
        ("The government stopped the talks with the rebels.", "stopped", ["SANCTION/withdraw"]),
    ],
)
def test_talk_in_the_singular_is_chatter(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _codings(events(nlp, text), trigger) == expected
