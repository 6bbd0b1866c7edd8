"""Clause shapes read off the parse (events_clause_shapes), on sentences written here."""

from __future__ import annotations

import pytest

from chronicler.annotate.events_clause_shapes import (
    content_clause,
    imperative,
    indirect_question,
    purpose,
    result_clause,
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


@pytest.mark.parametrize(
    ("text", "word", "result"),
    [
        (
            "The officer was so eager to begin his day that he arrested the first man he saw.",
            "arrested",
            True,
        ),
        ("The army struck with such force that the rebels fled the town.", "fled", True),
        # "so that": a purpose, no result
        ("He hid the witnesses so that they would not testify.", "testify", False),
        # a "that"-clause with no degree word above it is a content clause
        ("The officer was eager to show that he arrested the right man.", "arrested", False),
    ],
)
def test_a_that_clause_closing_so_or_such_is_a_result(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, result: bool
) -> None:
    assert result_clause(_word(nlp(text), word)) == result


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a bare verb opening its sentence or a quotation is a command (modality 1.79.0)
        ("The marchers shouted: 'Release the students!'", "Release", True),
        ("Arrest them now, the crowd shouted.", "Arrest", True),
        ("Expel the ambassador!", "Expel", True),
        # a backquote pair the tokenizer splits opens a quotation as '"' does
        ("They marched. ``Release the students,'' the crowd chanted.", "Release", True),
        ("The court decided to release the students.", "release", False),
        ("Soldiers release the students every Friday.", "release", False),
        ("Police detained them and released them on Friday.", "released", False),
    ],
)
def test_a_bare_verb_opening_its_clause_is_an_imperative(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, expected: bool
) -> None:
    assert imperative(_word(nlp(text), word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "content"),
    [
        ("Police arrested him on charges he killed his mother.", "killed", True),
        ("She denied allegations she bribed the minister.", "bribed", True),
        ("He was freed despite the charges he faced.", "faced", False),
        ("They rejected the claims he made about the minister.", "made", False),
    ],
)
def test_a_clause_without_that_is_content_with_its_subject_and_object(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, content: bool
) -> None:
    assert content_clause(_word(nlp(text), word)) is content
