"""Precision round 34 on ECB+ news (vocabulary 1.292.0): a noise or a smell looked into, a
convention attended, a deadline given, a juror dismissed and firefighting made possible are
no events; a participle coordinated with a modifier before a noun is a modifier too; the one
who signs or issues an order, a ruling or a law does the act it orders; who puts a march's
size at a number counts it, no party to it. The political senses still stand."""

from __future__ import annotations

import pytest
from event_helpers import codings, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a sound or a smell looked into is someone checking what it is
        ("A neighbour went next door to investigate the noise.", "investigate", []),
        ("She walked downstairs to investigate a strange smell.", "investigate", []),
        (
            "Police are investigating the shooting of a teenager.",
            "investigating",
            ["ACCUSE/investigate"],
        ),
        # a convention or a fair attended is a trade or party gathering
        ("The mayor, who was away attending a convention, flew home.", "attending", []),
        ("The minister attended the party convention in Ohio.", "attended", []),
        ("Foreign ministers attended the summit in Geneva.", "attended", ["CONSULT/meet"]),
        # a deadline or a date given is a time limit set
        ("The judge gave the lawyers a June 1 deadline to file the papers.", "gave", []),
        ("The court gave the defence a trial date in March.", "gave", []),
        ("The government gave the rebels 48 hours to leave the city.", "gave", ["THREATEN/expel"]),
        ("The United States gave Jordan $200 million in aid.", "gave", ["AID/None"]),
        # a juror let go is court procedure
        ("One juror was dismissed after falling ill.", "dismissed", []),
        ("The judge dismissed two jurors for talking to reporters.", "dismissed", []),
        ("The prime minister dismissed calls to resign.", "dismissed", ["REJECT/None"]),
        # firefighting made possible concedes nothing to anyone
        (
            "The crews brought ladders to allow firefighters to reach the roof of the store.",
            "allow",
            [],
        ),
        ("The army allowed foreign observers to monitor the vote.", "allowed", ["CONCEDE/None"]),
        # a participle coordinated with a modifier before a noun is a modifier
        (
            "Armed men carried out another bold and carefully planned robbery of a bank.",
            "planned",
            [],
        ),
        ("The rebels planned the attack for months.", "attack", ["ASSAULT/None"]),
    ],
)
def test_prec34_codings(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected, text


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The president signed an executive order lifting the ban on aid.", "lifting", "president"),
        ("The governor signed an order banning public gatherings.", "banning", "governor"),
        ("Parliament passed a law banning the opposition party.", "banning", "Parliament"),
    ],
)
def test_issued_order_is_its_signers_act(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, text, trigger)
    assert actors == [actor], text


def test_rejected_law_says_nothing_of_its_author(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "The ministers rejected a law banning the party.", "banning")
    assert actors == []


@pytest.mark.parametrize(
    "text",
    [
        "Police put the march at about 20,000 people.",
        "Organisers estimated the rally at 100,000.",
    ],
)
def test_who_counts_a_protest_is_no_party(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    trigger = "march" if "march" in text else "rally"
    assert parties(nlp, text, trigger) == ([], []), text


def test_who_stages_a_march_still_marches(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "The union staged a march against the cuts.", "march")[0] == ["union"]
