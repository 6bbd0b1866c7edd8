"""English non-events, flags and codes left open after the thirty-sixth session (left37b;
events-vocab 1.338.x, events-modality 1.132.x). Sentences written for these tests (the
behaviour on main before the change in each test's comment)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was: the shooting, the beating told done
        ("Police contend that Jones shot the man outside the bar.", "shot"),
        ("Prosecutors argued that the guards beat him.", "beat"),
    ],
)
def test_act_a_verb_of_allegation_tells_is_alleged(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).hypothetical


def test_own_deed_maintained_stays_told(nlp) -> None:  # type: ignore[no-untyped-def]
    shot = by_trigger(events(nlp, "The rebels maintain that they shot down the helicopter."), "shot")
    assert not shot.hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was: the arrest and the killing told done, unflagged
        ("Officers were working to arrest Jones when he fled.", "arrest"),
        ("Smith was chosen to kill the informer.", "kill"),
        ("The gunman was hired to kill the witness.", "kill"),
    ],
)
def test_purpose_of_an_effort_or_a_choosing_is_ahead(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).future


def test_purpose_of_a_deployment_keeps_its_flags(nlp) -> None:  # type: ignore[no-untyped-def]
    # (troops sent or deployed: the PLOVER gold codes such purposes as told)
    disperse = by_trigger(events(nlp, "Troops were deployed to disperse the crowd."), "disperse")
    assert not disperse.future
