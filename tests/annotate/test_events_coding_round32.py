"""Precision round 32 on ECB+ news (vocabulary 1.267.0): firefighting told by a fire's crews,
a suspect eluding the police, a call to the police, standing down in an activity and a
sportsman's training are no events; what thieves target is a theft; one person owning a
shooting or a killing is its victim; people freed after a passive telling they were trapped
are rescued; the political senses still stand."""

from __future__ import annotations

import pytest
from event_helpers import codings, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a fire's crews attacking is firefighting, whatever stands for the fire
        ("Fire crews attacked it from three sides.", "attacked", []),
        ("Firefighters attacked from the roof of the next building.", "attacked", []),
        ("Rebels attacked the army base at dawn.", "attacked", ["ASSAULT/None"]),
        # a suspect getting away from the police is no retreat of a party
        ("The suspect tried to elude police by driving into the woods.", "elude", []),
        ("He evaded officers for three days before he was caught.", "evaded", []),
        ("The general fled the country after the coup.", "fled", ["RETREAT/flee"]),
        ("Inmates escaped from the prison on Sunday.", "escaped", ["RETREAT/flee"]),
        # calling the police is reporting, no consultation
        ("She did not contact the police until the next morning.", "contact", []),
        ("Neighbours contacted police after hearing screams.", "contacted", []),
        ("The rebels contacted the government to propose talks.", "contacted", ["CONSULT/meet"]),
        # standing down in or from an activity is halting it, no resignation
        ("The ministry told the agency to stand down in its inquiry.", "stand down", []),
        ("The unit was ordered to stand down from the search.", "stand down", []),
        ("The prime minister was urged to stand down.", "stand down", ["RETREAT/resign"]),
        ("The chairman will stand down after the election.", "stand down", ["RETREAT/resign"]),
        # a sportsman training with no one trained practises
        ("The champion has been training in Spain since May.", "training", []),
        ("The boxer trained for six weeks before the bout.", "trained", []),
        ("The army has been training rebels near the border.", "training", ["MOBILIZE/troops"]),
        # what thieves, robbers or burglars target is a theft
        (
            "Thieves targeted a jewellery store downtown, stealing watches worth $1 million.",
            "targeted",
            ["COERCE/seize"],
        ),
        ("Burglars targeted homes in the area last week.", "targeted", ["COERCE/seize"]),
        ("The militants targeted a police station.", "targeted", ["ASSAULT/None"]),
        # people trapped, freed by the police, are rescued; hostages freed are released
        (
            "Seven workers were trapped near the gunman, but police were able to free them.",
            "free",
            [],
        ),
        (
            "The hostages were held in a cellar for a week before soldiers freed them.",
            "freed",
            ["RETREAT/release"],
        ),
    ],
)
def test_round32_codings(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # one person owning a shooting or a killing with no "of"-object was shot or killed
        (
            "The two officers involved in the teenager's shooting were suspended.",
            "shooting",
            ["officers"],
            ["teenager"],
        ),
        ("Police said the man's killing was not linked to gangs.", "killing", [], ["man"]),
        # a body owning it did it; an "of"-object is who was killed
        (
            "The mob's killing of the shopkeeper shocked the town.",
            "killing",
            ["mob"],
            ["shopkeeper"],
        ),
    ],
)
def test_round32_owner_of_a_killing(nlp, text, trigger, actors, targets) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger) == (actors, targets)
