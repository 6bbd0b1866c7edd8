"""Parties of round 39 (roles39, on the ECB+ dev topics' news): a crewed craft a participle of
an act hangs on stands for its crew, a warship or troops a participle tells deployed make
their own move, a conjunct of a light verb's object's modifier is carried by the verb, and
what a verb finds or rescues "under attack" is the attack's target; sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "The coast guard chased two speedboats targeting a fishing fleet.",
            "targeting",
            "speedboats",
        ),
        ("Sailors spotted a skiff attacking an oil tanker near the strait.", "attacking", "skiff"),
    ],
)
def test_a_crewed_craft_stands_for_its_crew(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    act = by_trigger(events(nlp, text), trigger)
    assert act.type == "ASSAULT"
    assert has(act.actors, actor)


def test_a_thing_a_participle_hangs_on_still_names_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [
        e
        for e in events(nlp, "Officers found a letter threatening the judge.")
        if e.type == "THREATEN"
    ]
    assert all(not has(e.actors, "letter") for e in found)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The frigate Almirante, deployed on patrols in the Red Sea since May, was escorting "
            "three tankers.",
            "Almirante",
        ),
        ("Troops deployed in the north are patrolling the border.", "Troops"),
    ],
)
def test_a_force_told_deployed_by_a_participle_makes_its_own_move(
    nlp, text: str, actor: str
) -> None:  # type: ignore[no-untyped-def]
    move = by_trigger(events(nlp, text), "deployed")
    assert move.type == "MOBILIZE"
    assert has(move.actors, actor)
    assert not move.targets


def test_a_conjunct_of_a_light_verbs_object_modifier_is_carried_by_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police boarded the ship and carried out a boarding and search action."
    search = by_trigger(events(nlp, text), "search")
    assert has(search.actors, "Police")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The frigate rescued two tankers under attack.", "tankers"),
        ("After the rebels shelled it for weeks, troops found the village under siege.", "village"),
    ],
)
def test_what_a_verb_finds_under_attack_is_the_target(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    act = next(e for e in evs if e.trigger in ("attack", "siege"))
    assert has(act.targets, target)
    assert not has(act.actors, "frigate") and not has(act.actors, "troops")


def test_who_is_put_under_arrest_is_still_read_by_the_placing_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    arrest = by_trigger(events(nlp, "Police placed the mayor under arrest."), "arrest")
    assert has(arrest.actors, "Police")
    assert has(arrest.targets, "mayor")


@pytest.mark.parametrize(
    "text",
    [
        "The army deployed troops in the Gulf of Aden.",
        "Two destroyers, deployed in the Bay of Bengal since March, shadowed the fleet.",
    ],
)
def test_a_sea_named_after_a_place_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    move = by_trigger(events(nlp, text), "deployed")
    assert not move.targets


def test_a_place_named_in_a_place_phrase_is_still_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    curfew = by_trigger(
        events(nlp, "The government imposed a curfew in the capital of Kenya."), "curfew"
    )
    assert has(curfew.targets, "Kenya")
