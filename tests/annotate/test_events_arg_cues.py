"""Cues for an act's parties read off its noun's modifiers (events_arg_cues), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "region"),
    [
        ("A suspected gang leader was arrested in a Sicilian police raid.", "arrested", "Sicilian"),
        ("A Kurdish police raid freed the hostages.", "raid", "Kurdish"),
    ],
)
def test_a_regional_adjective_before_a_force_word_is_the_forces(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, region: str
) -> None:
    """events_act_modifiers._regional_force: the force acts, not the region or people."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, "police") and not has(ev.actors, region)


def test_a_states_adjective_before_a_force_word_stays_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Guerrillas were killed in a Turkish army offensive."), "offensive")
    assert ev.actors and ev.actors[0].country == "TUR"


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("More than 20 coastguard vessels were mobilised to give chase.", "vessels"),
        ("Thousands of troops were deployed to the border.", "troops"),
    ],
)
def test_a_craft_or_a_count_of_a_force_moved_is_the_force_moving(
    nlp, text: str, force: str
) -> None:  # type: ignore[no-untyped-def]
    (moved,) = [e for e in events(nlp, text) if e.type == "MOBILIZE"]
    assert any(force in a.text for a in moved.actors), text
    assert not moved.targets, text


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("The minister rejected that criticism on Monday.", []),
        ("The minister rejected criticism of the government's asylum policy.", []),
        ("The minister rejected criticism from the UN refugee agency.", ["UN"]),
    ],
)
def test_a_claim_rejected_is_no_party_its_maker_is(nlp, text: str, targets: list[str]) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "rejected")
    assert [t.text for t in ev.targets] == targets, text
