"""Senses and doers of round 42 (prec42a, on the Lee corpus's Australian news of 2001): pay
received is no visit, a clean sweep is a win, people evacuated from homes are protected, a
crackdown on money is a sanction, consent a law requires is no agreement, a body set up to
act does the act; sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def coded(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{e.type}/{e.mode}" for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    "text",
    [
        "The union says it will make sure the miners receive every cent.",
        "The sacked workers will receive their entitlements next month.",
        "Each director received a large severance payment.",
    ],
)
def test_pay_received_is_no_visit(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    trigger = next(w for w in ("receive", "received") if f" {w} " in text)
    assert coded(nlp, text, trigger) == []


def test_a_delegation_received_stays_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The prime minister received the union delegation in Canberra."
    assert coded(nlp, text, "received") == ["CONSULT/meet"]


@pytest.mark.parametrize(
    "text",
    [
        "Her third title came with a clean sweep of the regatta's prizes.",
        "Labor made a clean sweep of the city's seats.",
    ],
)
def test_a_clean_sweep_is_a_win(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, text, "sweep") == []


def test_a_security_sweep_stays_a_search(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers carried out a sweep of the refugee camp."
    assert coded(nlp, text, "sweep") == ["COERCE/seize"]


@pytest.mark.parametrize(
    "text",
    [
        "The fire forced police to evacuate people from homes on the ridge.",
        "Firefighters evacuated several families from their houses overnight.",
    ],
)
def test_people_evacuated_from_homes_is_civil_protection(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    trigger = next(w for w in ("evacuate", "evacuated") if f" {w} " in text)
    assert coded(nlp, text, trigger) == []


def test_troops_evacuated_from_a_town_stay_a_withdrawal(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The army evacuated its troops from the town."
    assert coded(nlp, text, "evacuated") == ["RETREAT/withdraw"]


@pytest.mark.parametrize(
    "text",
    [
        "The treasurer says the financial crackdown has frozen millions in militant assets.",
        "The banks joined a crackdown on terrorist financing.",
    ],
)
def test_a_crackdown_on_money_is_a_sanction(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, text, "crackdown") == ["SANCTION/discontinue"]


def test_a_crackdown_on_people_stays_repression(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The junta ordered a crackdown on dissidents."
    assert coded(nlp, text, "crackdown") == ["COERCE/repress"]


@pytest.mark.parametrize(
    "text",
    [
        "Apart from a review by a specialist, and written consent for the operation, the bill "
        "passed unchanged.",
        "Surgeons must obtain informed consent before operating.",
        "The law requires consent for the treatment from both parents.",
    ],
)
def test_consent_a_law_requires_is_no_agreement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, text, "consent") == []


def test_consent_given_to_a_deal_stays_an_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The government gave its consent to the peace deal."
    assert coded(nlp, text, "consent") == ["AGREE/None"]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("A task force established to arrest the smugglers began work.", "arrest", "task force"),
        (
            "Unions criticised the inquiry set up to investigate the claims.",
            "investigate",
            "inquiry",
        ),
        ("The tribunal was created to prosecute the generals.", "prosecute", "tribunal"),
    ],
)
def test_a_body_set_up_to_act_does_the_act(nlp, text: str, trigger: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.trigger.lower() == trigger)
    assert [a.text for a in event.actors] == [doer]
