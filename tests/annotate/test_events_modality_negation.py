"""A clause's own marks of modality (annotate/events_modality_negation.py), on sentences written
for these tests; the flags they lead to are tested in test_events_modality.py."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

from chronicler.annotate.events_modality_negation import (
    awaited,
    before_ahead,
    negative_subject,
    own_marks,
    told_in_past,
)
from chronicler.annotate.events_vocab import load_vocab

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lower_ == text)


@pytest.mark.parametrize(
    ("text", "word", "marks"),
    [
        ("The police did not arrest the editor.", "arrest", (True, False, False, None)),
        ("The army will withdraw its troops.", "withdraw", (False, True, False, None)),
        ("The rebels might attack the convoy.", "attack", (False, False, True, "might")),
        ("The rebels attacked the convoy.", "attacked", (False, False, False, None)),
        # a correlative "not only" adds, it does not deny
        (
            "The gang not only robbed the bank but also burned the car.",
            "robbed",
            (False, False, False, None),
        ),
        # "not ... until" tells when, and the act is still ahead
        (
            "The hostages will not be released until the ransom is paid.",
            "released",
            (False, True, False, None),
        ),
    ],
)
def test_own_marks(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, marks: tuple[bool, bool, bool, str | None]
) -> None:
    assert own_marks(_word(nlp(text), word), load_vocab().modality) == marks


@pytest.mark.parametrize(
    ("text", "word", "ahead"),
    [
        ("They will keep protesting until the minister resigns.", "resigns", True),
        ("He was held in the camp until he was freed.", "freed", False),
    ],
)
def test_an_until_clause_is_awaited_unless_told_in_the_past(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, ahead: bool
) -> None:
    assert awaited(_word(nlp(text), word), load_vocab().modality) == ahead


@pytest.mark.parametrize(
    ("text", "word", "ahead"),
    [
        (
            "The parties must sign a treaty that ends the war before the loans are paid.",
            "paid",
            True,
        ),
        ("The rebels will not disarm before their leaders are freed.", "freed", True),
        ("The prisoner was freed before he was charged.", "charged", False),
        ("Police arrested the man before he was charged.", "charged", False),
    ],
)
def test_a_before_clause_in_the_present_under_no_past_is_ahead(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, ahead: bool
) -> None:
    assert before_ahead(_word(nlp(text), word), load_vocab().modality) == ahead


@pytest.mark.parametrize(
    ("text", "word", "past"),
    [
        ("The army did not withdraw from the town.", "withdraw", True),
        ("The prisoner had not been freed.", "freed", True),
        ("The army will not withdraw from the town.", "withdraw", False),
        ("The army withdrew from the town.", "withdrew", True),
    ],
)
def test_told_in_past(nlp, text: str, word: str, past: bool) -> None:  # type: ignore[no-untyped-def]
    assert told_in_past(_word(nlp(text), word)) == past


@pytest.mark.parametrize(
    ("text", "word", "no_one"),
    [
        ("Nobody was injured in the blast.", "nobody", True),
        ("No protesters were arrested.", "protesters", True),
        ("Neither the army nor the police arrested him.", "army", True),
        ("Two protesters were arrested.", "protesters", False),
    ],
)
def test_a_subject_that_names_no_one(nlp, text: str, word: str, no_one: bool) -> None:  # type: ignore[no-untyped-def]
    assert negative_subject(_word(nlp(text), word), load_vocab().modality) == no_one


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A producer offered her a role in return for money -- she refused.", "offered"),
        ("The rebels proposed a truce; the army refused.", "proposed"),
    ],
)
def test_an_act_answered_across_a_dash_is_not_refused(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.negated, text


def test_a_clause_spliced_before_a_refusal_with_its_own_object_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "We backed the strike, we rejected the offer that the company made": the backing is
    told done, the rejection has its own object; "The army shot them, the government denied"
    stays denied (modality 1.191.1, prec43a)."""
    text = "We backed the strike, we rejected the offer that the company made, he said."
    assert not by_trigger(events(nlp, text), "backed").negated
    assert by_trigger(
        events(nlp, "Police arrested the students, the minister denied."), "arrested"
    ).negated


def test_a_refusal_of_its_own_complement_stays_negated(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The army refused to withdraw its troops."), "withdraw")
    assert ev.negated


def test_a_sight_wished_for_keeps_the_wish(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "would like to see a full investigation": the investigation is wished for, not told
    done; "did not see the attack" still denies only the seeing."""
    text = "The opposition said it would like to see a full investigation into the deaths."
    ev = by_trigger(events(nlp, text), "investigation")
    assert ev.hypothetical or ev.future
    ev = by_trigger(events(nlp, "The families want to see the killers arrested."), "arrested")
    assert ev.hypothetical or ev.future
    ev = by_trigger(events(nlp, "He did not see the attack."), "attack")
    assert not (ev.negated or ev.hypothetical)


def test_a_before_phrase_on_a_present_verb_is_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    # a step still to come (modality 1.195.6); "resigned before the strike" happened
    text = "The plan calls for an end to the violence before a return to peace talks."
    assert by_trigger(events(nlp, text), "talks").future
    ev = by_trigger(events(nlp, "The minister resigned before the strike in March."), "strike")
    assert not (ev.future or ev.hypothetical)


def test_a_before_phrase_on_a_noun_reads_the_verb_above(nlp) -> None:  # type: ignore[no-untyped-def]
    # the "before" phrase hung on a noun conjoined with what the plan asks (modality 1.195.9)
    text = (
        "The plan calls for a ceasefire and the release of prisoners, "
        "before a return to negotiations."
    )
    assert by_trigger(events(nlp, text), "negotiations").future


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The suspect had not admitted any role in the bombing or implicated anyone else.",
            "implicated",
        ),
        ("He has not resigned or apologized for the killings.", "apologized"),
    ],
)
def test_a_predicate_joined_by_or_to_a_negated_one_is_denied(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """ "not A or B" denies both: a conjunct after "or" with no auxiliary or subject of its
    own is in the negation's scope, whatever its form (modality 1.209.0)."""
    assert by_trigger(events(nlp, text), trigger).negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army did not arrest the leaders and expelled the journalists.", "expelled"),
        ("The army did not attack the town or it attacked too late.", "attacked"),
    ],
)
def test_a_predicate_with_and_or_its_own_subject_keeps_its_polarity(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    assert not by_trigger(events(nlp, text), trigger).negated


def test_a_step_after_the_thing_demanded_is_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "demanded a ransom before releasing the hostages": the release is to follow what is
    demanded, ahead whatever the demand's tense; after a deed told it happened (1.209.0)."""
    text = "The kidnappers demanded a ransom before releasing the hostages."
    assert by_trigger(events(nlp, text), "releasing").future
    text = "The rebels shelled the town before allowing aid convoys into the city."
    assert not by_trigger(events(nlp, text), "allowing").future
