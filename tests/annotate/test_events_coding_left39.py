"""Types and doers of news English left by earlier rounds (left39): a court voiding a norm, a
retort to critics, what a document of accusation says. Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The constitutional court struck down the emergency decree.", "struck down"),
        ("A federal judge struck down the state's voting law on Friday.", "struck down"),
        ("The high court annulled the regulation.", "annulled"),
        ("The appeals court overturned the ordinance.", "overturned"),
    ],
)
def test_a_court_voiding_a_norm_is_a_veto(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.type, ev.mode, ev.cameo) == ("REJECT", "veto", "129"), text


@pytest.mark.parametrize(
    "text",
    [
        "The gunman struck down two passers-by.",
        "Militants struck down a helicopter near the border.",
    ],
)
def test_striking_down_people_stays_an_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "struck").type == "ASSAULT", text


def test_an_overturned_vehicle_is_no_veto(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, "The ferry overturned in the storm.") if e.type == "REJECT"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The governor fired back at his critics.", "fired back"),
        ("The minister hit back at the opposition, saying the claims were false.", "hit back"),
    ],
)
def test_a_retort_to_critics_is_criticism(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove"), text


def test_firing_back_at_soldiers_stays_a_shot(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The insurgents fired back at the soldiers.")
    assert any(e.type == "ASSAULT" and e.mode == "firearms" for e in evs)


@pytest.mark.parametrize(
    "text", ["Something hit me in my back, she said.", "The boy said a stone hit him in the back."]
)
def test_a_blow_in_the_back_is_no_retort(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # "back" with its own owner or article is the body part, no particle of "hit back"
    assert by_trigger(events(nlp, text), "hit").type == "ASSAULT", text


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The indictment says Miller stole money from the union.", "stole", "Miller"),
        ("The lawsuit says the wardens beat the prisoner.", "beat", "wardens"),
    ],
)
def test_what_a_document_of_accusation_says_is_alleged(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert [(a.text, a.alleged) for a in ev.actors] == [(doer, True)], text


def test_what_a_report_says_is_told(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The report says police detained Miller on Monday."), "detained")
    assert not any(a.alleged for a in ev.actors)


@pytest.mark.parametrize(
    "text",
    [
        "The daily warned young Italians would rise up.",
        "The magazine warned that young Spaniards would riot.",
    ],
)
def test_a_warning_of_what_a_people_will_do_is_no_threat(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "THREATEN"], text


def test_a_warning_of_a_price_a_people_will_pay_stays_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Turkey warned that Syrians would pay a heavy price.")
    assert any(e.type == "THREATEN" for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The truce that ended the fighting was holding.", "holding"),
        ("The ceasefire is holding despite sporadic incidents.", "holding"),
    ],
)
def test_an_agreement_that_holds_holds_no_one(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger.lower() == trigger], text


def test_holding_people_stays_custody(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Police are holding four men over the bombing."), "holding")
    assert (ev.type, ev.mode) == ("COERCE", "imprison")


def test_a_role_in_a_hostile_act_is_no_mediation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The officer was accused of playing a leading role in the massacre."
    assert not [e for e in events(nlp, text) if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry took a measure that was blamed for the shortages.",
        "The new procedure was blamed for the delays.",
    ],
)
def test_a_thing_blamed_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not by_trigger(events(nlp, text), "blamed").targets, text


def test_a_party_blamed_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The mayor blamed the opposition for the delays."), "blamed")
    assert [t.text for t in ev.targets] == ["opposition"]


def test_a_he_goes_back_to_a_guard_telling_of_himself(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The guard told the journalists that he beat the inmate."
    assert [a.text for a in by_trigger(events(nlp, text), "beat").actors] == ["guard"]
