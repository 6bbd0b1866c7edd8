"""A place in a "from" phrase is where someone watched or came from, never the target of
the act nor the state that did it (events_attrs.in_source_phrase), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_city_after_a_prison_watched_from_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ortiz, 61, followed the hearing by video from the men's prison in the San Pedro "
        "neighborhood of La Paz, where he has been held since his arrest."
    )
    # (a court's hearing is no inquiry since vocabulary 1.124.0; none left names the place)
    for hearing in [e for e in events(nlp, text) if e.trigger.lower() == "hearing"]:
        assert not has(hearing.targets, "La Paz") and not hearing.actors
        assert not (hearing.location and "La Paz" in hearing.location)


def test_a_trial_watched_from_a_prison_is_not_the_places_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The senator watched the trial from a prison in Quito."
    trial = by_trigger(events(nlp, text), "trial")
    assert not trial.actors and not trial.targets


def test_a_release_from_a_prison_is_still_located_there(nlp) -> None:  # type: ignore[no-untyped-def]
    freed = by_trigger(events(nlp, "He was released from a prison in Quito."), "released")
    assert freed.location == "Quito"
