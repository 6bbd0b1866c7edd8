"""Second round of English words the vocabulary mistyped (events-vocab 1.168.0): aircraft or
ships sent into another state's air or waters, a high commissioner summoned, a reflexive
object. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two Syrian fighter jets violated Turkish airspace on Tuesday.", "violated"),
        ("Chinese warships breached Japanese territorial waters near the islands.", "breached"),
    ],
)
def test_aircraft_or_ships_in_anothers_air_or_waters_are_a_show_of_force(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    # the PLOVER manual: military moves short of force are MOBILIZE; aircraft and ships its
    # mode "weapons"
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.type, ev.mode, ev.cameo) == ("MOBILIZE", "weapons", "150")


def test_a_law_violated_stays_a_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The junta violated the constitution."), "violated")
    assert ev.type == "REJECT"


def test_water_rules_breached_are_no_territorial_waters(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The Acme factory breached water regulations for a decade.")
    assert not any(e.type == "MOBILIZE" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "India summoned the Pakistani high commissioner over the shelling.",
        "Britain summoned the Indian High Commissioner after the remarks.",
    ],
)
def test_a_summoned_high_commissioner_is_a_diplomatic_protest(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "summon")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")


def test_a_police_commissioner_summoned_is_asked_to_appear(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The court summoned the police commissioner to testify."), "summon")
    assert ev.type == "REQUEST"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Norland says it has the right to defend itself.", "defend"),
        ("The Vestan rebels armed themselves with rifles from the depot.", "armed"),
    ],
)
def test_a_reflexive_object_is_no_target(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert not any(t.text.lower().endswith(("itself", "themselves")) for t in ev.targets)


def test_a_party_defended_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Norland defended Vesta at the summit."), "defended")
    assert has(ev.targets, "vesta")
