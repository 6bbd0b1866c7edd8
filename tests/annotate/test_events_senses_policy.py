"""A plan described, no agreement (annotate/events_senses_policy.py, vocabulary 1.378.1), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _plans(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in events(nlp, text) if e.trigger.lower() in ("plan", "plans")]


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


@pytest.mark.parametrize(
    "text",
    [
        "The airline says it understands why the plan is being put in place.",
        "Debate should go forward rather than individual plans being put out there at random.",
        "The treasurer is taking a set of plans home for the weekend.",
    ],
)
def test_a_plan_only_handled_is_no_agreement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A plan with no owner, content or party, the passive subject of a verb with no "by" or
    counted by a quantity noun, is moved about, not agreed (prec45, vocabulary 1.439.0)."""
    assert _plans(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The plan was approved by the council on Monday.",
        "The treasurer is taking the government's set of plans to the cabinet.",
    ],
)
def test_a_plan_handled_with_its_parties_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _plans(nlp, text) == ["AGREE"]
