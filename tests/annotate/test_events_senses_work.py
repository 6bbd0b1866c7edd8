"""Senses of work and careers (events_senses_work); sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "He was promoted to senior vice president in 2003.",
        "She was promoted to captain last year.",
        "The ministry promoted two colonels to the rank of general.",
        "The president promoted him to general.",
        # "office" is no word of `rank_post_nouns` (vocab 1.395.0): the person promoted tells it
        "The board promoted the accountant to the office of treasurer.",
    ],
)
def test_a_promotion_in_rank_is_no_support(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.381.0 (left40): a career's step, no backing of a party."""
    assert not any(e.trigger.startswith("promot") for e in events(nlp, text))


@pytest.mark.parametrize(
    "text",
    ["The group promotes democracy in the region.", "The government promoted the plan to voters."],
)
def test_promoting_a_cause_stays_support(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text) if e.trigger.startswith("promot")] == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Workers will vote on whether to give union leaders permission to call a strike.",
        "The dockers, members who vote on whether to give union leaders permission to call a "
        "strike, met on Monday.",
    ],
)
def test_a_unions_own_strike_authorization_is_no_concession(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.381.0 (left40): members authorizing their leaders, inside the union."""
    assert not any(e.type == "CONCEDE" for e in events(nlp, text))


def test_an_authoritys_permission_to_strike_stays_a_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ministers will decide whether to give union leaders permission to call a strike."
    assert any(e.type == "CONCEDE" for e in events(nlp, text))
