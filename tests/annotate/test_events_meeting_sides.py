"""Who meets or keeps a truce with whom around a two-way noun (annotate/events_meeting_sides.py).
Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "first", "second"),
    [
        (
            "Observers will watch over a ceasefire between Chad and Sudan.",
            "ceasefire",
            "Chad",
            "Sudan",
        ),
        ("A truce was reached between the miners and the police.", "truce", "miners", "police"),
    ],
)
def test_both_sides_of_a_truce_between_keep_it(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, first: str, second: str
) -> None:
    # the side named first written as actor, as "talks between X and Y"
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, first) and has(ev.targets, second)


@pytest.mark.parametrize(
    "text",
    [
        "The guerrillas demanded a truce with government troops.",
        "The guerrillas offered a ceasefire with government troops.",
    ],
)
def test_who_asks_for_a_truce_with_a_side_is_the_other_side(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.type == "RETREAT")
    assert has(ev.actors, "guerrillas") and has(ev.targets, "troops")


def test_who_brokers_a_truce_keeps_none(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "Qatar brokered a truce with the guerrillas."), "truce")
    assert not has(ev.actors, "Qatar")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("The rebels signed a truce with the army.", "army"),
        ("The militia signed a ceasefire with the government on Sunday.", "government"),
    ],
)
def test_the_with_of_a_truce_hung_on_its_verb_names_the_other_side(
    nlp, text: str, other: str
) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "truce" if "truce" in text else "ceasefire")
    assert other in [t.text for t in ev.targets], text


def test_a_with_of_manner_names_no_side(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "The rebels signed a truce with great reluctance."), "truce")
    assert not ev.targets


@pytest.mark.parametrize(
    "text",
    ["The rebels violated the ceasefire agreement.", "The army broke the truce deal on Monday."],
)
def test_a_truce_agreement_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.type == "ASSAULT")
    assert not ev.targets, text


def test_both_sides_in_one_between_noun_meet_each_other(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Talks between Indian and Pakistani officials in Delhi have ended."
    ev = by_trigger(events(nlp, text), "talks")
    assert [a.text for a in ev.actors] == ["Indian and Pakistani officials"]
    assert not ev.targets


@pytest.mark.parametrize(
    ("text", "party", "other"),
    [
        ("Unions have not ruled out strikes following a breakdown in negotiations with "
         "management.", "Unions", "management"),
        ("The rebels resumed attacks after the collapse of talks with the government.",
         "rebels", "government"),
    ],
)  # fmt: skip
def test_a_stage_of_talks_set_as_occasion_names_the_subject_a_party(  # type: ignore[no-untyped-def]
    nlp, text: str, party: str, other: str
) -> None:
    """ "after a breakdown in negotiations with X": the clause's subject negotiated
    (`talks_stage_nouns`, roles 1.199.3)."""
    actors, targets = parties(nlp, text, "negotiations" if "negotiations" in text else "talks")
    assert actors == [party] and targets == [other], (actors, targets)


def test_a_stage_of_talks_beside_a_subject_that_cannot_act_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, "Prices fell after the collapse of talks with Iran.")]
    assert all(not e.actors for e in evs if e.trigger == "talks"), evs
