"""A plan described, no agreement (annotate/events_senses_policy.py, vocabulary 1.378.1), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _plans(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in events(nlp, text) if e.trigger.lower() == "plan"]


@pytest.mark.parametrize(
    "text",
    [
        "It is a plan that will cut taxes for working families.",
        "The committees have made progress on a plan that will lower costs.",
    ],
)
def test_a_plan_described_is_no_agreement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _plans(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It is a plan that both sides signed.",
        "It is a plan which was approved by the council.",
        "It is the plan of the rebels.",
    ],
)
def test_a_plan_with_its_parties_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _plans(nlp, text) == ["AGREE"]
