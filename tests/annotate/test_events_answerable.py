"""Who an act noun is the work of by a phrase of answering for it (annotate/
events_answerable.py, events_relative_gaps.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Police arrested the militants behind the bombing of the bus.", "bombing", "militants"),
        ("The group was behind the attack on the embassy.", "attack", "group"),
        ("The rebels were responsible for the killing of the farmers.", "killing", "rebels"),
        (
            "The government held the rebels responsible for the attack on the convoy.",
            "attack",
            "rebels",
        ),
        (
            "Soldiers were trying to arrest Omar Khalil, a man they say is "
            "responsible for many attacks.",
            "attacks",
            "Khalil",
        ),
    ],
)
def test_the_one_behind_or_responsible_for_an_act_is_its_actor(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    assert has(by_trigger(events(nlp, text), trigger).actors, doer)


def test_a_relative_clause_gap_reported_is_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a militant they say attacked the convoy": the militant attacked, "they" only say so
    ev = by_trigger(
        events(nlp, "Soldiers killed a militant they say attacked the convoy."), "attacked"
    )
    assert has(ev.actors, "militant") and has(ev.targets, "convoy")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The two brothers were equally responsible for the policeman's murder, "
            "their lawyer argued.",
            "murder",
        ),
        ("The minister is partly responsible for the riots in the capital.", "riots"),
    ],
)
def test_a_blame_shared_out_names_no_doer(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    # blamed "equally" or "partly": beside the doer, not told as the one who did it
    assert not by_trigger(events(nlp, text), trigger).actors
