"""A document cited as the source of the news is no act of its own (events_senses_sources).
Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import codings


@pytest.mark.parametrize(
    "text",
    [
        "According to an NYPD release, the woman was walking home at 7 p.m.",
        "According to a police release, the driver was traveling north.",
    ],
)
def test_a_release_cited_as_a_source_is_no_release(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not codings(nlp, text, "release")


def test_a_release_demanded_stays_a_release(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters demanded the release of the prisoners."
    assert codings(nlp, text, "release") == ["RETREAT/release"]


def test_a_release_that_says_what_happened_is_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not codings(nlp, "The ship turned back at dawn, the release said.", "release")
    text = "His release angered the families, the minister said."
    assert codings(nlp, text, "release") == ["RETREAT/release"]
