"""Words of struggle that report no assault (annotate/events_struggles.py): a fight for a
cause, against a thing or a government, in a non-violent field, fought out in a court or for
what a court grants; an armed struggle or a fight for ground stays. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import check_says, events

from chronicler.annotate.events_struggles import struggle_for_an_aim, struggle_in_a_field

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def types(text: str, nlp) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.type for e in events(nlp, text)}


def test_leading_the_struggle_against_a_military_government_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "She spent years under house arrest at her home in Dhaka, where she led the "
        "struggle against a military government."
    )
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_an_armed_struggle_against_a_regime_stays_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels waged an armed struggle against the regime for a decade."
    assert [e for e in events(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        # what a court grants, fought for (vocabulary 1.219.0)
        "The grandparents are fighting for custody of the girl.",
        "The widow has battled for compensation since the crash.",
        # a struggle's infinitive the parser hangs on the verb that takes it
        "The mother may lose her fight to keep the children if the judge rules against her.",
    ],
)
def test_a_case_fought_is_no_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_fighting_for_control_of_a_city_stays_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels are fighting for control of the city."
    assert [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_a_figurative_struggle_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types("Our fight to restore democracy goes on, she said.", nlp)
    assert "ASSAULT" not in types("The trade fight has hurt farmers in Iowa.", nlp)
    assert "ASSAULT" not in types("He led the fight against corruption for years.", nlp)
    assert "ASSAULT" in types("Rebels fought government troops near the border.", nlp)
    assert "ASSAULT" in types("The battle for the city lasted three weeks.", nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a struggle fought out in a court or an election is no assault (vocabulary 1.159.0)
        ("The family vowed to fight in federal court to keep the boy.", []),
        ("The two firms battled in the courts for a decade.", []),
        ("The candidates fought in the primary for every vote.", []),
        ("Rioters fought in the streets of the capital.", ["ASSAULT"]),
        # ...and one fought with the law or through the courts (vocabulary 1.205.0)
        ("We will keep fighting with the laws so the boy can stay here.", []),
        ("The lawyers battled through the courts for two years.", []),
        ("The rebels fought with knives and machetes.", ["ASSAULT"]),
    ],
)
def test_a_struggle_in_a_court_is_no_assault(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    assert [e.type for e in evs if e.trigger.lower().startswith(("fight", "fought", "battl"))] == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object's own "over" phrase the parser hangs on the verb (vocabulary 1.208.0)
        ("The groups sued to block the rules, reigniting a fight over so-called regulation.", []),
        ("The militia launched a fight against the army.", ["ASSAULT"]),
    ],
)
def test_a_fight_over_a_rule_is_no_assault(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    assert [e.type for e in evs if e.trigger.lower().startswith(("fight", "battle"))] == expected


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("The two firms fought in the courts for years.", True),
        ("The parents fought for custody of the boy.", True),
        ("The militias fought in the streets for years.", False),
    ],
)
def test_a_struggle_in_a_court_or_for_custody_is_no_assault(nlp, text: str, rejected: bool) -> None:  # type: ignore[no-untyped-def]
    assert (check_says(nlp, text, "fought", struggle_in_a_field) is not None) == rejected


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        # an aim with no one fought, by no armed or ruling force (vocabulary 1.236.0)
        ("The boy's uncle, Juan Perez, is fighting to keep the child with him in Texas.", True),
        ("The union is fighting to save the jobs of its members.", True),
        ("Rebels are fighting to topple the government.", False),
        ("The army fought to hold the town.", False),
        ("Government troops fought to retake the airport.", False),
        ("The militia fought the police to free him.", False),
    ],
)
def test_a_struggle_for_an_aim_is_no_assault(nlp, text: str, rejected: bool) -> None:  # type: ignore[no-untyped-def]
    trigger = "fighting" if "fighting" in text else "fought"
    assert (check_says(nlp, text, trigger, struggle_for_an_aim) is not None) == rejected
