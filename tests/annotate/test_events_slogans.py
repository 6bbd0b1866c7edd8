"""Slogans (annotate/events_slogans.py): what a crowd chants or its signs read names no event
and no party of the chanting; sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ('Nurses chanted, "Fund our hospitals," outside the parliament on Monday.', "Fund"),
        ('"Fund our hospitals," the nurses chanted outside the parliament.', "Fund"),
        ('Protesters shouted "Release the students" as police arrived.', "Release"),
        ('The marchers carried banners reading "Free the journalists" on Monday.', "Free"),
    ],
)
def test_slogans_name_no_event(nlp, text: str, slogan: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger == slogan]


def test_slogans_are_no_party_of_the_chanting(nlp) -> None:  # type: ignore[no-untyped-def]
    chant = by_trigger(events(nlp, 'Nurses chanted, "Red for Health," in the hallway.'), "chanted")
    assert chant.type == "PROTEST" and has(chant.actors, "nurses")
    assert chant.targets == ()


@pytest.mark.parametrize(
    "text",
    [
        '"We will release him on Monday," the minister said.',
        'The guard shouted "I will arrest you" at the reporter.',
    ],
)
def test_quoted_speech_that_is_no_slogan_keeps_its_events(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # a minister's statement and one person's shout are no crowd's slogan
    assert {e.mode for e in events(nlp, text)} & {"release", "arrest"}
