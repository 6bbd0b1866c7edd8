"""What is given or shared is no party (vocabulary rules `release-aid`, `share-knowledge`): aid
or a loan released is aid paid out, no one freed; the knowledge shared is no target. On
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "The IMF released the loan to Kenya on Monday.",
        "The donors released the emergency assistance last week.",
    ],
)
def test_aid_released_is_aid_given(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "released").type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels released the aid workers on Friday.",
        "The militia released the relief convoy and its drivers.",
    ],
)
def test_people_or_vehicles_of_aid_released_are_freed(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, text), "released")
    assert (e.type, e.mode) == ("RETREAT", "release")


def test_what_is_shared_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    e = by_trigger(
        events(nlp, "Greece has agreed to share information Friday on the missing sailors."),
        "share",
    )
    assert e.type == "COOPERATE" and not has(e.targets, "information")
    e = by_trigger(events(nlp, "Norway will share intelligence with Sweden."), "share")
    assert has(e.targets, "Sweden") and not has(e.targets, "intelligence")
