"""Whom a thing refused again was refused to (annotate/events_refused_things.py), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_thing_refused_again_is_aimed_at_whom_it_was_refused_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ortega was refused a travel visa in June, said a consul, who declined to explain "
        "why the visa was refused."
    )
    refusals = [e for e in events(nlp, text) if e.type == "REJECT"]
    assert refusals and all(has(e.targets, "Ortega") for e in refusals), [
        (e.trigger, e.targets) for e in refusals
    ]
    assert not any(has(e.targets, "visa") for e in refusals)


def test_a_thing_refused_with_no_one_told_before_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    (refusal,) = [
        e for e in events(nlp, "The appeal was rejected on Monday.") if e.type == "REJECT"
    ]
    assert has(refusal.targets, "appeal")
