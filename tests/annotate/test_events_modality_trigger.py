"""The trigger's own marks, read before the climb over its governors
(annotate/events_modality_trigger.py). Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

from chronicler.annotate.events_modality_trigger import told_real, trigger_marks
from chronicler.annotate.events_vocab import load_vocab


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "word", "negated", "future", "hypothetical"),
    [
        ("The police did not arrest the organisers.", "arrest", True, False, False),
        ("More protests are planned for Monday.", "protests", False, True, False),
        ("The arrest of the perpetrators is essential.", "arrest", False, False, True),
        ("Nobody was hurt in the attack on the convoy.", "hurt", True, False, False),
        ("Soldiers arrested the organisers on Friday.", "arrested", False, False, False),
    ],
)
def test_the_clause_of_the_trigger_marks_it(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, negated: bool, future: bool, hypothetical: bool
) -> None:
    marks = trigger_marks(_word(nlp(text), word), load_vocab().modality)
    assert (marks.negated, marks.future, marks.hypothetical) == (negated, future, hypothetical)


def test_a_condition_on_the_trigger_is_named(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The army will withdraw its troops if the rebels lay down their arms.")
    assert trigger_marks(_word(doc, "withdraw"), load_vocab().modality).condition == "if"


def test_a_definite_ongoing_act_is_told_real(nlp) -> None:  # type: ignore[no-untyped-def]
    cues = load_vocab().modality
    made, given = told_real(_word(nlp("They discussed the ongoing conflict."), "conflict"), cues)
    assert made and given
    made, given = told_real(_word(nlp("They hope to avoid a conflict."), "conflict"), cues)
    assert not made and not given


@pytest.mark.parametrize(
    ("text", "trigger", "future"),
    [
        ("The two presidents are meeting in Hanoi next week.", "meeting", True),
        ("The unions are holding talks with the airline tomorrow.", "talks", True),
        ("The two presidents are meeting in Hanoi.", "meeting", False),
        ("The two presidents were meeting when the bomb exploded.", "meeting", False),
    ],
)
def test_a_present_progressive_with_a_time_to_come_is_ahead(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, future: bool
) -> None:
    assert by_trigger(events(nlp, text), trigger).future is future, text
