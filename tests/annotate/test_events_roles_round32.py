"""Roles round 32 on ECB+ news (events-roles 1.67.0, events-vocab 1.269.0): who can act conducts
an operation it owns, the relatives of everyday English are people, a second relative the
parser hangs on the first one's apposed name is a party too, and the one who died in the death
an offence was found or charged in is its target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Israel's raid on the camp killed five people.", "raid", "Israel"),
        ("The gang leader was captured in an army's raid on the village.", "raid", "army"),
        ("The smuggler was caught in the navy's sweep of the harbour.", "sweep", "navy"),
    ],
)
def test_who_owns_an_operation_conducts_it(nlp, text, trigger, actor) -> None:  # type: ignore[no-untyped-def]
    actors, targets = parties(nlp, text, trigger)
    assert actors == [actor]
    assert actor not in targets


def test_a_thing_owning_a_demolition_still_undergoes_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "The building's demolition began on Monday.", "demolition") == (
        [],
        ["building"],
    )


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Tom Brown is charged with the murder of his mum.", "his mum"),
        ("The teenager admitted the killing of his stepdad last year.", "his stepdad"),
    ],
)
def test_a_relative_of_everyday_english_is_the_victim_not_the_possessor(nlp, text, victim) -> None:  # type: ignore[no-untyped-def]
    trigger = "murder" if "murder" in text else "killing"
    assert parties(nlp, text, trigger)[1] == [victim]


def test_a_second_relative_hung_on_the_first_ones_name_is_a_victim_too(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Brown is charged with the murders of his mother Alice Smith and sister Katie Brown."
    assert parties(nlp, text, "murders")[1] == ["Alice Smith", "Katie Brown"]


@pytest.mark.parametrize(
    "text",
    [
        "Peter Jones was found guilty of first-degree murder in the death of Anna Lee.",
        "Peter Jones was found guilty of murder and two counts of assault in the death of Ann Lee.",
    ],
)
def test_the_one_who_died_in_the_death_an_offence_was_found_in_is_its_target(nlp, text) -> None:  # type: ignore[no-untyped-def]
    victim = text.split("death of ")[1].rstrip(".")
    assert parties(nlp, text, "murder") == (["Peter Jones"], [victim])


def test_a_murder_with_its_own_victim_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "The murder of the banker shocked the town.", "murder") == ([], ["banker"])
