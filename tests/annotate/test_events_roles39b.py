"""Round two of roles39 (ECB+ dev topics' news): a time zone or a sea is no party, counted
"others" are people, a charge's counts lead to the offence's doer, a denied perception does
not deny the act perceived, and everyday or traffic senses of killing, fleeing, denying and
receiving are no events; sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_time_zone_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pirates on a dhow attacked the merchant ship about 1100 hrs IST, firing machine guns."
    attack = by_trigger(events(nlp, text), "attacked")
    assert not has(attack.targets, "IST")
    assert has(attack.targets, "ship")


def test_a_sea_where_an_act_happens_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The frigate foiled a piracy attempt in the Gulf of Oman on Monday."
    piracy = by_trigger(events(nlp, text), "piracy")
    assert not piracy.targets


def test_counted_others_are_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A gunman killed five people and injured several others at a mall in Springfield."
    injury = by_trigger(events(nlp, text), "injured")
    assert has(injury.targets, "others")
    assert not has(injury.targets, "Springfield")


def test_the_counts_of_a_charge_lead_to_the_offences_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "John Smith is charged with two counts of murder in the deaths of Ann Riva and Tom Hall."
    murder = by_trigger(events(nlp, text), "murder")
    assert has(murder.actors, "John Smith")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A neighbour said he didn't hear a gunshot but heard noise outside.", "gunshot"),
        ("Witnesses did not see the attack on the convoy.", "attack"),
    ],
)
def test_a_denied_perception_does_not_deny_the_act(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert not act.negated


@pytest.mark.parametrize(
    "text",
    [
        "A woman was killed by a hit-and-run driver in Queens.",
        "A drunk driver killed a cyclist on Friday.",
        "He looked out his window and saw someone fleeing the building next door.",
        "Some office workers fled through the back alley to get home.",
        "Insurers will continue to deny coverage to people with pre-existing conditions.",
        "The new surgeon general received her medical degree from a state university.",
    ],
)
def test_everyday_and_traffic_senses_are_no_events(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not events(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen killed a bus driver on Friday.", "killed"),
        ("The army hit the rebels and ran.", "hit"),
        ("Thousands of villagers fled their homes as the army advanced.", "fled"),
        ("The ministry denied visas to the journalists.", "denied"),
        ("The driver of the truck drove into the crowd, killing 80 people.", "killing"),
    ],
)
def test_acts_of_conflict_stay(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.trigger == trigger for e in events(nlp, text))


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "The minister defended his policy of deporting migrants.",
            "deporting",
            "minister",
        ),
        (
            "The government's practice of detaining critics drew protests.",
            "detaining",
            "government",
        ),
    ],
)
def test_the_owner_of_a_policy_does_its_act(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert has(act.actors, actor)
