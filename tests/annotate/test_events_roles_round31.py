"""Roles round 31 on ECB+ news (events-roles 1.63.0): the one ordered to an act of force is
no target of it, who uses a means does the act it is used for, a "for" phrase before an
infinitive is its subject, a gerund read as the object of "deny" is the subject's act, the
place of a deed judged is no target of the judgment, and a he/she never goes back to one the
article's pronouns call the other way. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The dictator allegedly ordered the guards to shoot.", "shoot", "dictator"),
        ("The captain ordered his men to open fire.", "open fire", "captain"),
        ("The president ordered the troops to attack at dawn.", "attack", "president"),
    ],
)
def test_the_one_ordered_to_an_act_of_force_is_no_target(nlp, text, trigger, actor) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger) == ([actor], [])


def test_an_ordered_act_with_its_own_object_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "The gang leader ordered his nephew to shoot the shopkeeper.", "shoot") == (
        ["gang leader"],
        ["shopkeeper"],
    )


def test_the_one_ordered_to_undergo_an_act_stays_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The minister ordered the activist to remain in jail.")
    held = next(e for e in evs if e.mode == "imprison")
    assert [t.text for t in held.targets] == ["activist"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "Demonstrators used slingshots to target soldiers.",
            "target",
            "Demonstrators",
            "soldiers",
        ),
        (
            "The militants used a truck to attack the checkpoint.",
            "attack",
            "militants",
            "checkpoint",
        ),
    ],
)
def test_who_uses_a_means_does_the_act_it_is_used_for(nlp, text, trigger, actor, target) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger) == ([actor], [target])


def test_a_for_phrase_before_an_infinitive_is_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council followed by giving specific authorization for the police and the army "
        "to detain the suspects, avoiding a long process."
    )
    actors, targets = parties(nlp, text, "detain")
    assert "council" not in actors and "police" in actors
    assert targets == ["suspects"]


def test_a_gerund_read_as_the_object_of_deny_is_the_subjects_act_denied(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The suspect denied shooting at the officers.")
    assert not [e for e in evs if e.type == "REJECT"]
    shooting = by_trigger(evs, "shooting")
    assert shooting.negated
    assert [a.text for a in shooting.actors] == ["suspect"]
    assert [t.text for t in shooting.targets] == ["officers"]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "The group was criticized for promoting a ``Family Values Summit'' in Boise.",
            "criticized",
            "group",
        ),
        ("The party was criticised for hosting a rally in Leeds.", "criticised", "party"),
    ],
)
def test_the_place_of_a_deed_judged_is_no_target(nlp, text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[1] == [target]


def test_her_never_goes_back_to_one_called_he(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers arrived with SWAT teams, according to Commissioner Ramsey. He says most "
        "workers got out safely. Seven employees were trapped near the shooter, but police say "
        "they were able to free them, disarm the woman, and take her into custody."
    )
    evs = events(nlp, text)
    custody = next(e for e in evs if e.mode == "arrest")
    assert [t.text for t in custody.targets] == ["woman"]


def test_a_given_name_tells_a_gender_she_passes_over(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Charles Ramsey says she was escorted out": she is the woman named before, set beside
    the subject ("the clerk, 41-year-old Martha Dunn, was fired"), not the man speaking
    (roles 1.64.0)."""
    text = (
        "Police say the incident began after the clerk, 41-year-old Martha Dunn, was fired. "
        "Police chief Charles Boyd says she was escorted out of the building and was later "
        "arrested."
    )
    evs = events(nlp, text)
    arrest = next(e for e in evs if e.mode == "arrest")
    assert [t.text for t in arrest.targets] == ["Martha Dunn"]


def test_a_description_of_her_gender_told_since_the_name_is_her(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "stabbing his wife and another person ... She survived the attack": the wife, one of
    her gender in a coordination with no other, told after any name (roles 1.64.0)."""
    text = (
        "Smith escaped on Monday, Lyons said. He was convicted for stabbing his wife and "
        "another person in 1999. She survived the attack."
    )
    attack = by_trigger(events(nlp, text), "attack")
    assert [t.text for t in attack.targets] == ["his wife"]
