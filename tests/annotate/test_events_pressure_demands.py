"""Pressure put on a party as a demand on it (annotate/events_pressure_demands.py), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "presser", "pressed"),
    [
        ("The State Government is under pressure to release the report.", None, "Government"),
        (
            "Washington stepped up pressure on Damascus to expel the militants.",
            "Washington",
            "Damascus",
        ),
        (
            "The union is under increasing pressure from its members to call off the strike.",
            "members",
            "union",
        ),
        ("There is mounting international pressure on Israel to withdraw.", None, "Israel"),
    ],
)
def test_pressure_on_a_party_is_a_demand_on_it(  # type: ignore[no-untyped-def]
    nlp, text: str, presser: str | None, pressed: str
) -> None:
    pressure = by_trigger(events(nlp, text), "pressure")
    assert pressure.type == "REQUEST"
    assert not (pressure.negated or pressure.hypothetical or pressure.future)
    assert any(pressed in t.text for t in pressure.targets)
    if presser is not None:
        assert any(presser in a.text for a in pressure.actors)


@pytest.mark.parametrize(
    "text",
    [
        "The batsmen were under pressure in the final session.",  # a strain, no demand
        "Rising costs are putting pressure on household budgets.",  # no party
        "A high pressure system will bring hot winds to the state.",
        "The pilot lost cabin pressure over the sea.",
        "Inflationary pressure on wages eased in the quarter.",
        "There is more pressure on the home side this week.",  # a strain told, no one presses
    ],
)
def test_a_strain_is_no_demand(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger.lower().startswith("pressure")]
