"""A warship's challenge to a vessel (annotate/events_senses_hails.py, vocabulary 1.378.6), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _triggers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger.lower() for e in events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The frigate turned towards the two skiffs and challenged them.",
        "The warship changed course and challenged the smugglers on the dhow.",
    ],
)
def test_a_warship_challenging_a_craft_rejects_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "challenged" not in _triggers(nlp, text)


def test_a_party_challenging_a_result_still_rejects_it(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The opposition challenged the election results.")
    assert any(e.trigger == "challenged" and e.type == "REJECT" for e in evs)
