"""Leftovers of round 32 on news English (vocabulary 1.274.0): injuries named as what care
or amends are for are no attack; training or instruction received is no meeting. (A police
manhunt stays COERCE seize, the audit standard since 1.236.3.)"""

from __future__ import annotations

import pytest
from event_helpers import codings

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a police manhunt and a place searched stay seizures (vocabulary 1.236.3)
        ("Detectives were searching for a gunman.", "searching", ["COERCE/seize"]),
        ("Police searched the house.", "searched", ["COERCE/seize"]),
        ("Troops searched his car for weapons.", "searched", ["COERCE/seize"]),
        # injuries tended or compensated are no attack; injuries died of keep their reading
        ("He sought medical help for his injuries.", "injuries", []),
        ("She was treated for her injuries at a local hospital.", "injuries", []),
        ("The victims were treated for gunshot wounds.", "wounds", []),
        ("He died of his injuries on Sunday.", "injuries", ["ASSAULT/None"]),
        # training taken is no meeting; a visitor received is one
        ("The officers received training in unarmed combat.", "received", []),
        ("Cadets received instruction in firearms.", "received", []),
        ("The minister received the delegation.", "received", ["CONSULT/meet"]),
        ("The president received the ambassador at the palace.", "received", ["CONSULT/meet"]),
    ],
)
def test_codings_left32d(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected
