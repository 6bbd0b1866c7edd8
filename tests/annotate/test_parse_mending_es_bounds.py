"""A locution bounding a number that the small Spanish model parses as a clause or phrase of its
own, taking the counted people with it, is mended (parse_mending_es_bounds), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, es_events, has

from chronicler.annotate.nlp import parse_texts

pytestmark = pytest.mark.slow  # needs the Spanish spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "verb", "people"),
    [
        ("La policía detuvo a cuando menos quince estudiantes durante la protesta.", "detuvo",
         "estudiantes"),
        ("La policía detuvo cuando menos quince estudiantes durante la protesta.", "detuvo",
         "estudiantes"),
        ("Los soldados arrestaron cuando menos a veinte campesinos durante la marcha.",
         "arrestaron", "campesinos"),
        ("La policía detuvo a por lo menos doce manifestantes.", "detuvo", "manifestantes"),
    ],
)  # fmt: skip
def test_people_counted_after_a_bounding_locution_are_the_arrested(
    nlp_es, text: str, verb: str, people: str
) -> None:  # type: ignore[no-untyped-def]
    """ "detuvo a cuando menos quince estudiantes durante la protesta": the model hangs the
    students on the "a" (or on "menos", or reads "cuando" as a clause's mark); mended, they
    are the verb's object, so the arrest has its target."""
    arrest = by_trigger(es_events(nlp_es, text), verb)
    assert has(arrest.targets, people)
    assert arrest.actors


def test_the_locution_hangs_on_the_counted_nominal(nlp_es) -> None:  # type: ignore[no-untyped-def]
    """The locution's first word is the nominal's adverb, the rest fixed to it, and the
    personal "a" the nominal's case."""
    doc = next(
        iter(
            parse_texts(
                nlp_es, ["La policía detuvo a cuando menos quince estudiantes durante la marcha."]
            )
        )
    )
    students = next(t for t in doc if t.lower_ == "estudiantes")
    cuando = next(t for t in doc if t.lower_ == "cuando")
    assert students.head.lower_ == "detuvo" and students.dep_ == "obj"
    assert cuando.head == students and cuando.dep_ == "advmod"
    assert [c.lower_ for c in cuando.children if c.dep_ == "fixed"] == ["menos"]


@pytest.mark.parametrize(
    ("text", "word", "dep"),
    [
        ("Cuando menos diez personas murieron en el ataque.", "personas", "nsubj"),
        ("Cuando llegaron los soldados, diez personas huyeron.", "personas", "nsubj"),
    ],
)
def test_a_counted_subject_keeps_its_relation(nlp_es, text: str, word: str, dep: str) -> None:  # type: ignore[no-untyped-def]
    """A counted nominal the model hung outside the locution keeps its head and relation (a
    subject stays the subject); "cuando" opening a clause is no locution."""
    doc = next(iter(parse_texts(nlp_es, [text])))
    assert next(t for t in doc if t.lower_ == word).dep_ == dep
