"""Parties named as modifiers of an act noun (events_act_modifiers); sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "The country, caught up in an Islamic insurgency, has no functioning government.",
        "The army is fighting an Islamic insurgency in the north.",
    ],
)
def test_a_creeds_adjective_is_no_doer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """roles 1.156.0 (left40): "Islamic" tells the insurgency's kind, no insurgent."""
    (uprising,) = [e for e in events(nlp, text) if e.trigger == "insurgency"]
    assert uprising.actors == ()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A Kurdish rebellion spread across the region.", "rebellion"),
        ("Islamic State attacks killed dozens of people.", "killed"),
    ],
)
def test_a_peoples_adjective_or_a_groups_name_still_does_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    (act,) = [e for e in events(nlp, text) if e.trigger == trigger]
    assert act.actors
