"""Parties named by a command phrase, an "anti-X" adjective and an offered act's gerund
(events_command_phrases, roles 1.199.0), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "giver", "undergoer"),
    [
        ("The journalist was killed on the orders of the army chief after refusing to leave.",
         "killed", "army chief", "journalist"),
        ("The opposition leader was arrested at the behest of the interior minister.",
         "arrested", "interior minister", "opposition leader"),
        ("The prisoners were executed on the general's orders.", "executed", "general",
         "prisoners"),
    ],
)  # fmt: skip
def test_the_one_who_ordered_an_act_with_no_doer_is_its_actor(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, giver: str, undergoer: str
) -> None:
    """ "was murdered on the orders of X": X had it done (`command_phrase_nouns`)."""
    actors, targets = parties(nlp, text, trigger)
    assert actors == [giver] and undergoer in targets, (actors, targets)


def test_an_act_with_its_own_doer_keeps_it_beside_a_command_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(
        nlp, "Soldiers shot the villagers on the orders of their commander.", "shot"
    )
    assert actors == ["Soldiers"]


def test_the_command_noun_is_given_by_its_of_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The journalist was killed on the orders of the army chief."
    actors, targets = parties(nlp, text, "orders")
    assert actors == ["army chief"] and "army chief" not in targets, (actors, targets)


def test_a_time_phrase_is_no_command_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "The journalist was killed on the night of the election.", "killed")
    assert actors == []


@pytest.mark.parametrize(
    ("text", "trigger", "opposed"),
    [
        ("Rebels launched a wave of anti-American attacks in the north.", "attacks", "American"),
        ("Students staged anti-government protests in the capital.", "protests", "government"),
        ("Militias carried out anti-Israeli raids at night.", "raids", "Israeli"),
    ],
)  # fmt: skip
def test_the_x_of_an_anti_x_act_is_its_target(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, opposed: str
) -> None:
    actors, targets = parties(nlp, text, trigger)
    assert opposed in targets and opposed not in actors, (actors, targets)


def test_an_anti_x_cause_names_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "Thousands joined anti-war demonstrations across Europe.", "demo")
    assert targets == []


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        ("The president renewed his offer of holding talks with the rebel leader.", "offer",
         "rebel leader"),
        ("The minister repeated his proposal of resuming negotiations with the unions.",
         "proposal", "unions"),
    ],
)  # fmt: skip
def test_an_offer_of_talks_is_made_to_the_other_side_of_the_talks(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, party: str
) -> None:
    _, targets = parties(nlp, text, trigger)
    assert targets == [party], targets
