"""Roles round 33 on ECB+ news (events-roles 1.72.0, events-vocab 1.277.0): one who awaits a
trial is tried, a finite verb after a passive is its subject's act, an accusation's clause
with no "that" names the accused, whoever downplays or recounts an act is no party to it, the
thing demanded is no target, a guilty verdict "for one of" a group is the group's, and a fire
with its determiner is no shooting "at" a place (arson only in a sentence of arson). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_who_awaits_a_trial_is_tried(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor was arrested in May, and he now awaits trial."
    assert parties(nlp, text, "trial") == ([], ["mayor"])


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Smith was convicted of fraud and received a ten-year sentence.", "sentence", "Smith"),
        ("The colonel was charged and faces trial next month.", "trial", "colonel"),
    ],
)
def test_a_finite_verb_after_a_passive_is_its_subjects_act(nlp, text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[1] == [target]


def test_a_passive_shared_by_two_verbs_stays_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "The mayor was arrested and charged with fraud.", "charged") == (
        [],
        ["mayor"],
    )


def test_an_accusations_clause_without_that_names_the_accused(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The senator quit over allegations he had taken bribes."
    assert parties(nlp, text, "allegations") == ([], ["senator"])


def test_the_allegations_someone_made_keep_their_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The senator repeated the allegations he made against the minister."
    assert parties(nlp, text, "allegations") == (["senator"], ["minister"])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The opposition leader downplayed the unrest in the capital.", "unrest"),
        ("Survivors recounted the attack.", "attack"),
    ],
)
def test_who_downplays_or_recounts_an_act_is_no_party(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "The reforms demanded by the World Bank were passed.",
        "The reforms were demanded by the bank.",
    ],
)
def test_the_thing_demanded_is_no_target(nlp, text) -> None:  # type: ignore[no-untyped-def]
    actors, targets = parties(nlp, text, "demanded")
    assert actors and targets == []


def test_a_verdict_for_one_of_a_group_is_the_groups(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A jury returned a guilty verdict for one of the three men."
    assert parties(nlp, text, "verdict") == (["jury"], ["men"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fire at the mosque destroyed the roof.", []),
        ("The minister came under fire for his remarks.", []),
        ("Police suspect arson in Friday night's fire at the church.", ["ASSAULT/primitive"]),
        ("A teenager has admitted arson after a fire at a village school.", ["ASSAULT/primitive"]),
    ],
)
def test_a_fire_at_a_place_is_no_shooting(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, "fire") == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Troops opened fire at the crowd.", "opened fire"),
        ("Soldiers fire at protesters in the capital.", "fire at"),
    ],
)
def test_fire_opened_at_people_stays_gunfire(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == ["ASSAULT/firearms"]


def test_an_arson_fire_has_its_place_as_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police suspect arson in Friday night's fire at the church."
    assert parties(nlp, text, "fire") == ([], ["church"])


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("He put on a guard's uniform and walked out of the jail.", "uniform", []),
        ("The lawyer insisted he wear a suit to the hearing.", "suit", []),
        ("The council put sanctions on the company.", "sanctions", ["SANCTION/discontinue"]),
    ],
)
def test_a_thing_worn_is_clothing(nlp, text, trigger, expected) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


def test_record_held_is_undergone(nlp) -> None:  # type: ignore[no-untyped-def]
    # one who has convictions was convicted; the one who has them convicted no one
    # (vocabulary 1.291.1), also in a conjunct after a passive
    for text in (
        "James Kopp has two felony convictions.",
        "James Kopp was arrested in 1990 and has two felony convictions.",
    ):
        convictions = by_trigger(events(nlp, text), "convictions")
        assert [a.text for a in convictions.actors] == []
        assert [t.text for t in convictions.targets] == ["James Kopp"]
