"""A thing of someone's that sets off an event is its cause, not its doer. Sentences
written here."""

from __future__ import annotations

from event_helpers import by_trigger, events, has


def test_a_possessed_act_that_sets_off_unrest_is_no_rioter(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Juan Pérez's ouster set off weeks of unrest": Pérez did not riot."""
    ev = by_trigger(
        events(nlp, "Juan Pérez's ouster set off weeks of unrest in the south."), "unrest"
    )
    assert not has(ev.actors, "pérez")


def test_a_possessed_body_still_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The president's government cracked down": a government acts, whoever's it is."""
    ev = by_trigger(
        events(nlp, "The president's government cracked down on the protests."), "cracked"
    )
    assert has(ev.actors, "government")
