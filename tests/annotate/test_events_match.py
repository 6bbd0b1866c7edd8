"""Trigger matching (annotate/events_match.py) on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "The army denied arresting the two reporters.",
        "The ministry denied having detained him.",
        "Police denied that they had arrested him.",
        "Police denied he was arrested.",
    ],
)
def test_a_denial_of_an_act_is_no_rejection(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "deny" over an act (a gerund, infinitive or clause) denies it, as CAMEO's 'deny
    responsibility' statement: the act is negated and nothing is rejected."""
    evs = events(nlp, text)
    assert not [e for e in evs if e.type == "REJECT"]
    assert one(evs, "arrest").negated


def test_denying_something_asked_is_a_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The court denied the request for bail.")
    assert [e.trigger for e in evs if e.type == "REJECT"] == ["denied"]
