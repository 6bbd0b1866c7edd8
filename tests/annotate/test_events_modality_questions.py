"""Flags of round 39 (roles39): a question on how, why or when an act was done tells the act
done, and a past verb coordinated after a modal predicate keeps its own mood; sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police couldn't say how many shots were fired.", "fired"),
        ("The spokesman could not say why the guards beat the prisoners.", "beat"),
        ("Officials did not know when the rebels attacked the convoy.", "attacked"),
    ],
)
def test_a_question_on_how_an_act_was_done_tells_it_done(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert not act.hypothetical and not act.negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The spokesman could not say whether the guards beat the prisoners.", "beat"),
        ("The minister would not say when the army will withdraw.", "withdraw"),
    ],
)
def test_a_yes_or_no_question_or_one_on_an_act_to_come_leaves_it_open(
    nlp, text: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert act.hypothetical or act.future


def test_a_past_verb_after_a_modal_predicate_keeps_its_own_mood(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The general would not confirm the figures but said the rebels attacked the base."
    attack = by_trigger(events(nlp, text), "attacked")
    assert not attack.hypothetical and not attack.negated


def test_a_denied_injury_after_a_modal_predicate_stays_denied_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Smith couldn't say if anyone else was inside at the time, but said no one was injured."
    injury = by_trigger(events(nlp, text), "injured")
    assert injury.negated and not injury.hypothetical


def test_a_bare_verb_still_shares_the_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    kill = by_trigger(events(nlp, "Police did not fire the gun and kill the guard."), "kill")
    assert kill.negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officers responded to a call about a stabbing at a bar.", "stabbing"),
        ("Deputies answered a call regarding a shooting near the school.", "shooting"),
        ("The jury heard the 911 call of the shooting.", "shooting"),
        ("Police received a call reporting a shooting at the mall.", "shooting"),
    ],
)
def test_what_a_call_reports_happened(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """modality 1.163.0 (left40): a call about an act reports it, asks nothing."""
    assert not by_trigger(events(nlp, text), trigger).hypothetical


def test_what_a_call_asks_for_stays_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Activists renewed their calls for the release of the prisoners."
    assert by_trigger(events(nlp, text), "release").hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police could not say exactly how many shots were fired.", "fired"),
        ("Officials would not say how many protesters have been arrested.", "arrested"),
        ("Police did not say precisely when the soldiers fired on the crowd.", "fired on"),
        ("Police would not say how many people they had detained.", "detained"),
        ("Police did not say who fired the shots.", "fired"),
    ],
)
def test_a_question_on_a_done_acts_count_doer_or_time_tells_it_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    """modality 1.163.0 (left40): the count's reading and the question's are one
    (events_modality_given.question_on_a_done_act): an adverb before the question word, the
    perfect, a counted object, a question on the doer."""
    act = by_trigger(events(nlp, text), trigger)
    assert not act.hypothetical and not act.negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials would not say how many protesters would be arrested.", "arrested"),
        ("Officials would not say how many people could have been killed.", "killed"),
    ],
)
def test_a_question_on_an_act_under_a_modal_leaves_it_open(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    assert by_trigger(events(nlp, text), trigger).hypothetical
