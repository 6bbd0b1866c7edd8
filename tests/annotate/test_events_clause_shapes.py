"""Clause shapes read off the parse (events_clause_shapes), on sentences written here."""

from __future__ import annotations

import pytest

from chronicler.annotate.events_clause_shapes import (
    content_clause,
    indirect_question,
    purpose,
    subjunctive,
)

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_a_bare_be_under_that_is_a_subjunctive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The panel recommended that the officer be dismissed.")
    assert subjunctive(_word(doc, "dismissed"))
    doc = nlp("The panel said that the officer would be dismissed.")
    assert not subjunctive(_word(doc, "dismissed"))


def test_a_question_word_opens_an_indirect_question(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The spokesman would not say whether the envoy had met the rebels.")
    assert indirect_question(_word(doc, "met"))
    doc = nlp("The spokesman said that the envoy had met the rebels.")
    assert not indirect_question(_word(doc, "met"))


def test_a_that_clause_with_a_subject_is_a_nouns_content(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The ministry denied reports that soldiers had detained the mayor.")
    assert content_clause(_word(doc, "detained"))


def test_an_infinitive_with_no_subject_of_its_own_is_a_purpose(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Troops were sent to the border to stop the smugglers.")
    assert purpose(_word(doc, "stop"))
