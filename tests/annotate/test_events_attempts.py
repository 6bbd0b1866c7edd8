"""Violence attempted is violence done (events_attempts). Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow


def test_an_attack_attempted_is_made(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers were attempting to kill the militia leader when the car exploded."
    ev = by_trigger(events(nlp, text), "kill")
    assert ev.type == "ASSAULT" and not ev.hypothetical
    assert ev.mode is None  # no killing told: the leader may have lived
    text = "Israeli forces tried to assassinate a Hamas commander."
    ev = by_trigger(events(nlp, text), "assassinate")
    assert (ev.mode, ev.hypothetical) == ("assassinate", False)


def test_an_attempt_denied_ahead_alleged_or_plotted_is_not_made(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, word in (
        ("He was accused of trying to kill his wife.", "kill"),
        ("The rebels will try to storm the town.", "storm"),
        ("The gunmen plotted to kill the governor.", "kill"),
        ("The army did not try to attack the village.", "attack"),
    ):
        ev = by_trigger(events(nlp, text), word)
        assert ev.hypothetical or ev.negated or ev.future, text
    # an arrest attempted is no arrest made
    assert by_trigger(events(nlp, "Police tried to arrest the protesters."), "arrest").hypothetical
