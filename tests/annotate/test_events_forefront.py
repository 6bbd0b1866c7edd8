"""Who leads an act told by a place at its front (annotate/events_forefront.py); sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The students were at the forefront of the protests.", "protests", "students"),
        ("The cleric was at the head of the uprising.", "uprising", "cleric"),
    ],
)
def test_who_is_at_the_forefront_of_an_act_leads_it(
    nlp, text: str, trigger: str, doer: str
) -> None:  # type: ignore[no-untyped-def]
    """roles 1.186.2 (prec43a)."""
    assert has(by_trigger(events(nlp, text), trigger).actors, doer)


def test_who_stands_at_the_front_of_a_march_does_not_lead_it(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Police stood at the front of the march."), "march")
    assert not has(ev.actors, "Police")
