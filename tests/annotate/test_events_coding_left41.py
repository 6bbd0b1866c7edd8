"""Types and flags of news English left after the fortieth session (left41): a charge run at
a crowd, warships sent, bystanders getting away, private talks, nuisances complained of,
agreements in force, the danger a group poses, acts of "any" under a denial, a permission
given. Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has


def _triggered(nlp, text: str, trigger: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in events(nlp, text) if e.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize(
    "text",
    [
        "Police charged at the crowd with batons.",
        "Riot police charged into the protesters outside parliament.",
    ],
)
def test_a_charge_run_at_a_crowd_is_repression(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), "charged")
    assert (act.type, act.mode) == ("COERCE", "repress")
    assert has(act.actors, "police")


def test_a_charge_laid_stays_an_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police charged the protesters with rioting."
    assert by_trigger(events(nlp, text), "charged").type == "ACCUSE"


def test_warships_sent_on_patrol_are_forces_moved(nlp) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(
        events(nlp, "The navy sent three corvettes on patrol along the coast."), "sent"
    )
    assert act.type == "MOBILIZE"
    text = "The government sent a ship with food to the island."
    assert by_trigger(events(nlp, text), "sent").type == "AID"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two of the partygoers managed to escape through a back door.", "escape"),
        ("Shoppers fled as the shots rang out.", "fled"),
    ],
)
def test_bystanders_getting_away_is_no_retreat(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Villagers fled their homes as the rebels advanced.", "fled"),
        ("The guests escaped from their captors after three days.", "escaped"),
    ],
)
def test_a_flight_from_war_or_captivity_stays(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).type == "RETREAT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The gunman talked to the receptionist before opening fire.", "talked"),
        ("She met friends for dinner on Saturday.", "met"),
    ],
)
def test_a_private_talk_is_no_consultation(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister met relatives of the hostages on Tuesday.", "met"),
        ("The envoy talked to the rebels in the capital.", "talked"),
    ],
)
def test_a_public_meeting_stays_a_consultation(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Residents complained of speeding trucks near the school.", "complained"),
        ("The prisoner complained of stomach pains.", "complained"),
    ],
)
def test_a_nuisance_complained_of_is_no_criticism(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


def test_a_complaint_of_abuse_stays_criticism(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters complained of police brutality during the march."
    assert by_trigger(events(nlp, text), "complained").type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "The airline and the pilots' union have a labour agreement that runs until 2029.",
        "The league's collective bargaining agreement allows clubs to fine players.",
    ],
)
def test_an_agreement_in_force_is_no_agreeing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, "agreement")


@pytest.mark.parametrize(
    "text",
    [
        "The agreement reached on Friday requires the militia to withdraw.",
        "The base hosts foreign troops under a mutual defence treaty.",
    ],
)
def test_an_agreement_reached_or_an_alliance_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text) if e.trigger in ("agreement", "treaty")] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "The threat of pirates led the shipping firm to hire armed guards.",
        "Insurers raised their rates because of the growing pirate threat.",
    ],
)
def test_the_danger_a_group_poses_is_no_threat_made(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, "threat")


def test_a_group_s_threat_to_act_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The pirates' threat to kill the sailors alarmed the owners."
    assert by_trigger(events(nlp, text), "threat").type == "THREATEN"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The province has not seen any protests since the vote.", "protests"),
        ("The district has not witnessed any attacks this year.", "attacks"),
        ("The club has not had any arrests made public this season.", "arrests"),
    ],
)
def test_any_act_under_a_denied_verb_is_negated(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).negated


def test_a_definite_act_not_seen_stays_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The guard did not see the attack on the convoy."
    assert not by_trigger(events(nlp, text), "attack").negated


def test_an_agreement_saying_what_it_gives_is_in_force(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The airline's labour agreement gives pilots the right to refuse night flights."
    assert not _triggered(nlp, text, "agreement")


def test_a_permission_given_is_a_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The tribunal gave the dockworkers permission to strike."
    act = by_trigger(events(nlp, text), "gave")
    assert act.type == "CONCEDE"
    assert has(act.actors, "tribunal")
