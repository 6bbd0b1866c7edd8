"""Precision round 31b on ECB+ news (vocabulary 1.266.0, modality 1.99.0): an evacuation of
buildings or homes for a fire or a quake is civil protection, an offence listed after a
sentence's "for" phrase is the charge, a warning that other people will act is a prediction,
a police officer's patrol is a beat; an act noun whose "in which" clause tells what happened
in it was done, a definite act a reaction is "over" or "about" was done, and what a court
motion asks for is not; the political senses still stand."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an evacuation of buildings or for a disaster is civil protection
        ("The tremor led to the evacuation of two office towers downtown.", "evacuation", []),
        ("Firefighters ordered the evacuation of nearby homes.", "evacuation", []),
        ("Police ordered a precautionary evacuation of the area.", "evacuation", []),
        # of civilians or citizens by a state or an agency it is aid
        ("The UN organised the evacuation of civilians from the city.", "evacuation", ["AID/None"]),
        ("Britain began the evacuation of its citizens from Libya.", "evacuation", ["AID/None"]),
        # an offence the parser hung on the sentence noun is still the charge
        (
            "He was serving a life sentence for robbery, aggravated sexual assault and two "
            "counts of arson.",
            "assault",
            [],
        ),
        ("He was arrested for burglary and the killing of a guard.", "killing", ["ASSAULT/kill"]),
        # an offence named by its legal degree is a category of the code
        (
            "She was serving a sentence for theft with a weapon, aggravated sexual assault and "
            "two counts of aggravated assault.",
            "assault",
            [],
        ),
        (
            "He was jailed after an aggravated assault on a prison guard.",
            "assault",
            ["ASSAULT/beat"],
        ),
        ("The quake forced the evacuation of the Twin Towers.", "evacuation", []),
        # a police officer's patrol is the beat
        ("Two police officers patrolling the area were shot.", "patrolling", []),
        ("A deputy patrolling the neighborhood saw the car.", "patrolling", []),
        ("Troops patrolled the border after the clashes.", "patrolled", ["MOBILIZE/troops"]),
        ("Soldiers patrolling the streets fired on the crowd.", "patrolling", ["MOBILIZE/troops"]),
        # a warning that others will act is a prediction; of one's own side's act a threat
        ("The newspaper warned that young people would rise up.", "warned", []),
        ("The rebels warned that they would attack the capital.", "warned", ["THREATEN/violence"]),
        (
            "The colonel warned that his troops would shell the rebel camps.",
            "warned",
            ["THREATEN/violence"],
        ),
        ("The union warned that workers would strike next week.", "warned", ["THREATEN/restrict"]),
    ],
)
def test_codings(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


def _flags(nlp, text: str, trigger: str) -> tuple[bool, bool, bool]:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, text), trigger)
    return (e.negated, e.hypothetical, e.future)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an "in which" clause told in the past: the act was done, and so was its clause's
        (
            "The deputy died while investigating an attack in which a gunman shot a man.",
            "attack",
            (False, False, False),
        ),
        (
            "The deputy died while investigating an attack in which a gunman shot a man.",
            "shot",
            (False, False, False),
        ),
        # with a modal it stays with the verbs over it
        (
            "The rebels threatened an attack in which they would kill hundreds.",
            "kill",
            (False, True, False),
        ),
        # a content clause stays one
        ("He was detained on charges he killed his mother.", "killed", (False, True, False)),
        # a definite act a reaction is over or about was done
        (
            "The pastor said the town did not rise up in anger over those shootings.",
            "shootings",
            (False, False, False),
        ),
        ("He declined to comment about the arrests.", "arrests", (False, False, False)),
        ("Farmers did not protest over a new tax.", "protest", (True, False, False)),
        # what a court motion or a petition asks for is not done
        ("His lawyers filed a motion for a new trial on Monday.", "trial", (False, True, False)),
        ("The trial began on Monday.", "trial", (False, False, False)),
    ],
)
def test_flags(nlp, text: str, trigger: str, expected: tuple[bool, bool, bool]) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp, text, trigger) == expected
