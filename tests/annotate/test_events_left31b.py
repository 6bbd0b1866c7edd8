"""Leftovers noticed on real news, round 31b (vocabulary 1.265.0): a fire told alone as the
doer of a killing, with no attacker or attack word in its sentence, is an accident, while
gunfire and fire from a party stay ASSAULT. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import codings

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
