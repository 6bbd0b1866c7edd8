"""Spoken accusations the recall audit of the Lee corpus found missed (recall45a): a speaker
calling a party a wrongdoer, or saying it answers for an act of harm. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow


def test_a_party_a_speaker_calls_a_wrongdoer_is_denounced(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said the rebel commander was a murderer and a liar."
    ev = by_trigger(events(nlp, text), "murderer")
    assert (ev.type, ev.mode, ev.cameo) == ("ACCUSE", "disapprove", "111")
    assert has(ev.actors, "minister") and has(ev.targets, "commander")
    assert not any(e.trigger == "liar" for e in events(nlp, text))  # one denunciation
    for text in (
        "The rebel commander was a murderer.",  # told by the writer
        '"I am not a liar," the senator said.',
        "The minister said the general was not a criminal.",
    ):
        assert not any(e.type == "ACCUSE" for e in events(nlp, text)), text


def test_a_party_a_speaker_says_answers_for_harm_is_blamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police said two brothers were responsible for the killing."
    found = events(nlp, text)
    ev = by_trigger(found, "responsible")
    assert (ev.type, ev.mode, ev.cameo) == ("ACCUSE", "allege", "112")
    assert has(ev.actors, "Police") and has(ev.targets, "brothers")
    # the killing keeps its own mention, the brothers its doers
    assert has(by_trigger(found, "killing").actors, "brothers")
    for text in (
        "The governor said the storm was responsible for three deaths.",  # no party
        "The minister said the agency was responsible for security at the airport.",
        "The group was responsible for the attack.",  # no speaker
    ):
        assert not any(e.type == "ACCUSE" for e in events(nlp, text)), text


def test_an_offence_told_with_its_year_or_what_happened_in_it_is_a_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A court sentenced the rebel commander to life for a 1998 bombing in which 40 died."
    ev = by_trigger(events(nlp, text), "bombing")
    assert ev.type == "ASSAULT" and not ev.hypothetical and has(ev.actors, "commander")
    text = "He was charged with a murder that shocked the town."
    assert by_trigger(events(nlp, text), "murder").hypothetical  # alleged, under a charge
    for text in ("He was charged with murder.", "She was convicted of sedition."):
        assert [e.type for e in events(nlp, text)] in (["ACCUSE"], ["SANCTION"]), text


def test_a_siege_told_by_its_hostages_is_the_hostage_taking(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The hostage crisis ended after two days."), "crisis")
    assert (ev.type, ev.mode) == ("ASSAULT", "abduct")
    ev = by_trigger(events(nlp, "The army laid siege to the town."), "siege")
    assert (ev.type, ev.mode) == ("COERCE", "restrict")


def test_an_act_noun_wanted_done_by_a_passive_infinitive_is_asked_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Labor wants a parliamentary inquiry to be set up to examine the proposals."
    found = events(nlp, text)
    ev = by_trigger(found, "wants")
    assert ev.type == "REQUEST" and has(ev.actors, "Labor") and not ev.targets
    assert by_trigger(found, "inquiry").future  # wanted, not held
    for text in (
        "The coach wants the match to be played on Sunday.",  # no act noun
        "The company wants its new plant to be built in Ohio.",
    ):
        assert not any(e.type == "REQUEST" for e in events(nlp, text)), text


def test_what_is_awaited_from_a_party_told_after_a_conjunct_is_asked_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said he was waiting for action and not promises from the rebel leader."
    ev = by_trigger(events(nlp, text), "waiting")
    assert ev.type == "REQUEST" and has(ev.targets, "leader")
