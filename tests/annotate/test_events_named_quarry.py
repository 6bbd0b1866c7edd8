"""A hunt told by the one hunted, named, and a manhunt whoever makes it
(annotate/events_named_quarry.py, vocabulary rules `hunt-offender`, `manhunt`), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _hunts(nlp, text: str) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    return [
        (e.trigger, [t.text for t in e.targets])
        for e in events(nlp, text)
        if e.type == "COERCE" and e.mode == "seize"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "hunted"),
    [
        ("The hunt for Mullah Omar continued on Sunday.", "hunt", "Omar"),
        (
            "Jets struck the valley as part of the hunt for militia leader Joseph Kony.",
            "hunt",
            "Kony",
        ),
        ("The manhunt for the killer continues.", "manhunt", "killer"),
        ("Police widened the dragnet for the gunmen on Friday.", "dragnet", "gunmen"),
    ],
)
def test_a_person_hunted_by_name_or_a_manhunt_is_a_seizure_sought(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, hunted: str
) -> None:
    found = _hunts(nlp, text)
    assert [t for t, _ in found] == [trigger], found
    assert any(hunted in t for t in found[0][1])


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers continued the hunt for survivors.",
        "The hunt for Robert Smith, missing since Friday, continued.",
        "The hunt for a new coach has begun.",
        "The hunt for bargains drew crowds to the city.",
    ],
)
def test_no_hunt_for_the_missing_or_for_things(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _hunts(nlp, text) == []
