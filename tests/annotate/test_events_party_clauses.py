"""Whom a participant phrase stands for through its clause (annotate/events_party_clauses.py),
on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "role"),
    [
        (
            "Talk of riots spread to Italy and Spain, which have had protests of their own.",
            "protests",
            "actors",
        ),
        (
            "The rebels shelled Italy and Spain, which have condemned the attacks.",
            "condemned",
            "actors",
        ),
    ],
)
def test_a_relative_on_a_coordination_stands_for_each_member(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, role: str
) -> None:
    """ "Italy and Spain, which have had protests": both had protests, not Italy alone."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(getattr(ev, role), "Italy") and has(getattr(ev, role), "Spain")


def test_a_relative_set_inside_a_coordination_stands_for_its_own_member(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Smith, who had organised the protest, and Jones": the clause is on Smith alone."""
    text = "Police arrested Smith, who had organised the protest, and Jones."
    ev = by_trigger(events(nlp, text), "protest")
    assert has(ev.actors, "Smith") and not has(ev.actors, "Jones")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chad and Niger said they will impose sanctions on Libya.", "sanctions"),
        ("Chad and Niger announced that they would expel the envoys.", "expel"),
    ],
)
def test_they_after_a_coordinated_subject_stands_for_every_member(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, "Chad") and has(ev.actors, "Niger")


def test_they_after_a_single_subject_stays_that_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The ministry said they would free the prisoners."), "free")
    assert [a.text for a in ev.actors] == ["ministry"]


def test_its_in_a_relative_clause_stands_for_the_relatives_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # "for its support" hung inside the clause: "that" is the militia, whose support it is
    text = "The EU sanctioned the militia that controls Ruritania for its support of the rebels."
    ev = by_trigger(events(nlp, text), "support")
    assert has(ev.actors, "militia") and not has(ev.actors, "Ruritania")


@pytest.mark.parametrize(
    ("text", "trigger", "role"),
    [
        ("The national guard said it arrested forty looters in the capital.", "arrested", "actor"),
        ("The coast guard announced that it had seized a smuggling boat.", "seized", "actor"),
        ("The national guard said it was attacked by rebels overnight.", "attacked", "target"),
    ],
)
def test_it_in_what_a_body_says_is_that_body(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, role: str
) -> None:
    """A speaker calling itself "it" is a body, though "guard" alone is a person's word."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors if role == "actor" else ev.targets, "guard"), (ev.actors, ev.targets)


def test_it_a_linking_verb_holds_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The guard said it was a lawful shooting."), "shooting")
    assert not has(ev.actors, "guard") and not has(ev.targets, "guard")


def test_an_its_after_an_act_noun_subject_is_the_doer_of_its_by_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """roles 1.171.0: the frigate patrols, not the action"""
    text = (
        "This anti-smuggling action by the frigate was the third operation by its crew "
        "during its current patrol mission in the Red Sea."
    )
    patrol = by_trigger(events(nlp, text), "patrol")
    assert has(patrol.actors, "frigate") and not has(patrol.actors, "action")


def test_a_ship_named_in_the_by_phrase_is_the_doer_whatever_its_tag(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "This anti-smuggling action by INS Tabar was the third operation by its crew "
        "during its current patrol mission in the Red Sea."
    )
    patrol = by_trigger(events(nlp, text), "patrol")
    assert patrol.actors and not has(patrol.actors, "action")


def test_an_its_after_an_act_noun_with_no_doer_names_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The exercise was the largest of its patrol mission in the Baltic."
    assert not any(has(e.actors, "exercise") for e in events(nlp, text))
