"""A verb coordinated after a passive with no subject of its own (annotate/
events_conjunct_voice.py): active when it takes an object or its own to-infinitive, the
passive's subject then its doer; on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "The guard was dismissed from the prison and threatened to return with a knife.",
            "threatened",
            "guard",
        ),
        (
            "The activist was detained at the airport and refused to leave the cell.",
            "refused",
            "activist",
        ),
    ],
)
def test_a_verb_of_its_own_infinitive_after_a_passive_is_done_by_its_subject(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    # "was dismissed and threatened to return": the guard threatens, no one threatens him
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, doer)
    assert not has(ev.targets, doer)


def test_a_passive_conjunct_with_an_object_still_has_its_subject_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # roles 1.72.0, kept: "was convicted and received a sentence" is the convict's receiving
    ev = by_trigger(
        events(nlp, "The colonel was sacked on Monday and attacked the minister."), "attacked"
    )
    assert has(ev.actors, "colonel") and has(ev.targets, "minister")


def test_a_verb_of_being_made_to_act_stays_undergone(nlp) -> None:  # type: ignore[no-untyped-def]
    # "was arrested and ordered to pay": he is ordered, no one of the sentence orders
    evs = events(nlp, "The trader was arrested on Monday and ordered to pay a fine.")
    ordered = [e for e in evs if e.trigger == "ordered"]
    assert all(not has(e.actors, "trader") for e in ordered)
