"""Leftovers of precision round 28 (vocabulary 1.237.0, modality 1.82.0): everyday or
standing senses of event words are no events, and the political sense of the same word
still is."""

from __future__ import annotations

import pytest
from event_helpers import events


def _types(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # rising up in anger is an outcry, rising up against a ruler an uprising
        ("Thousands of students rose up in anger over the killings.", "rose up", ["PROTEST"]),
        ("The town did not rise up in outrage over the arrests.", "rise up", ["PROTEST"]),
        ("The soldiers rose up against the king.", "rose up", ["ASSAULT"]),
        # money for a campaign or a party is party financing, goods to refugees aid
        ("The businessman donated $5,000 to the Democratic Party.", "donated", []),
        ("He contributed heavily to the senator's reelection campaign.", "contributed", []),
        ("Japan donated food and tents to the refugees.", "donated", ["AID"]),
        (
            "Britain contributed troops to the campaign against the insurgents.",
            "contributed",
            ["AID"],
        ),
        # handed into someone's custody is a handover, freed from custody a release
        ("The boy was released into the custody of his grandmother.", "released", []),
        ("He was released into the care of relatives in Miami.", "released", []),
        ("The journalist was released from custody on Friday.", "released", ["RETREAT"]),
        ("The militia released four aid workers on Friday.", "released", ["RETREAT"]),
        # daring anyone is no rejection; defying an order is
        ("She stood there defying anyone to tell her she was wrong.", "defying", []),
        ("The protesters defied the court's order.", "defied", ["REJECT"]),
        # a standing commitment is a stance, a commitment made a pledge
        (
            "The minister reaffirmed the government's unwavering commitment to democracy.",
            "commitment",
            [],
        ),
        ("The government made a commitment to withdraw its troops.", "commitment", ["AGREE"]),
        # talk that pours or swirls is gossip; talks held are a meeting
        ("Talk of a cabinet reshuffle swirled through the capital.", "talk", []),
        (
            "Even miles away from demonstrators who keep vigil outside the house where the boy"
            " lives, talk about the standoff between his relatives and immigration officials"
            " pours from coffee stands.",
            "talk",
            [],
        ),
        ("The foreign ministers held talks in Geneva on Monday.", "talks", ["CONSULT"]),
        ("The two leaders talked for an hour about the border.", "talked", ["CONSULT"]),
        # working with one's unit or colleagues is one's job; with the authorities cooperation
        ("The deputy, who worked with a narcotics unit, was shot.", "worked with", []),
        ("She worked with colleagues in the accounts department.", "worked with", []),
        ("Kraft is working closely with the authorities.", "working closely with", ["COOPERATE"]),
        (
            "The government worked with the United Nations to deliver aid.",
            "worked with",
            ["COOPERATE"],
        ),
        # rights violated are repression; a norm violated a rejection
        ("Police officers violated the rights of the detainees.", "violated", ["COERCE"]),
        ("Cuba does violate human rights and fundamental freedoms.", "violate", ["COERCE"]),
        ("The governor violated the constitution.", "violated", ["REJECT"]),
    ],
)
def test_senses_round28c(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "hypothetical"),
    [
        # grounds or a basis to act tell no act done
        ("Project opponents will get grounds to sue.", "sue", True),
        ("The police had no legal basis to arrest him.", "arrest", True),
        ("The families have grounds for a lawsuit against the army.", "lawsuit", True),
        # the offence on whose grounds one is arrested is no goal
        ("The police arrested him on grounds of sedition.", "arrested", False),
    ],
)
def test_grounds_to_act(nlp, text: str, trigger: str, hypothetical: bool) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in events(nlp, text) if e.trigger.lower() == trigger]
    assert found
    assert all(e.hypothetical is hypothetical for e in found)
