"""The group a bare count stands for (annotate/events_counted_groups.py), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "group"),
    [
        (
            "Two managed to escape, but the other three boats were intercepted by the navy.",
            "escape",
            "boats",
        ),
        ("Police stopped five boats near the port. Two managed to escape.", "escape", "boats"),
    ],
)
def test_a_bare_numeral_subject_is_some_of_the_group_the_text_counts(
    nlp, text: str, trigger: str, group: str
) -> None:  # type: ignore[no-untyped-def]
    """roles 1.171.1"""
    fled = by_trigger(events(nlp, text), trigger)
    assert has(fled.actors, group)


def test_a_count_of_them_is_some_of_the_group_counted_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police stopped five fishing boats near the port. Two of them were seized."
    seized = by_trigger(events(nlp, text), "seized")
    assert has(seized.targets, "boats") and not has(seized.targets, "Police")


def test_a_count_with_no_group_told_stays_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    killed = by_trigger(events(nlp, "Two were killed in the blast."), "killed")
    assert has(killed.targets, "Two")
