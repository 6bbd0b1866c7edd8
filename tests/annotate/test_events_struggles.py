"""A political struggle against a government is no assault, and an -ing word describing
the event noun after it is no act on that noun's doer (events_filters), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_leading_the_struggle_against_a_military_government_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "She spent years under house arrest at her home in Dhaka, where she led the "
        "struggle against a military government."
    )
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_an_armed_struggle_against_a_regime_stays_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels waged an armed struggle against the regime for a decade."
    assert [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_a_describing_ing_word_is_no_act_on_the_sanctions_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The officers plotted a revolt against the president amid punishing U.S. sanctions "
        "imposed after the election."
    )
    evs = events(nlp, text)
    assert not [e for e in evs if any("U.S." in t.text for t in e.targets)]
    revolt = next(e for e in evs if e.mode == "uprising")
    assert revolt.hypothetical and any("president" in t.text for t in revolt.targets)
    assert any(e.type == "SANCTION" and any("U.S." in a.text for a in e.actors) for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        # what a court grants, fought for (vocabulary 1.219.0)
        "The grandparents are fighting for custody of the girl.",
        "The widow has battled for compensation since the crash.",
        # a struggle's infinitive the parser hangs on the verb that takes it
        "The mother may lose her fight to keep the children if the judge rules against her.",
    ],
)
def test_a_case_fought_is_no_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_fighting_for_control_of_a_city_stays_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels are fighting for control of the city."
    assert [e for e in events(nlp, text) if e.type == "ASSAULT"]
