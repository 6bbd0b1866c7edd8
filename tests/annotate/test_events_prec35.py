"""Senses, parties and flags of news English found on ECB+ sample ecb23 (events-vocab
1.308.0, events-modality 1.113.0, prec35). Every sentence here is written for the test."""

from __future__ import annotations

from event_helpers import by_trigger, codings, events, parties


def test_returning_to_prison_holds_its_subject(nlp):  # type: ignore[no-untyped-def]
    text = "Martin Kowalski was paroled in 1990, but Kowalski returned to prison in 1993."
    assert parties(nlp, text, "returned") == ([], ["Kowalski"])
    assert codings(nlp, text, "returned to prison") == ["COERCE/imprison"]


def test_returned_to_prison_by_guards_keeps_the_one_held(nlp):  # type: ignore[no-untyped-def]
    text = "The guards returned the inmate Peter Hale to prison after the hearing."
    actors, _ = parties(nlp, text, "returned")
    assert actors == ["guards"]


def test_feeding_on_anger_is_no_aid(nlp):  # type: ignore[no-untyped-def]
    assert (
        codings(nlp, "The riots spread quickly, feeding on anger over corruption.", "feeding") == []
    )
    assert codings(nlp, "The rebels' campaign feeds off fear in the villages.", "feeds") == []


def test_feeding_refugees_stays_aid(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "Aid workers fed thousands of displaced families.", "fed") == ["AID/None"]


def test_protections_of_a_law_are_no_aid(nlp):  # type: ignore[no-untyped-def]
    text = "The senator vowed to keep the protections of the Clean Water Act."
    assert codings(nlp, text, "protections") == []
    assert codings(nlp, "The new rules weaken protections for workers.", "protections") == []


def test_help_sought_at_a_clinic_is_treatment(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The singer is seeking help at a rehabilitation clinic.", "seeking") == []
    assert codings(nlp, "The actor sought help for his alcohol addiction.", "sought") == []


def test_help_sought_from_a_state_stays_a_request(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The rebels sought help from Russia.", "sought") == ["REQUEST/None"]


def test_a_necklace_lifted_is_stolen(nlp):  # type: ignore[no-untyped-def]
    text = "A diamond necklace was lifted by a thief at a gala dinner."
    assert codings(nlp, text, "lifted") == ["COERCE/seize"]
    assert codings(nlp, "A pickpocket lifted his wallet on the bus.", "lifted") == ["COERCE/seize"]


def test_lifting_a_ban_or_a_trophy_is_no_theft(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The government lifted the curfew on Monday.", "lifted") == ["CONCEDE/None"]
    assert codings(nlp, "The captain lifted the trophy after the final.", "lifted") == []


def test_a_theft_in_a_town_is_no_theft_from_the_town(nlp):  # type: ignore[no-untyped-def]
    assert parties(nlp, "Thieves stole jewels at a party in Cannes.", "stole") == (["Thieves"], [])


def test_a_call_of_the_shooting_reports_it(nlp):  # type: ignore[no-untyped-def]
    evs = events(nlp, "The jurors listened to the 911 call of the shooting.")
    assert not by_trigger(evs, "shooting").hypothetical


def test_a_call_for_an_act_still_asks_for_it(nlp):  # type: ignore[no-untyped-def]
    evs = events(nlp, "The bishops issued a call for a strike next week.")
    assert by_trigger(evs, "strike").hypothetical or by_trigger(evs, "strike").future


def test_who_tackles_a_revolt_is_no_rebel(nlp):  # type: ignore[no-untyped-def]
    text = "The minister was criticised for failing to tackle the revolt."
    revolt = by_trigger(events(nlp, text), "revolt")
    assert not revolt.actors and not revolt.negated


def test_an_act_countered_goes_on(nlp):  # type: ignore[no-untyped-def]
    protests = by_trigger(events(nlp, "The police failed to contain the protests."), "protests")
    assert not protests.negated and not protests.actors
