"""Parse mends of chronicler_parse_mending_v37 (left39): a question's fronted phrase made a
second subject, and a reported clause's subject hung on the reporting verb as its object.
Sentences written for the tests."""

from __future__ import annotations

from event_helpers import by_trigger, events


def test_a_fronted_question_phrase_is_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Which reporters did the army detain?")
    reporters = next(t for t in doc if t.text == "reporters")
    assert (reporters.dep_, reporters.head.text) == ("dobj", "detain")
    ev = by_trigger(events(nlp, "Which reporters did the army detain?"), "detain")
    assert [t.text for t in ev.targets] == ["reporters"]


def test_a_question_with_one_subject_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Which students marched?")
    assert next(t for t in doc if t.text == "students").dep_ == "nsubj"


def test_a_reported_subject_read_as_an_object_is_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The daily warned angry farmers would block the roads.")
    farmers = next(t for t in doc if t.text == "farmers")
    assert (farmers.dep_, farmers.head.text) == ("nsubj", "block")


def test_an_addressee_before_a_clause_with_its_own_subject_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The colonel warned the villagers they would be punished.")
    villagers = next(t for t in doc if t.text == "villagers")
    assert villagers.dep_ == "dobj" and villagers.head.text == "warned"


def test_a_name_before_a_helped_bare_verb_is_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Deep Throat helped Bernstein tie the aide to the burglary."
    doc = nlp(text)
    name = next(t for t in doc if t.text == "Bernstein")
    assert (name.dep_, name.head.text) == ("nsubj", "tie")
    ev = by_trigger(events(nlp, text), "helped")
    assert [t.text for t in ev.targets] == ["Bernstein"]
