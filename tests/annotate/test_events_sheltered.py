"""A participle of "shelter" after a verb of state (annotate.events_vocab, rule sheltered-in):
the refuge its subject took, like "took refuge in"; sheltering someone stays aid."""

from __future__ import annotations

from event_helpers import events, has, one


def test_remained_sheltered_in_an_embassy_is_refuge_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Five opposition leaders remained sheltered in the Argentine embassy.")
    refuge = one(evs, "asylum")
    assert refuge.type == "REQUEST"
    assert has(refuge.actors, "leaders")
    assert has(refuge.targets, "embassy")
    assert not [e for e in evs if e.type == "AID"]


def test_stayed_sheltered_at_a_residence_is_refuge_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The aides have stayed sheltered at the ambassador's residence for a year.")
    assert one(evs, "asylum").type == "REQUEST"


def test_sheltering_someone_stays_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The government sheltered the dissidents in the embassy.")
    aid = [e for e in evs if e.type == "AID"]
    assert aid and has(aid[0].targets, "dissidents")
    assert not [e for e in evs if e.type == "REQUEST"]
