"""Acts told under a speaker's doubt are hypothetical (annotate/events_modality_certainty.py);
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events


@pytest.mark.parametrize(
    ("text", "trigger", "doubted"),
    [
        ("I'm not sure the guards were attacked, the warden said.", "attacked", True),
        ("Police are not certain the rebels fired first.", "fired", True),
        ("Officials are unsure the protesters were arrested.", "arrested", True),
        ('"I\'m not positive all three of the men were shot , " the chief said .', "shot", True),
        # the aim doubted, the shooting told (the ruling of ecbdev3)
        ("I'm not positive all three of the men were targeted, the chief said.", "targeted", False),
        ("Police are sure the guards were attacked.", "attacked", False),
    ],
)
def test_an_act_under_a_speakers_doubt_is_hypothetical(
    nlp, text: str, trigger: str, doubted: bool
) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).hypothetical == doubted
