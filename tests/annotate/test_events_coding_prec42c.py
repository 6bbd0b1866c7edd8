"""Codings of the forty-second session's Lee-corpus sample lee3 (prec42c): a ruler restored to
power is no return of property, a body of rule destroyed is no property seized, and an
obligation foreseen ("we will have to send them") is no announcement. Sentences written
here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_ruler_restored_to_power_is_no_return(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "was returned to power after a foreign invasion": no RETREAT return; hostages or
    bodies handed back stay one."""
    text = "The exiled king was returned to power in 1994 after a foreign invasion."
    assert not [e for e in events(nlp, text) if e.trigger == "returned"]
    ev = by_trigger(events(nlp, "The rebels returned the hostages to the government."), "return")
    assert (ev.type, ev.mode) == ("RETREAT", "return") and has(ev.targets, "hostages")


def test_a_body_of_rule_destroyed_is_no_seizure(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "an attempt to destroy their movement": no COERCE seize; a depot or offices destroyed
    stay one."""
    text = "Rebels said the offensive was an attempt to destroy their movement."
    assert not [e for e in events(nlp, text) if e.mode == "seize"]
    ev = by_trigger(events(nlp, "Troops destroyed the party's offices."), "destroyed")
    assert (ev.type, ev.mode) == ("COERCE", "seize")


def test_an_obligation_foreseen_is_no_announcement(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "We will have to send the prisoners to other jails," the senator said: the sending
    obliged (hypothetical), no THREATEN or AGREE statement made; "had to flee" was done."""
    text = '"We will have to send the prisoners to other jails," the senator said.'
    evs = events(nlp, text)
    assert by_trigger(evs, "send").hypothetical
    assert not [e for e in evs if e.type in ("THREATEN", "AGREE")]
    ev = by_trigger(events(nlp, "The government has to release the prisoners."), "release")
    assert ev.hypothetical
    ev = by_trigger(events(nlp, "The rebels had to flee the city."), "flee")
    assert not (ev.hypothetical or ev.future)
