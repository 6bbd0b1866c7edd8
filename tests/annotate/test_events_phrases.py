"""Argument phrases (annotate.events_phrases), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, one

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "Thursday night soldiers detained two union leaders.",
        "The following morning soldiers detained two union leaders.",
    ],
)
def test_a_fronted_time_is_no_part_of_the_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the parser folds the time into the subject's phrase as a compound
    ev = one(events(nlp, text), "arrest")
    assert [a.text for a in ev.actors] == ["soldiers"]
