"""Senses of words that tell no event in some uses (annotate/events_senses_homonyms.py), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The general resigned on Monday to allow free elections to be held.", "allow"),
        ("The premier quit on Friday to allow a caretaker cabinet to take over.", "allow"),
    ],
)
def test_what_a_resignation_is_for_is_no_concession(nlp, text: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger.lower() == verb]


def test_allowing_someone_to_resign_stays_a_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The president allowed the minister to resign.")
    assert [e.type for e in evs if e.trigger == "allowed"] == ["CONCEDE"]


def test_an_attack_a_force_thwarts_is_no_ceasefire(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The coast guard stopped an attack on a fishing boat."
    assert not [e for e in events(nlp, text) if e.mode == "ceasefire"]
    text = "The army halted the offensive on Monday."
    assert [e.mode for e in events(nlp, text) if e.trigger == "halted"] == ["ceasefire"]
