"""A past tense of motion read as a participle on its subject left as the sentence's root
(annotate/parse_mending_motion_roots.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_the_motion_verb_is_the_root_and_the_noun_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Israeli forces charged into Palestinian-controlled land in hot pursuit of gunmen.")
    verb = next(t for t in doc if t.lower_ == "charged")
    noun = next(t for t in doc if t.lower_ == "forces")
    assert verb.dep_ == "ROOT" and verb.tag_ == "VBD"
    assert noun.dep_ == "nsubj" and noun.head.i == verb.i


def test_the_force_charging_in_is_the_attacker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Israeli forces charged into Palestinian-controlled land in hot pursuit of gunmen."
    ev = by_trigger(events(nlp, text), "charged")
    assert ev.type == "ASSAULT" and has(ev.actors, "forces")


def test_a_headline_passive_keeps_its_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, noun_word, verb_word in (
        ("Three soldiers killed in an ambush near the border.", "soldiers", "killed"),
        ("Two activists bundled into police vans outside the court.", "activists", "bundled"),
    ):
        doc = nlp(text)
        verb = next(t for t in doc if t.lower_ == verb_word)
        noun = next(t for t in doc if t.lower_ == noun_word)
        # the one the act is done to is never made its doer
        assert not (noun.dep_ == "nsubj" and noun.head.i == verb.i), text
