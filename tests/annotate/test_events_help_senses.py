"""Help with work on a thing, help by things and rescue crews named are no aid
(events_senses_help.hand_in_an_act, helped_by_things; events_senses_everyday.rescuers_named;
vocabulary 1.219.0)."""

from __future__ import annotations

import pytest
from event_helpers import events


def _aid(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger for e in events(nlp, text) if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor helped paint a mural in the town square.",
        "The council set aside money to help build a new library.",
        "Volunteers helped plant trees along the river.",
        "Farmers have been helped by heavy rain and lower fuel prices.",
        "Lower fuel prices helped farmers this year.",
        "Search and rescue teams reached the collapsed building.",
        "Fire and rescue crews were called to the scene.",
        # a hand in weakening a thing is no aid to its owner (vocabulary 1.225.0)
        "The reporter's leaks helped undermine Nixon's presidency.",
        # a relative clause on the work tells of someone else's deeds (vocabulary 1.236.12)
        "The city paid to help build a statue of Lopez, the poet who gave his songs to the nation.",
    ],
)
def test_no_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _aid(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan will help build a port in Kenya.",
        "The king offered to help cover Lebanon's losses.",
        "The company was helped by loans from the IMF.",
        "The United States helped the refugees.",
        "The United States helped Iraq rebuild.",
        "Rich nations must allocate greater resources to help with the fight against poverty.",
    ],
)
def test_aid_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _aid(nlp, text) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces moved to defend a party are military assistance (vocabulary 1.219.0)
        ("Thousands of American soldiers have massed to defend Kuwait.", ["AID"]),
        ("NATO deployed fighter jets to defend its eastern members.", ["AID"]),
        # a stand defended stays backing
        ("The minister defended the decision on Tuesday.", ["SUPPORT"]),
    ],
)
def test_defend(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text) if e.trigger.startswith("defend")] == expected


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Britain sent troops to help defend Saudi Arabia.", "Saudi Arabia"),
        ("The United States will send material to help defend Ukraine.", "Ukraine"),
    ],
)
def test_backing_told_as_the_aim_of_aid_is_no_act_of_its_own(  # type: ignore[no-untyped-def]
    nlp, text: str, recipient: str
) -> None:
    """vocab 1.381.0 (left40): the aid keeps whom it is for, the defence is its aim."""
    evs = events(nlp, text)
    assert [e.type for e in evs] == ["AID"]
    assert [t.text for t in evs[0].targets] == [recipient]


def test_an_attack_a_force_is_sent_for_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The army sent troops to attack the rebels.")
    assert any(e.type == "ASSAULT" for e in evs)
