"""Whom a he/she stands for (annotate/events_pronouns.py), on texts written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

from chronicler.annotate.events_pronouns import person_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Daniel R. Hollis Jr.", ("hollis",)),
        ("Daniel Hollis, Jr.", ("hollis",)),
        ("Carl Brandt III", ("brandt",)),
        ("Hollis", ("hollis",)),
        ("Jr.", ("jr.",)),  # a suffix alone is all there is
    ],
)
def test_a_generational_suffix_is_no_surname(name: str, key: tuple[str, ...]) -> None:
    assert person_key(name) == key


@pytest.mark.slow
def test_a_title_tells_the_gender_a_later_pronoun_agrees_with(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mr. Hale met Ms. Ortiz in Geneva on Monday. Afterwards she accused the army of lying."
    accused = by_trigger(events(nlp, text), "accused")
    assert has(accused.actors, "Ortiz") and not has(accused.actors, "Hale"), [
        p.text for p in accused.actors
    ]


@pytest.mark.slow
def test_with_no_title_the_latest_subject_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Hale met Ann Ortiz in Geneva on Monday. Afterwards he accused the army of lying."
    accused = by_trigger(events(nlp, text), "accused")
    assert has(accused.actors, "Hale"), [p.text for p in accused.actors]
