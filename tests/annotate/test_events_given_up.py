"""Places a surrender gives up (annotate/events_given_up.py), on sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "The militia agreed to surrender Mosul to the local clan leaders.",
        "The rebels surrendered Kabul to the tribal chiefs on Sunday.",
    ],
)
def test_a_town_given_up_is_no_target_the_side_given_it_is(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, text, "surrender")
    assert targets and all(t not in ("Mosul", "Kabul") for t in targets), targets
    assert any("leaders" in t or "chiefs" in t for t in targets), targets


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("State radio announced the surrender of Herat, the last city.", "Herat"),
        ("Their rule ended with the surrender of the last province in the south.", "province"),
    ],
)
def test_the_place_a_surrender_is_of_is_no_party(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    actors, targets = parties(nlp, text, "surrender")
    assert all(place not in p for p in actors + targets), (actors, targets)


def test_a_country_surrendering_stays_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "The war ended with the surrender of Japan.", "surrender")
    assert actors == ["Japan"]
