"""Precision round 29 on TimeBank news (vocabulary 1.240.0): a reward offered to the public,
members recruited, a craft contacted by radio, merit recognised and a stake given are no
events, and the political sense of the same words still is."""

from __future__ import annotations

import pytest
from event_helpers import events


def _types(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a reward offered for information is offered to the public; an offer to a party stays
        ("A $100,000 award was offered previously by the FBI.", "offered", []),
        ("It is the largest reward the government has ever offered for a fugitive.", "offered", []),
        ("The police offered a bounty for the gang leader.", "offered", []),
        ("The president offered to help Jordan.", "offered", ["AGREE"]),
        # members recruited are a group growing; fighters recruited a force mobilized
        ("The groups grew rapidly, mostly by recruiting younger members.", "recruiting", []),
        ("The party recruited new members across the country.", "recruited", []),
        ("The rebels recruited hundreds of fighters.", "recruited", ["MOBILIZE"]),
        # a plane or a ship reached by radio is traffic control; the rebels contacted a meeting
        ("Controllers could not contact the plane.", "contact", []),
        ("The coast guard tried to contact the vessel.", "contact", []),
        ("The ministers contacted the rebels.", "contacted", ["CONSULT"]),
        # recognition of a place or a contribution is merit; of a state, support
        (
            "The ministers saw membership as recognition of their rightful place in Europe.",
            "recognition",
            [],
        ),
        ("He won the medal in recognition of his contribution to science.", "recognition", []),
        ("The recognition of Kosovo by Germany angered Serbia.", "recognition", ["SUPPORT"]),
        # a stake or an edge a deal gives is ownership or standing; money to a state is aid
        ("The deal would give the company a 50.3% controlling interest.", "give", []),
        ("The purchase gives Vodafone a stake in the operator.", "gives", []),
        ("The United States gave Jordan $100 million.", "gave", ["AID"]),
    ],
)
def test_senses_round29(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _types(nlp, text, trigger) == expected
