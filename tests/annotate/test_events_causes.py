"""A thing of someone's that sets off an event is its cause, not its doer; a label put on an
act is no act. Sentences written here."""

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


def test_a_label_put_on_an_act_is_no_act_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "described the president's removal as a coup by the elites": a claim about the
    removal, no coup that happened; a coup told as one stays."""
    text = "The Mexican president described the president's removal as a coup by the elites."
    assert by_trigger(events(nlp, text), "coup").hypothetical
    assert not by_trigger(events(nlp, "The army staged a coup on Monday."), "coup").hypothetical


def test_a_vote_to_oust_a_president_is_no_coup(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "lawmakers voted 101-6 to oust him": a legislature removing a president, no coup;
    "the army ousted the president" is one."""
    evs = events(nlp, "Lawmakers voted 101-6 to oust the president for moral incapacity.")
    assert not [e for e in evs if e.mode == "coup"]
    assert by_trigger(events(nlp, "The army ousted the president on Monday."), "ousted").mode == (
        "coup"
    )
