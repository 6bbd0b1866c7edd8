"""Acts a degree, a habit, a prevention or a faced case tells of (events_modality_degree,
events_modality_nouns.faced_case; modality 1.152.0, left39). Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The old general was too tired to fight.", "fight"),
        ("The garrison was too weak to resist the assault.", "resist"),
        ("The villagers were too afraid to protest.", "protest"),
    ],
)
def test_an_act_a_degree_beyond_the_bar_rules_out_was_not_done(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    assert by_trigger(events(nlp, text), trigger).negated, text


def test_a_capacity_in_the_present_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The navy is strong enough to invade the islands."), "invade")
    assert ev.hypothetical and not ev.negated


def test_a_disposition_told_as_a_habit_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor always goes out of his way to help families in need."
    assert by_trigger(events(nlp, text), "help").hypothetical
    done = "The mayor went out of his way to help the flood victims last week."
    assert not by_trigger(events(nlp, done), "help").hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Soldiers prevented the rioters from attacking the consulate.", "attacking"),
        ("The guards stopped the inmates from escaping.", "escaping"),
    ],
)
def test_an_act_kept_from_happening_is_hypothetical(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert ev.hypothetical and not ev.negated, text


def test_what_is_kept_from_going_on_is_told(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The police prevented the strike from spreading."), "strike")
    assert not ev.negated and not ev.hypothetical


def test_a_failed_prevention_lets_the_act_go_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officers could not prevent the march from reaching the palace."
    ev = by_trigger(events(nlp, text), "march")
    assert not ev.negated and not ev.hypothetical


@pytest.mark.parametrize(
    ("text", "trigger", "accused"),
    [
        ("Brown faces charges for the murder of his neighbour.", "murder", "Brown"),
        ("Adams will face trial for the killing of the clerk next month.", "killing", "Adams"),
    ],
)
def test_a_faced_case_alleges_its_act(nlp, text: str, trigger: str, accused: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert ev.hypothetical and not ev.future, text
    assert [(a.text, a.alleged) for a in ev.actors] == [(accused, True)], text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The senator accused the governor of doing nothing to prevent attacks on farmers.",
            "attacks",
        ),
        ("The soldiers did little to stop the looting of the museum.", "looting"),
        ("The guards failed to prevent riots in the camp.", "riots"),
    ],
)
def test_an_act_whose_prevention_failed_went_ahead(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert not ev.negated and not ev.hypothetical, text


def test_an_act_prevented_is_still_denied(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The navy prevented the attack on the tanker."), "attack")
    assert ev.negated


def test_a_prevention_next_to_none_is_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The senator accused the governor of doing nothing to prevent attacks on farmers."
    assert by_trigger(events(nlp, text), "prevent").negated
