"""Noun triggers another trigger of their clause reports (events_folds)."""

from __future__ import annotations

import pytest
from event_helpers import events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_act_noun_subject_folds_into_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The attack by the paramilitaries killed three farmers.")
    assert len([e for e in evs if e.type == "ASSAULT"]) == 1
    (ev,) = evs
    assert has(ev.actors, "paramilitaries") and not has(ev.actors, "attack")
    assert has(ev.targets, "farmers")


def test_device_subject_folds_into_explosion(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "A bomb exploded in the market.")
    assert len([e for e in evs if e.mode == "explosives"]) == 1


def test_person_noun_participant_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("Police arrested two protesters.", "Police arrested hundreds of protesters."):
        evs = events(nlp, text)
        assert not [e for e in evs if e.type == "PROTEST"], text
        assert [e for e in evs if e.mode == "arrest" and has(e.targets, "protesters")], text


def test_protesters_on_their_own_stay_a_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Protesters marched through the city.",
        "Thousands of protesters gathered in the square.",
    ):
        assert len([e for e in events(nlp, text) if e.type == "PROTEST"]) == 1, text


def test_device_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = events(nlp, "A bomb exploded in the market.")
    assert not has(ev.actors, "bomb")
    (ev,) = events(nlp, "A bomb planted by rebels exploded near the barracks.")
    assert has(ev.actors, "rebels") and not has(ev.actors, "bomb")


def test_specific_noun_codes_the_verb_it_folds_into(nlp) -> None:  # type: ignore[no-untyped-def]
    (ev,) = events(nlp, "The bombing killed five soldiers.")
    assert ev.mode == "explosives" and ev.cameo == "183"
    assert has(ev.targets, "soldiers")
