"""Participants that are things (events_things): places, means, what blew up, owned and lent
things, through the events they take part in; sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_a_street_and_a_weapon_after_a_preposition_are_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Soldiers fired on marchers in Liberty Square."), "fired")
    assert has(ev.targets, "marchers") and not has(ev.targets, "Square")
    text = "The army crushed the revolt with lethal force."
    assert not has(by_trigger(events(nlp, text), "crushed").targets, "force")


def test_what_blew_up_harms_no_one_by_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The minibus exploded near the stadium, killing six fans.")
    assert not [a for e in evs for a in e.actors if "minibus" in a.text]


def test_a_lent_things_from_names_the_lender(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Ruritania received $2 billion in loans from Japan."), "loans")
    assert has(ev.actors, "Japan")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [("Another brick was thrown.", "thrown"), ("A shot was fired.", "fired")],
)
def test_a_weapon_an_act_was_done_with_in_the_passive_is_no_target(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    """The brick is how, not whom (roles 1.52.0)."""
    assert not by_trigger(events(nlp, text), trigger).targets


def test_weapons_seized_stay_the_thing_seized(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The weapons were seized by police."), "seized")
    assert has(ev.targets, "weapons")


@pytest.mark.parametrize(
    "text",
    [
        "We will leave our children a future of crushing costs that bankrupt our families.",
        "Farmers face crushing debts after the drought.",
    ],
)
def test_money_owed_crushes_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # `repress` objects_not (vocab 1.388.1)
    assert not [e for e in events(nlp, text) if e.type == "COERCE"]


def test_a_crushed_revolt_stays_repression(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The regime crushed the uprising and cracked down on the protesters.")
    assert by_trigger(evs, "crushed").mode == "repress"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "The guerrillas laid down arms on Monday. Soldiers then seized their rifles.",
            "guerrillas",
        ),
        ("Police detained the traffickers and impounded their trucks.", "traffickers"),
        ("Border guards stopped the woman and confiscated her passport.", "woman"),
    ],
)
def test_goods_seized_stand_for_whom_they_were_taken_from(  # type: ignore[no-untyped-def]
    nlp, text: str, owner: str
) -> None:
    """A possessive pronoun on goods a seizure takes names whom they were taken from, never
    the taker (roles 1.170.1)."""
    ev = next(e for e in events(nlp, text) if e.mode == "seize")
    assert has(ev.targets, owner), (ev.actors, ev.targets)


@pytest.mark.parametrize(
    "text",
    [
        "The militia seized their rifles and fled into the hills.",
        "Agents raided his office on Tuesday.",
    ],
)
def test_the_takers_own_goods_or_a_raided_place_name_no_owner(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.mode == "seize")
    assert not ev.targets, ev.targets


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        (
            "Her husband was jailed for two years for stealing a policeman's car.",
            "stealing",
            "policeman",
        ),
        ("The thieves stole the farmer's truck last night.", "stole", "farmer"),
    ],
)
def test_a_stolen_vehicle_names_its_owner(nlp, text: str, trigger: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    # a vehicle is a site where an attack is done at, but a stolen one is loot (roles 1.190.1)
    assert has(by_trigger(events(nlp, text), trigger).targets, owner)


def test_a_vehicle_attacked_is_still_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(
        events(nlp, "Militants attacked the governor's car near the border."), "attacked"
    )
    assert has(ev.targets, "car")


def test_a_voiced_things_owner_voiced_it_whatever_it_is_for(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "rejected the employer's proposal for a pay cut": the employer, whose proposal, is the
    target, was the proposal (roles 1.186.0, prec43a)."""
    text = "The nurses rejected the employer's proposal for a pay cut."
    ev = by_trigger(events(nlp, text), "rejected")
    assert has(ev.targets, "employer") and not has(ev.targets, "proposal")
