"""Modality cues on an event noun's own place (annotate/events_modality_nouns.py), on sentences
written for these tests; the flags they lead to are tested in test_events_modality.py."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

from chronicler.annotate.events_modality_nouns import (
    announced_ahead,
    groundless,
    held_back,
    talked_of,
    told_possible,
    weighed_act,
)
from chronicler.annotate.events_vocab import load_vocab

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.lower_ == text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("There is no evidence that the army shelled the town.", True),
        ("Investigators did not find any evidence that the guards beat him.", True),
        ("There is evidence that the army shelled the town.", False),
    ],
)
def test_a_ground_is_groundless_only_when_denied(nlp, text: str, denied: bool) -> None:  # type: ignore[no-untyped-def]
    assert groundless(_word(nlp(text), "evidence"), load_vocab().modality) == denied


@pytest.mark.parametrize(
    ("text", "word", "spoken_of"),
    [
        ("The envoy talked to the ministers about prosecutions.", "prosecutions", True),
        ("The envoy talked to them about the prosecution of the mayor.", "prosecution", False),
    ],
)
def test_a_bare_act_noun_in_talk_is_only_spoken_of(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, spoken_of: bool
) -> None:
    assert talked_of(_word(nlp(text), word), load_vocab().modality) == spoken_of


@pytest.mark.parametrize(
    ("text", "word", "possible"),
    [
        ("He is committed to a possible strike against the rebels.", "strike", True),
        ("They warned of potential sanctions and a blockade.", "sanctions", True),
        ("They warned of potential sanctions and a blockade.", "blockade", True),
        ("The strike against the rebels began at dawn.", "strike", False),
        # the subject of a copula whose predicate doubts it or calls it possible
        ("The company said that an attack is unlikely.", "attack", True),
        ("Officials said a strike is possible next week.", "strike", True),
        ("A ceasefire seems doubtful to the envoys.", "ceasefire", False),  # no copula "be"
        ("The attack is likely to have been planned abroad.", "attack", False),
        ("The two parties formed an unlikely alliance.", "alliance", False),
        ("The attack was brutal.", "attack", False),
    ],
)
def test_an_act_noun_told_possible(nlp, text: str, word: str, possible: bool) -> None:  # type: ignore[no-untyped-def]
    assert told_possible(_word(nlp(text), word), load_vocab().modality) == possible


@pytest.mark.parametrize(
    ("text", "word", "ahead"),
    [
        ("The students announced new rallies on Sunday.", "rallies", True),
        ("The unions announced a strike and a march for Monday.", "march", True),
        ("The ministry announced a visit by the envoy.", "visit", True),
        ("The minister announced the arrest of three suspects.", "arrest", False),
        ("The students held new rallies on Sunday.", "rallies", False),
    ],
)
def test_an_announced_gathering_is_ahead(nlp, text: str, word: str, ahead: bool) -> None:  # type: ignore[no-untyped-def]
    assert announced_ahead(_word(nlp(text), word), load_vocab().modality) == ahead


def test_an_act_a_halt_is_put_on_is_held_back(nlp) -> None:  # type: ignore[no-untyped-def]
    cues = load_vocab().modality
    doc = nlp("The senator opposed the hold on military assistance to Kyiv.")
    assert held_back(_word(doc, "assistance"), cues)
    doc = nlp("The senator welcomed the military assistance to Kyiv.")
    assert not held_back(_word(doc, "assistance"), cues)


@pytest.mark.parametrize(
    ("text", "word", "weighed"),
    [
        ("The admiral saw many difficulties in attacking the camps.", "attacking", True),
        ("Officials weighed the risk of arresting the mayor.", "arresting", True),
        ("The admiral spoke after attacking the camps.", "attacking", False),
    ],
)
def test_an_act_weighed_as_hard_or_risky(nlp, text: str, word: str, weighed: bool) -> None:  # type: ignore[no-untyped-def]
    assert weighed_act(_word(nlp(text), word), load_vocab().modality) == weighed


@pytest.mark.parametrize(
    ("text", "word", "future"),
    [
        # the "in" phrase of the offence charged: the crime the case is about, alleged
        ("He is charged with intent to murder in the shooting of the clerk.", "shooting", False),
        (
            "She was charged with assault with intent to kill in the stabbing of a guard.",
            "stabbing",
            False,
        ),
        ("He was charged with attempted murder in the beating of a guard.", "beating", False),
        # what the intent names is still intended
        ("He is charged with intent to murder in the shooting of the clerk.", "murder", True),
        ("The gang broke in with intent to commit a robbery.", "robbery", True),
    ],
)
def test_the_crime_of_an_offence_charged_is_no_intent(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, future: bool
) -> None:
    event = next(e for e in events(nlp, text) if e.trigger.lower() == word)
    assert event.future is future
    if not future:
        assert event.hypothetical  # the one charged did it, allegedly


def test_an_act_compounded_on_talks_or_an_offer_is_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the collapse of ceasefire talks": the ceasefire only negotiated (hypothetical); an
    act a proposal or call names is asked for; "strike talks" leave the strike going on."""
    evs = events(nlp, "Fighting resumed after the collapse of ceasefire talks with the rebels.")
    assert next(e for e in evs if e.trigger == "ceasefire").hypothetical
    evs = events(nlp, "The union held strike talks with the company.")
    assert not next(e for e in evs if e.trigger == "strike").hypothetical


def test_a_series_of_operations_an_arrest_is_made_in_is_told(nlp) -> None:  # type: ignore[no-untyped-def]
    # the raids are the operation, no crime alleged (modality 1.195.7); killings stay alleged
    ev = by_trigger(events(nlp, "In a series of raids, troops arrested 20 militants."), "raids")
    assert not (ev.hypothetical or ev.negated)
    text = "Police arrested two men in a series of killings."
    assert by_trigger(events(nlp, text), "killings").hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "The government called the strike unjustified.",
        "The airline called the strike irresponsible and illegal.",
    ],
)
def test_a_gathering_labelled_by_a_verb_of_calling_is_no_call_for_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    strike = by_trigger(events(nlp, text), "strike")
    assert not (strike.future or strike.hypothetical), text


def test_a_strike_called_for_a_day_stays_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, "The union called a strike for Monday."), "strike").future
