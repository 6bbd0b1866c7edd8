"""Leftovers of round 30 on real news (vocabulary 1.258.0): a decision on a patient's care is
no agreement, a gathering verb with its own object names no act its subject does in a "for"
phrase; and checks that stood already: an act of a no-event rule is no event of the
vocabulary for a word of intent, a requirement's "that"-clause is a case it covers, a place in
a "since" phrase of time is no party."""

from __future__ import annotations

import pytest
from event_helpers import codings, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _actors(nlp, text: str, trigger: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[a.text for a in e.actors] for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a decision on a patient's care is no agreement between parties
        ("The relatives agreed to take him off life support.", "agreed", []),
        ("The patient agreed to undergo surgery next week.", "agreed", []),
        ("Her parents consented to an autopsy on Monday.", "consented", []),
        # an agreement between parties stays, "support" of a party too
        ("The rebels agreed to release the prisoners.", "agreed", ["AGREE/None"]),
        ("The government agreed to support the rebels.", "agreed", ["AGREE/None"]),
        # an act a no-event rule types is no event of the vocabulary for a word of intent
        ("The singer is eager to give an interview to the BBC.", "eager", []),
        ("My neighbour plans to cross the river next week.", "plans", []),
        # what a requirement's "that"-clause demands is a case it covers
        (
            "The rule eliminates a requirement that federal agencies consult the service.",
            "consult",
            [],
        ),
        ("Officials removed a requirement that the ministries consult the unions.", "consult", []),
    ],
)
def test_leftovercodings(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


def test_verdict_giver_is_no_doer_of_the_crime(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A jury returned a guilty verdict against Smith for the murder of Jones."
    assert "jury" not in " ".join(a for acts in _actors(nlp, text, "murder") for a in acts)
    # a gathering verb with no object still names what its subject gathers for
    assert _actors(nlp, "The envoy returned for talks with the rebels.", "talks") == [["envoy"]]


def test_place_in_a_since_phrase_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In the largest U.S. naval operation since Korea, an estimated 9,000 American sailors "
        "have already massed to defend Kuwait."
    )
    for acts in _actors(nlp, text, "massed") + _actors(nlp, text, "defend"):
        assert acts and "Korea" not in acts
