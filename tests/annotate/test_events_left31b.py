"""Leftovers noticed on real news, round 31b (vocabulary 1.265.0, roles 1.66.0): a fire told
alone as the doer of a killing, with no attacker or attack word in its sentence, is an
accident, while gunfire and fire from a party stay ASSAULT; a guilty verdict "for" a person is
aimed at that person, a verdict for a side of a civil suit or a "not guilty" one convicts no
one. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a fire with no arsonist, no attack word and no actor: an accident
        ("A fire killed four workers at the plant.", "killed", []),
        ("A huge fire injured ten people in the market.", "injured", []),
        ("A fire at a garment factory in Dhaka killed 12 workers on Tuesday.", "killed", []),
        ("Fires killed six people in the village.", "killed", []),
        ("Police said a fire killed four workers.", "killed", []),
        # gunfire, fire from or by a party, fire a modifier makes a weapon's: ASSAULT
        ("Gunfire killed four workers.", "killed", ["ASSAULT/kill"]),
        ("Fire from troops killed four protesters.", "killed", ["ASSAULT/kill"]),
        ("Heavy fire killed four soldiers.", "killed", ["ASSAULT/kill"]),
        ("Mortar fire killed three civilians.", "killed", ["ASSAULT/kill"]),
        ("Police fire killed two protesters.", "killed", ["ASSAULT/kill"]),
        ("Fire by police killed two protesters.", "killed", ["ASSAULT/kill"]),
        # a sentence telling an attack or a shooting keeps it
        (
            "Police opened fire on the crowd, and the fire killed two protesters.",
            "killed",
            ["ASSAULT/kill"],
        ),
    ],
)
def test_a_fire_with_no_attacker_is_an_accident(nlp, text: str, trigger: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The jury returned a guilty verdict for Smith.", "smith"),
        ("The jury returned a guilty verdict against Smith.", "smith"),
        ("A jury reached a guilty verdict for the former mayor on Friday.", "mayor"),
        ("The jury delivered guilty verdicts for both defendants.", "defendants"),
    ],
)
def test_a_guilty_verdict_for_a_person_is_aimed_at_them(nlp, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    verdict = by_trigger(events(nlp, text), "verdict")
    assert verdict.type == "SANCTION" and has(verdict.targets, who)


def test_a_guilty_verdict_for_an_offence_has_no_person_target(nlp) -> None:  # type: ignore[no-untyped-def]
    verdict = by_trigger(events(nlp, "The jury returned a guilty verdict for murder."), "verdict")
    assert not has(verdict.targets, "murder")


@pytest.mark.parametrize(
    "text",
    [
        "The jury returned a verdict for the plaintiff.",
        "The judge entered a verdict for the defence.",
        "The jury returned a verdict in favour of the plaintiffs.",
        "The jury returned a not guilty verdict for Smith.",
    ],
)
def test_a_civil_or_not_guilty_verdict_convicts_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, "verdict") == []
