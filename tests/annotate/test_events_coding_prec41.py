"""Senses, types and flags of news English from the forty-first session's ECB+ dev audit
(prec41): an act set for later with "is to" / "was to", giving someone the slip, a degree
held, a player held without a score, a person sought in a relative clause, an honour given,
an activity hindered, a phenomenon fought, acts of a kind in general. Sentences written for
the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _triggered(nlp, text: str, trigger: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister is to visit Paris next week.", "visit"),
        ("Troops are to withdraw from the town by May.", "withdraw"),
        ("The treaty is to be signed on Friday.", "signed"),
        ("The vote came a day before Smith was to ask the council for new powers.", "ask"),
    ],
)
def test_an_act_set_for_later_with_be_to_is_ahead(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """modality 1.173.0"""
    assert by_trigger(events(nlp, text), trigger).future


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army's first act was to arrest the mayor.", "arrest"),
        ("The government is to blame for the violence.", "blame"),
    ],
)
def test_a_deed_or_a_judgement_with_be_to_is_not_ahead(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.future for e in _triggered(nlp, text, trigger))


def test_giving_someone_the_slip_is_a_flight(nlp) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.396.0"""
    slipped = by_trigger(
        events(nlp, "The rebels gave the army the slip and crossed the border."), "gave"
    )
    assert (slipped.type, slipped.mode) == ("RETREAT", "flee")
    assert not _triggered(nlp, "The smugglers managed to give the police the slip.", "give")
    assert by_trigger(events(nlp, "The donors gave the refugees food."), "gave").type == "AID"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("She holds a BS in Physics from Howard University.", "holds"),
        ("He holds a master's in economics.", "holds"),
        ("The striker was held without a goal in the final.", "held"),
        ("There was a second manager the gunman was seeking.", "seeking"),
        ("The bishop asked the pope to give her the medal.", "give"),
        ("The king gave the general a medal for bravery.", "gave"),
        ("A long strike could hinder development of new shows.", "hinder"),
        ("The floods impeded economic growth.", "impeded"),
    ],
)
def test_everyday_senses_are_no_event(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The suspect was held without bail.", "held", "COERCE"),
        ("The army hindered the rebels' advance.", "hindered", "COERCE"),
        ("The release they were seeking never came.", "seeking", "REQUEST"),
    ],
)
def test_their_political_senses_stay(nlp, text: str, trigger: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).type == kind


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The council approved tough measures against piracy from the region.", "piracy"),
        ("The government vowed to combat kidnapping in the north.", "kidnapping"),
        (
            "The envoy asked the council to approve strong measures against piracy from Yemen.",
            "piracy",
        ),
        ("The navy enjoys a reputation for resolute action in such deployments.", "deployments"),
        ("Such raids are rare in the capital.", "raids"),
    ],
)
def test_acts_named_in_general_are_no_event(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


def test_such_acts_that_happened_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _triggered(nlp, "Such raids have been carried out in the capital.", "raids")
    assert _triggered(nlp, "The pirates' attack on the ship in the gulf was repelled.", "attack")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("In many kidnappings, gangs seize the drivers and demand a ransom.", "seize"),
        ("In many kidnappings, gangs seize the drivers and demand a ransom.", "demand"),
        ("Smugglers often bribe border guards in the region.", "bribe"),
        ("In most cases, rebels release the captives after a ransom is paid.", "release"),
    ],
)
def test_a_pattern_of_a_kind_is_no_event(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.396.0 (the fortieth session's ruling on generic patterns)."""
    assert not _triggered(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The gang often attacks buses here.", "attacks"),
        ("Rebels release 20 captives.", "release"),
        ("Gangs seized the drivers and demanded a ransom.", "seized"),
    ],
)
def test_a_particular_act_stays(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _triggered(nlp, text, trigger)


def test_welcomed_in_a_role_is_no_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.396.0"""
    assert not _triggered(nlp, "The station welcomed back the comedian as its host.", "welcomed")
    evs = events(nlp, "The king welcomed the president as a guest of honour.")
    assert by_trigger(evs, "welcomed").type == "CONSULT"


def test_a_call_received_beside_a_second_object_is_no_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.396.0: a rule's objects_not reads a second direct object the parser hangs."""
    text = (
        "The frigate was patrolling the strait when it received a distress call from sailors "
        "on board the MV Atlas."
    )
    assert not _triggered(nlp, text, "received")


def test_a_plural_beside_a_phenomenon_in_a_trend_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.396.0"""
    text = "The frigate was sent to the strait after a spike in smuggling and kidnappings."
    assert not _triggered(nlp, text, "kidnappings")


def test_a_burden_crushing_someone_is_no_repression(nlp) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.396.0"""
    assert not _triggered(nlp, "Rising debts will crush the government.", "crush")
    assert by_trigger(events(nlp, "The regime crushed the revolt."), "crushed").type == "COERCE"


def test_a_post_left_for_another_is_a_career_step(nlp) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.396.0"""
    text = "He will resign from the board of the charity to take on his new job."
    assert not _triggered(nlp, text, "resign")
    assert not _triggered(nlp, "She resigned from the bank to take up a post abroad.", "resigned")
    text = "The minister resigned to take responsibility for the defeat."
    assert by_trigger(events(nlp, text), "resigned").mode == "resign"
