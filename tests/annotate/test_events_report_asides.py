"""A reporting aside inside the sentence it reports (annotate/events_report_asides.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("After shooting the clerk, police said, the man walked out of the store.", "man"),
        ("After shooting the clerk, Sheriff Ann Cole said, the gunman fled in a truck.", "gunman"),
    ],
)
def test_the_reported_clause_does_the_opening_gerund(nlp, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "shooting")
    assert [a.text for a in ev.actors] == [doer]


def test_a_reporter_without_the_aside_comma_still_does_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "After meeting the envoy, the minister said he was hopeful."), "meeting"
    )
    assert [a.text for a in ev.actors] == ["minister"]
