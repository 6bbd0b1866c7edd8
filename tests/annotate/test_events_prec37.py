"""Senses and parties of news English found on the ECB+ audit sample ecb25 (prec37,
events-vocab 1.334.0): a preposition after a verb's object is no particle, a court's ruling
on a motion, a plan "on" an everyday act, a policy examined, a country a theft ranks in,
property destroyed in disaster news, a track record of a kind of act; and the one named a
suspect, the act's alleged doer (events-roles 1.112.0)."""

from __future__ import annotations

from event_helpers import by_trigger, codings, events, parties


def test_a_preposition_after_the_object_is_no_particle(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The president gave a speech in Paris on Monday.", "gave a speech in") == []
    assert [e.type for e in events(nlp, "The minister gave interviews in London.")] == []
    assert codings(nlp, "The government gave in to the strikers' demands.", "gave in") == [
        "CONCEDE/None"
    ]
    assert codings(nlp, "Police called off the search in the mountains.", "called off") == [
        "CONCEDE/None"
    ]


def test_a_court_ruling_on_a_motion_is_court_procedure(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "The judge denied the defence motion for a new trial.", "denied") == []
    assert codings(nlp, "Judge Brown agreed and denied both motions.", "denied") == []
    assert codings(nlp, "The judge rejected the defence motion.", "rejected") == []
    text = "Parliament rejected a motion of no confidence in the government."
    assert codings(nlp, text, "rejected") == ["REJECT/None"]
    assert codings(nlp, "The government denied the accusations.", "denied") == ["REJECT/None"]
    # a trial's objection overruled is procedure; objections a court rejects are often a
    # state's (vocabulary 1.346.0)
    assert codings(nlp, "The judge overruled the objection.", "overruled") == []
    text = "The international court rejected Canada's objections to the boundary case."
    assert codings(nlp, text, "rejected") == ["REJECT/None"]


def test_a_plan_on_an_everyday_act_is_no_agreement(nlp):  # type: ignore[no-untyped-def]
    assert codings(nlp, "He told police he planned on going home.", "planned") == []
    text = "The government plans on holding talks with the rebels."
    assert codings(nlp, text, "plans") == ["AGREE/None"]


def test_a_policy_examined_is_no_inquiry(nlp):  # type: ignore[no-untyped-def]
    text = "The new rules are being examined for their legal implications by the ministry."
    assert codings(nlp, text, "examined") == []
    assert codings(nlp, "The cabinet will examine the proposal.", "examine") == []
    text = "Investigators examined the minister's accounts."
    assert codings(nlp, text, "examined") == ["ACCUSE/investigate"]


def test_the_country_a_theft_ranks_in_is_no_party(nlp):  # type: ignore[no-untyped-def]
    text = "Gems worth 50 million dollars were taken in what is called Germany's biggest theft."
    assert parties(nlp, text, "theft") == ([], [])
    actors, _ = parties(nlp, "It was Britain's most daring robbery.", "robbery")
    assert actors == []
    actors, _ = parties(nlp, "China's theft of the designs angered Washington.", "theft")
    assert actors == ["China"]


def test_houses_destroyed_in_disaster_news_are_no_seizure(nlp):  # type: ignore[no-untyped-def]
    text = (
        "A strong earthquake struck the island on Sunday. "
        "The quake was felt across the region. "
        "Rescuers searched for survivors after the quake. "
        "Aftershocks rattled the island overnight. "
        "Officials said the quake had a magnitude of 6.1. "
        "Many houses in the village have been destroyed, residents said."
    )
    assert not [e for e in events(nlp, text) if e.trigger.startswith("destroyed")]
    text = "Soldiers destroyed many houses in the village, residents said."
    assert [e.type for e in events(nlp, text) if e.trigger.startswith("destroyed")] == ["COERCE"]


def test_a_track_record_of_a_kind_of_act_is_no_event(nlp):  # type: ignore[no-untyped-def]
    text = "The man has a long record of domestic abuse."
    assert codings(nlp, text, "abuse") == []
    assert codings(nlp, "She had a history of violence against neighbours.", "violence") == []
    text = "The minutes give a record of the talks between the two sides."
    assert codings(nlp, text, "talks") == ["CONSULT/meet"]
    # a pattern of acts is a series that happened (vocabulary 1.346.0)
    text = "The staff left after a pattern of threats against foreign workers."
    assert codings(nlp, text, "threats") == ["THREATEN/None"]


def test_the_one_named_a_suspect_is_the_alleged_doer(nlp):  # type: ignore[no-untyped-def]
    text = "That man, John Miller, is now the main suspect in the Friday slaying of Brown."
    slaying = by_trigger(events(nlp, text), "slaying")
    assert [a.text for a in slaying.actors] == ["John Miller"]
    assert all(a.alleged for a in slaying.actors)
    assert [t.text for t in slaying.targets] == ["Brown"]
    text = "Smith, a suspect in the shooting of two guards, was arrested on Monday."
    actors, _ = parties(nlp, text, "shooting")
    assert actors == ["Smith"]
    text = "Jones was searching for Smith because he was a suspect in a shooting on Monday."
    actors, _ = parties(nlp, text, "shooting")
    assert actors == []
