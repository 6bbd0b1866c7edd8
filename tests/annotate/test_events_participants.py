"""Participant phrases: which name or words stand for an actor or target, on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, has, one

from chronicler.annotate.events import extract_events
from chronicler.model import Mention, PublicationDate, Sentence

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_country_does_not_stand_for_its_prisoner(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The envoy met Belarus's best-known political prisoner."), "meet")
    assert ev.targets and ev.targets[0].label is None and "prisoner" in ev.targets[0].text


def test_a_country_still_stands_for_its_officials(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "The envoy met Belarus's foreign minister in Geneva."), "meet")
    assert has(ev.targets, "Belarus")


def test_a_person_name_split_by_the_ner_is_widened(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Former president Juan Carlos Ortega Vidal mediated between the two parties."
    doc = nlp(text)
    start = text.index("Juan Carlos")
    split = (Mention(start, start + len("Juan Carlos"), "Juan Carlos", "PERSON", 0),)
    sents = (Sentence(0, 0, len(text), text),)
    ev = one(extract_events(doc, split, (), sents, PublicationDate(None)), "mediate")
    assert ev.actors[0].text == "Juan Carlos Ortega Vidal"


def test_the_phrase_keeps_its_quantity(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "Tens of thousands of farmers blocked the main highway."), "obstruct")
    assert "thousands" in (ev.actors[0].phrase or "") and ev.actors[0].text == "farmers"


def test_a_gerund_after_with_or_for_is_done_by_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The party credited Senator Ana Ruiz with brokering the truce."
    ev = one(events(nlp, text), "mediate")
    assert has(ev.actors, "Ruiz") and not has(ev.actors, "party")
    text = "Critics despised the general for leading a crackdown on students."
    ev = one(events(nlp, text), "repress")
    assert has(ev.actors, "general")


def test_a_gerund_after_by_is_done_by_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The cadets shocked the capital by rebelling against the junta."
    ev = one(events(nlp, text), "uprising")
    assert has(ev.actors, "cadets")


def test_what_is_done_instead_of_an_act_negates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Instead of arresting the editor, the police escorted him home."
    ev = one(events(nlp, text), "arrest")
    assert ev.negated
