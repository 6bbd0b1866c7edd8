"""Parties named as modifiers of an act noun (events_act_modifiers); sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "The country, caught up in an Islamic insurgency, has no functioning government.",
        "The army is fighting an Islamic insurgency in the north.",
    ],
)
def test_a_creeds_adjective_is_no_doer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """roles 1.156.0 (left40): "Islamic" tells the insurgency's kind, no insurgent."""
    (uprising,) = [e for e in events(nlp, text) if e.trigger == "insurgency"]
    assert uprising.actors == ()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A Kurdish rebellion spread across the region.", "rebellion"),
        ("Islamic State attacks killed dozens of people.", "killed"),
    ],
)
def test_a_peoples_adjective_or_a_groups_name_still_does_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    (act,) = [e for e in events(nlp, text) if e.trigger == trigger]
    assert act.actors


def _attack_actors(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.trigger.startswith("attack"))
    return [a.text for a in ev.actors]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a noun before the attack, from either of the two lists folded in roles 1.165.0
        ("The kidnapper attack on the school shocked the town.", "kidnapper"),
        ("Militia attacks on villages rose.", "Militia"),
        # an adjective before it: a kind of doer, as "the terrorist blasts" (roles 1.52.0)
        ("The terrorist attack on the embassy shocked the city.", "terrorist"),
        ("Rebel attacks on the convoy continued.", "Rebel"),
    ],
)
def test_an_armed_bands_word_before_an_attack_names_its_doer(nlp, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    """roles 1.165.0 (twins41): one word list, one reading, nouns and adjectives alike."""
    assert _attack_actors(nlp, text) == [doer], text


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A Kurdish militant attack on the post shocked the town.", "militant"),
        ("A Kurdish terrorist attack on the post shocked the town.", "terrorist"),
        # a creed's adjective is no doer (roles 1.156.0): the band is
        ("An Islamist extremist attack on the church shocked the town.", "extremist"),
    ],
)
def test_a_peoples_adjective_on_an_armed_band_says_whose_band_it_is(  # type: ignore[no-untyped-def]
    nlp, text: str, doer: str
) -> None:
    """roles 1.165.0 (twins41): as "a Kurdish army offensive" (roles 1.50.0), the band acts,
    not the people, whether the band's word is a noun or an adjective (was the people for an
    adjective)."""
    assert _attack_actors(nlp, text) == [doer], text


def test_an_armed_bands_word_on_no_hostile_act_is_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    """Pirates tried undergo the trial: the band's word reads as a doer for attacks only."""
    trial = next(e for e in events(nlp, "The pirate trial opened in Mombasa on Monday."))
    assert [a.text for a in trial.actors] == []
