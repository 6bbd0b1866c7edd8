"""A verdict of not guilty is an acquittal, coded as "acquit" is (vocabulary 1.317.0), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "acquitted"),
    [
        ("The jury found the nurse not guilty.", "found", "nurse"),
        ("The nurse was found not guilty of manslaughter.", "found", "nurse"),
        ("A court found both officers not guilty on all counts.", "found", "officers"),
    ],
)
def test_a_not_guilty_verdict_is_an_acquittal(nlp, text, trigger, acquitted) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.type, ev.cameo) == ("CONCEDE", "080"), text
    assert has(ev.targets, acquitted), text


def test_acquitted_codes_the_same(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The nurse was acquitted of manslaughter."), "acquitted")
    assert (ev.type, ev.cameo) == ("CONCEDE", "080")


@pytest.mark.parametrize(
    "text", ["The jury found the nurse guilty.", "The nurse was found guilty of manslaughter."]
)
def test_a_guilty_verdict_stays_a_conviction(nlp, text) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "found")
    assert (ev.type, ev.mode, ev.cameo) == ("SANCTION", "convict", "116"), text
