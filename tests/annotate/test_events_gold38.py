"""Parties of secondary mentions (gold38: a fight told as a clause's occasion), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "Government troops recaptured the town after heavy fighting with rebels.",
            "fighting",
            "troops",
            "rebels",
        ),
        (
            "The militia seized the airport after clashes with the army.",
            "clashes",
            "militia",
            "army",
        ),
    ],
)
def test_a_fight_set_as_a_clauses_occasion_is_its_subjects(
    nlp, text, trigger, actor, target
) -> None:  # type: ignore[no-untyped-def]
    """ "recaptured the town after heavy fighting with rebels": the troops fought the rebels
    (as "announced the deal during a meeting with X": the announcer met X)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, actor) and has(ev.targets, target)


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed in clashes with rebels.",
        "Two protesters died after clashes with police.",
    ],
)
def test_a_fight_those_harmed_in_it_are_no_doers_of(nlp, text) -> None:  # type: ignore[no-untyped-def]
    """ "Three soldiers were killed in clashes with rebels": the soldiers underwent the
    killing; those who died after clashes are casualties, no side read from them."""
    assert not by_trigger(events(nlp, text), "clashes").actors


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The opposition demanded an admission by the army that its soldiers killed "
            "the protesters.",
            "killed",
        ),
        ("The government refused to acknowledge that troops fired on the crowd.", "fired"),
        ("The families want the ministry to admit that police beat the prisoners.", "beat"),
    ],
)
def test_what_a_factive_word_takes_is_told_true(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    """What is admitted or acknowledged is told true, whatever asks for or refuses the
    admission."""
    ev = by_trigger(events(nlp, text), trigger)
    assert not (ev.negated or ev.hypothetical or ev.future), text


def test_an_admitted_gerund_stays_with_the_verbs_over_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The general refused to admit killing the prisoners."), "killing")
    assert ev.negated


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Russia said it would go ahead with the deployment of new missiles.",
            "deployment",
            "Russia",
        ),
        ("The union pressed ahead with the strike despite the court ruling.", "strike", "union"),
        (
            "The government proceeded with the execution of the two activists.",
            "execution",
            "government",
        ),
    ],
)
def test_who_goes_on_with_an_act_does_it(nlp, text, trigger, actor) -> None:  # type: ignore[no-untyped-def]
    """ "pressed ahead with the strike": the union strikes (and is not struck)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, actor) and not has(ev.targets, actor)
