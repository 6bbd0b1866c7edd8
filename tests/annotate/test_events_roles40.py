"""Parties and types of round 40 (roles40, on the ECB+ dev topics' news): what a party sees is
no group a "them" goes on with, and a strike a union's members vote on is a labour strike;
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_them_passes_over_what_the_group_saw(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On seeing the patrol boat and the helicopter, the smugglers tried to flee. "
        "The navy ordered them to stop."
    )
    order = by_trigger(events(nlp, text), "ordered")
    assert has(order.targets, "smugglers")
    assert not has(order.targets, "helicopter")


def test_them_still_goes_on_with_the_group_acted_on(nlp) -> None:  # type: ignore[no-untyped-def]
    released = by_trigger(
        events(nlp, "Police detained two students. A judge released them."), "released"
    )
    assert has(released.targets, "students")


@pytest.mark.parametrize(
    "text",
    [
        "The union said it would ask its members to authorize a strike.",
        "The guild's members voted to authorize a strike.",
    ],
)
def test_a_strike_a_union_votes_on_is_a_labour_strike(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    strike = by_trigger(events(nlp, text), "strike")
    assert (strike.type, strike.mode) == ("PROTEST", "strike")


def test_a_strike_a_commander_authorizes_stays_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    strikes = by_trigger(events(nlp, "The general authorized strikes on the camps."), "strikes")
    assert strikes.type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "In the first game, the receiver was held to just two catches for 25 yards.",
        "The Rockets were held to 90 points.",
    ],
)
def test_a_score_held_down_is_no_custody(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "COERCE"]


def test_a_person_held_stays_in_custody(nlp) -> None:  # type: ignore[no-untyped-def]
    held = by_trigger(events(nlp, "Police held the suspect for two hours."), "held")
    assert (held.type, held.mode) == ("COERCE", "imprison")


def test_a_way_of_playing_executed_kills_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "We were executing the philosophy we wanted to have."
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]
    killed = by_trigger(events(nlp, "The regime executed two dissidents."), "executed")
    assert killed.mode == "assassinate"


@pytest.mark.parametrize(
    "text",
    [
        "She was leaving her car when she was hit by a silver Toyota Camry.",
        "Police pulled over the driver after he had struck two other vehicles.",
        "The driver struck two parked cars.",
    ],
)
def test_a_road_crash_is_no_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    ["Gunmen struck a bus carrying pilgrims.", "Rebels hit a police vehicle with a bomb."],
)
def test_a_vehicle_attacked_stays_an_attack(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The frigate said it came under attack from two skiffs.", "skiffs", "frigate"),
        (
            "The freighter put out a message that it was under attack from two boats.",
            "boats",
            "freighter",
        ),
    ],
)
def test_under_attack_from_a_crewed_craft(nlp, text: str, actor: str, target: str) -> None:  # type: ignore[no-untyped-def]
    attack = by_trigger(events(nlp, text), "attack")
    assert has(attack.actors, actor)
    assert has(attack.targets, target)


def test_a_document_released_calling_on_someone_is_its_issuer_s_call(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A coalition of unions released a document calling on the mayor to resign."
    call = by_trigger(events(nlp, text), "calling")
    assert has(call.actors, "coalition")
    assert has(call.targets, "mayor")


def test_an_act_foiled_in_the_passive_did_not_happen(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A three-boat raid on the oil tankers was foiled by a navy frigate."
    raid = [e for e in events(nlp, text) if e.trigger.lower() == "raid"]
    assert raid and all(e.negated for e in raid)


@pytest.mark.parametrize(
    ("text", "trigger", "person", "thing"),
    [
        (
            "The suspects, rifles and ammunition will be handed over to the police.",
            "handed",
            "suspects",
            "rifles",
        ),
        (
            "The rebels released the hostages and their belongings.",
            "released",
            "hostages",
            "belong",
        ),
    ],
)
def test_things_listed_beside_people_held_are_no_targets(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, person: str, thing: str
) -> None:
    act = by_trigger(events(nlp, text), trigger)
    assert has(act.targets, person)
    assert not has(act.targets, thing)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "The destroyer Rana, deployed on anti-smuggling patrols, seized a dhow.",
            "patrols",
            "Rana",
        ),
        ("The frigate was deployed on patrol in the strait.", "patrol", "frigate"),
        (
            "Warship Talwar , deployed on anti - piracy patrols in the Gulf of Aden under the"
            " control of the Western Command , rescued twelve fishermen on Monday .",
            "patrols",
            "Talwar",
        ),
    ],
)
def test_the_one_deployed_on_a_mission_carries_it_out(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str
) -> None:
    mission = [e for e in events(nlp, text) if e.trigger.lower() == trigger]
    assert mission and has(mission[0].actors, actor)
