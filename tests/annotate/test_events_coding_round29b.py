"""Precision round 29 on ECB+ news (vocabulary 1.243.0): reaching, asking, medical
examinations, offences named, information passed, a reach extended and the content of rights
and rules are no events; the political or custodial sense of the same word still is."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _types(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # grabbing with nothing grabbed is a reach; grabbing someone an arrest
        ("They thought he was grabbing back to get a gun.", "grabbing", []),
        ("Police grabbed the protester and dragged him away.", "grabbed", ["COERCE"]),
        ("He was grabbed by soldiers outside his house.", "grabbed", ["COERCE"]),
        # the arrest resisted names an offence
        ("His record includes drug violations, resisting arrest and burglary.", "arrest", []),
        ("He was charged with assault and resisting arrest.", "arrest", []),
        ("Police announced the arrest of two suspects.", "arrest", ["COERCE"]),
        # inquiring is asking, inquiring into something an inquiry
        ("Her employer called to inquire why she had not come to work.", "inquire", []),
        ("The reporter inquired about the schedule of the summit.", "inquired", []),
        ("The committee will inquire into the minister's conduct.", "inquire", ["ACCUSE"]),
        # a mind or a wound examined is a medical examination
        ("The trial was delayed while his sanity was being examined.", "examined", []),
        ("Doctors examined the prisoner's wounds on Friday.", "examined", []),
        ("Investigators examined the minister's bank accounts.", "examined", ["ACCUSE"]),
        # tips passed are information, no aid; a reach extended is no aid
        ("The official began to provide tips to the reporter.", "provide", []),
        ("His influence extended to the ports of the south.", "extended", []),
        ("Japan provided food and tents to the refugees.", "provided", ["AID"]),
        ("The bank extended a loan to the government.", "loan", ["AID"]),
        # a visit home is a family one
        ("The student was on a weekend visit home when the fire broke out.", "visit", []),
        ("The soldier was on a short visit home from Iraq.", "visit", []),
        ("He made a rare visit home to see his parents.", "visit", []),
        ("The president visited the home of the opposition leader.", "visited", ["CONSULT"]),
        ("The minister's visit to Kenya ended on Friday.", "visit", ["CONSULT"]),
    ],
)
def test_senses_round29b(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the act a right names, or a rule's "that"-clause, is a case the norm covers
        (
            "The rule gave health workers the right to refuse to take part in the procedure.",
            "refuse",
            [],
        ),
        ("The union won the right to protest outside the ministry.", "protest", []),
        (
            "The regulations eliminate a requirement that agencies seek review by scientists.",
            "seek",
            [],
        ),
        # a right used is an act
        (
            "The workers exercised their right to protest outside the ministry.",
            "protest",
            ["PROTEST"],
        ),
        ("The government refused to lift the curfew.", "refused", ["REJECT"]),
        # a right held or claimed by its party stays, as hypothetical
        ("The army reserves the right to attack the rebels.", "attack", ["ASSAULT"]),
    ],
)
def test_content_of_a_norm(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text, trigger) == expected
