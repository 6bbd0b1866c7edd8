"""Acts told in general (events_senses_generic); sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "She is continuing to dedicate her knowledge to helping Americans lead healthier lives.",
        "A charity devoted to helping refugees opened an office.",
    ],
)
def test_an_aim_a_life_or_a_body_is_dedicated_to_is_no_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.381.0 (left40)."""
    assert not any(e.type == "AID" for e in events(nlp, text))


def test_helping_one_commits_to_is_still_announced(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The government committed to helping Ukraine.")
    assert any(e.type == "AID" and e.future for e in evs)
