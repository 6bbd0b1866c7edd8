"""Types and flags of news English left after the fortieth session (left41): a charge run at
a crowd, ... Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has


def _triggered(nlp, text: str, trigger: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in events(nlp, text) if e.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize(
    "text",
    [
        "Police charged at the crowd with batons.",
        "Riot police charged into the protesters outside parliament.",
    ],
)
def test_a_charge_run_at_a_crowd_is_repression(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), "charged")
    assert (act.type, act.mode) == ("COERCE", "repress")
    assert has(act.actors, "police")


def test_a_charge_laid_stays_an_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police charged the protesters with rioting."
    assert by_trigger(events(nlp, text), "charged").type == "ACCUSE"
