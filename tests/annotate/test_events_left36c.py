"""Leftovers noticed on news English, round 36 (left36c): an act told inside a claim is
alleged; an adjective before an attack noun is no party. Sentences written for these tests
(the behaviour on main before the change in each test's comment)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # was: the firing told done (a verb of claim over another's act)
        ("Police claim that Jones fired at officers.", "fired"),
        ("Prosecutors claim the guards beat him.", "beat"),
        # was: told done (the noun read as a verb by the parser)
        ("Police claims that Jones fired at officers were disputed.", "fired"),
        # was: told done (the clause hung as the noun's clausal complement)
        ("Claims that the army shelled the town were denied.", "shelled"),
        # was: told done (a claim noun not listed)
        ("The assertion that the guards beat him was rejected by the ministry.", "beat"),
    ],
)
def test_act_told_inside_a_claim_is_alleged(nlp, text: str, act: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), act).hypothetical


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The group claimed that it had bombed the base.", "bombed"),  # its own deed
        ("Doctor claims that talks have resumed between Norland and Vesta.", "talks"),  # no harm
    ],
)
def test_claim_of_ones_own_deed_or_of_no_hostile_act_stays_told(nlp, text: str, act: str) -> None:  # type: ignore[no-untyped-def]
    assert not by_trigger(events(nlp, text), act).hypothetical


def test_adjective_before_an_attack_noun_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: "Heavy" the actor (the parser made the adjective a second subject)
    event = by_trigger(events(nlp, "Heavy shelling destroyed the hospital."), "destroyed")
    assert event.type == "ASSAULT"
    assert not event.actors
    assert [t.text for t in event.targets] == ["hospital"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # was: both sides actors, neither the other's party (not in mutual_meetings)
        ("Farmers and traders haggled over prices.", "haggled"),
    ],
)
def test_bargaining_sides_deal_with_each_other(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert [a.text for a in event.actors] == ["Farmers"]
    assert [t.text for t in event.targets] == ["traders"]
    assert ("reciprocal", "yes") in event.attributes


def test_listed_clash_in_the_passive_is_done_by_its_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: the patrol the actor, the insurgents the target (the side named first)
    text = "The patrol was skirmished by insurgents near the border."
    event = by_trigger(events(nlp, text), "skirmished")
    assert [a.text for a in event.actors] == ["insurgents"]
    assert [t.text for t in event.targets] == ["patrol"]


@pytest.mark.parametrize(
    "text",
    [
        # was: AID 070 with the fighters as target
        "Rebel fighters were sent to the front.",
        # was: AID 070
        "The group sent guerrillas into the valley.",
    ],
)
def test_fighters_sent_are_forces_moved(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), "sent")
    assert (event.type, event.cameo) == ("MOBILIZE", "154")
    assert not any("fighters" in t.text for t in event.targets)


def test_each_listed_offence_of_an_arrest_is_a_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    # (unchanged: every item of the list is a charge, none an act told done)
    text = "John Smith was arrested for burglary, assault and grand larceny."
    evs = events(nlp, text)
    arrest = by_trigger(evs, "arrested")
    charges = [v for k, v in arrest.attributes if k == "charge"]
    assert charges == ["burglary", "assault", "grand larceny"]
    assert [t.text for t in arrest.targets] == ["John Smith"]
    assert len(evs) == 1


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # was: targets "army" and "other"
        ("The rebels and the army negotiated with each other.", "negotiated", ["rebels"], ["army"]),
        # was: target "other"
        ("The two gangs fought each other in the street.", "fought", ["gangs"], []),
        # was: target "one another"; since left37 (vocab 1.337.0) a two-way act, as a clash:
        # the side named first the actor, the other the target, marked reciprocal
        ("Police and protesters attacked one another.", "attacked", ["Police"], ["protesters"]),
    ],
)
def test_reciprocal_pronoun_is_no_party(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actors: list[str], targets: list[str]
) -> None:
    event = by_trigger(events(nlp, text), trigger)
    assert [a.text for a in event.actors] == actors
    assert [t.text for t in event.targets] == targets
