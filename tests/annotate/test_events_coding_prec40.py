"""Senses, types and flags of news English from the fortieth session's ECB+ dev audit
(prec40): a press release that speaks, hostages held to ransom, coming off drugs, a
reporter's calls, a craft setting off to look, an act weighed as hard to do, a view shared
with someone, a plan interrupted. Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events


def _triggered(nlp, text: str, trigger: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen escaped in a stolen van, the release said.",
        "The frigate is on patrol in the strait, a navy release stated.",
    ],
)
def test_a_release_that_speaks_is_a_press_release(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, "release")


def test_a_release_of_people_told_by_a_speaker_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The release of the hostages, officials said, was delayed."
    assert by_trigger(events(nlp, text), "release").type == "RETREAT"


def test_hostages_held_to_ransom_are_abducted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The gang still holds three tankers and forty sailors to ransom."
    held = by_trigger(events(nlp, text), "holds")
    assert (held.type, held.mode) == ("ASSAULT", "abduct")
    text = "Police held two suspects in the city jail."
    assert by_trigger(events(nlp, text), "held").mode == "imprison"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He shares a cell with an inmate who is withdrawing from heroin.", "withdrawing"),
        ("The prisoner suffered severe withdrawal symptoms overnight.", "withdrawal"),
    ],
)
def test_coming_off_a_drug_is_no_withdrawal(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


def test_a_withdrawal_of_forces_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, "The army withdrew from the town."), "withdrew").type == (
        "RETREAT"
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Calls to the company's headquarters were not answered on Friday.", "calls"),
        ("The mayor's office did not return calls to its press line.", "calls"),
    ],
)
def test_a_reporters_calls_ask_nothing(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


def test_calls_for_an_act_answered_stay_requests(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "His calls for a ceasefire were answered by the rebels."
    assert by_trigger(events(nlp, text), "calls").type == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "A coastguard plane took off from the base to investigate.",
        "The patrol boat sailed over to investigate.",
    ],
)
def test_a_craft_setting_off_to_look_is_no_inquiry(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, "investigate")


def test_an_inquiry_by_a_body_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors took over the case to investigate the killings."
    assert by_trigger(events(nlp, text), "investigate").type == "ACCUSE"


def test_an_attack_weighed_as_hard_is_hypothetical(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The admiral said there were many difficulties in attacking the rebel camps."
    assert by_trigger(events(nlp, text), "attacking").hypothetical
    text = "The admiral said the navy attacked the rebel camps."
    assert not by_trigger(events(nlp, text), "attacked").hypothetical


def test_agreeing_with_someone_that_a_thing_is_so_shares_a_view(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "I agreed with Anna and Tom at once that Paris is the best venue, the director said."
    assert not _triggered(nlp, text, "agreed")
    text = "The government agreed with the rebels that the troops would withdraw."
    assert by_trigger(events(nlp, text), "agreed").type == "AGREE"


def test_a_plan_interrupted_by_shots_is_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She said the staff were planning to hold a dinner when someone heard gunfire."
    assert not _triggered(nlp, text, "planning")
    text = "The rebels were planning to attack the base when the army arrived."
    assert by_trigger(events(nlp, text), "attack").future


def test_a_warship_challenging_a_craft_makes_a_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The frigate turned towards the two skiffs and challenged them."
    assert by_trigger(events(nlp, text), "challenged").type == "REQUEST"
    text = "The opposition challenged the result in court."
    assert by_trigger(events(nlp, text), "challenged").type == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        "A colleague paid tribute to the nurse who died in the crash.",
        "Friends and neighbours paid warm tribute to the retired teacher.",
    ],
)
def test_a_tribute_by_people_of_private_life_is_a_eulogy(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, "tribute")


def test_a_tribute_by_a_leader_stays_support(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The president paid tribute to the soldiers."
    assert by_trigger(events(nlp, text), "tribute").type == "SUPPORT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The painter won a fellowship grant from the academy.", "grant"),
        ("The biologist received a research grant last year.", "grant"),
        ("The poet received a 'genius grant' from a foundation in 2010.", "received"),
    ],
)
def test_a_grant_awarded_for_merit_is_no_aid(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type in ("AID", "CONSULT")]


def test_a_grant_to_a_state_stays_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya received a grant from the World Bank."
    assert by_trigger(events(nlp, text), "grant").type == "AID"


def test_a_distress_call_from_people_on_board_asks_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The frigate picked up a distress call from sailors on board the tanker."
    assert not [e for e in events(nlp, text) if e.type == "REQUEST"]
    text = "The opposition called on the government to resign."
    assert by_trigger(events(nlp, text), "called").type == "REQUEST"


def test_a_devotion_told_as_a_trait_is_no_commitment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The judge was praised for her lifelong commitment to civil rights."
    assert not _triggered(nlp, text, "commitment")
    text = "The government reaffirmed its commitment to withdraw its troops."
    assert by_trigger(events(nlp, text), "commitment").type == "AGREE"


def test_getting_fired_is_a_dismissal(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, "She is the second manager to get fired this year.", "fired")
    text = "Shots got fired at the police station."
    assert by_trigger(events(nlp, text), "fired").type == "ASSAULT"


def test_a_state_one_is_described_in_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The sergeant said the man gave up, describing the suspect as subdued."
    assert not _triggered(nlp, text, "subdued")


@pytest.mark.parametrize(
    "text",
    [
        "Police launched a search and rescue operation for the missing hikers.",
        "A coastguard plane arrived to assist with search and rescue efforts off the coast.",
    ],
)
def test_search_and_rescue_is_no_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "AID"]


def test_a_rescue_of_hostages_stays_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Commandos assisted in the rescue of the hostages."
    assert by_trigger(events(nlp, text), "rescue").type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers joined the search and rescue after the bombing of the market.",
        "She worked through the search and rescue at the blast scene.",
    ],
)
def test_search_and_rescue_after_an_attack_is_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "rescue").type == "AID"
