"""Trade, budgets, markets, products and hiring told with the words of politics are no events
between parties (events_senses_economy); the same words between parties still are."""

from __future__ import annotations

import pytest
from event_helpers import events


def _types(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # buyers' demand met is supplied, no concession (vocabulary 1.208.0)
        ("The studio hired staff to meet the demand of wealthy clients.", "meet", []),
        ("Builders cannot meet growing demand for housing.", "meet", []),
        ("The government met the demands of the strikers.", "met", ["CONCEDE"]),
        ("The government met the demand of the protesters.", "met", ["CONCEDE"]),
    ],
)
def test_market_demand_met_is_no_concession(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    assert _types(nlp, text, trigger) == expected
