"""Senses, types and flags of news English from the thirty-eighth session's ECB+ audit
(prec38): a consultation with no party, an order that is a sequence, an appeal to an
audience, fighting a measure, a ranking's field, an approval of a project or a permit, a
disruption after damage, harm to wildlife, a feared act. Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events


def _triggered(nlp, text: str, trigger: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Consultation is a key part of the process, the minister said.", "consultation"),
        ("An official report praised the consultations as useful tools.", "consultations"),
    ],
)
def test_a_consultation_with_no_party_is_a_procedure(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


def test_a_consultation_with_a_party_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The committee held consultations with the opposition parties on Monday."
    assert by_trigger(events(nlp, text), "consultations").type == "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear in what order the bullets hit the victim.",
        "Investigators have not established the order in which the shots were fired.",
    ],
)
def test_an_order_that_is_a_sequence_is_no_command(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, "order")


def test_an_order_given_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sheriff's deputies ignored the order and left."
    assert by_trigger(events(nlp, text), "ignored").type == "REJECT"
    ordered = by_trigger(events(nlp, "The general ordered the troops to withdraw."), "ordered")
    assert ordered.type == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "The film appeals to a wider audience than the book.",
        "The new show appeals to a younger audience than the old one.",
    ],
)
def test_an_appeal_to_an_audience_is_its_liking(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, "appeals")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor appealed to viewers to stay at home during the storm.",
        "The president appealed to voters to stay calm.",
    ],
)
def test_an_appeal_asking_an_act_stays(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "appealed").type == "REQUEST"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Opposition lawmakers fought the government's plan to raise taxes.", "government"),
        ("She fought the government's efforts to close the newspaper.", "government"),
        ("The senator fought the bill for months.", "bill"),
    ],
)
def test_fighting_a_measure_is_opposing_it(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), "fought")
    assert event.type == "REJECT"
    assert [t.text for t in event.targets] == [target]


def test_fighting_troops_stays_a_clash(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "Rebels fought government troops near the border."), "fought")
    assert event.type == "ASSAULT"


def test_the_world_a_superlative_ranks_in_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The thief made off with paintings in one of the world's biggest ever art heists."
    event = by_trigger(events(nlp, text), "heists")
    assert event.type == "COERCE"
    assert not event.actors


def test_a_country_owning_a_ranked_attack_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russia's biggest attack on the capital killed ten people."
    assert [a.text for a in by_trigger(events(nlp, text), "killed").actors] == ["Russia"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry must review the plans before approving new mining projects.",
        "The regulations drop a rule that agencies consult scientists before they approve "
        "drilling permits.",
    ],
)
def test_approving_a_project_or_a_permit_is_no_support(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger.lower().startswith("approv")]


def test_approving_a_bill_stays_support(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Parliament approved the bill on Tuesday."
    assert by_trigger(events(nlp, text), "approved").type == "SUPPORT"


def test_a_disruption_after_damage_is_no_censorship(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Phone and internet services were disrupted after a storm damaged two cables."
    assert not [e for e in events(nlp, text) if e.mode == "censor"]
    text = "Authorities disrupted internet access across the region before the vote."
    assert by_trigger(events(nlp, text), "disrupted").mode == "censor"


@pytest.mark.parametrize(
    "text",
    [
        "The company promised that its workers would not harm plants, animals or fish in the park.",
        "The loggers harmed trees and birds in the reserve.",
    ],
)
def test_harm_to_plants_and_animals_is_no_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


def test_harm_to_people_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "The guards harmed the prisoners and their dogs."), "harmed")
    assert event.type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The patient had told doctors he feared harming his neighbours.",
        "Maria Lopez had long feared harming her neighbours, her brother said.",
    ],
)
def test_a_feared_act_is_hypothetical(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "harming").hypothetical


def test_attacks_feared_are_hypothetical_but_not_one_told_before_the_fear(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Villagers fled their homes, fearing new attacks by the rebels."
    assert by_trigger(events(nlp, text), "attacks").hypothetical
    text = "Residents feared for their lives after the attack on the village."
    assert not by_trigger(events(nlp, text), "attack").hypothetical
