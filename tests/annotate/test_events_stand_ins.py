"""Words that stand in for a party or name none (events_stand_ins, roles 1.199.2), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "holder"),
    [
        ("Government policy has ruled out any devaluation of the currency.", "ruled out",
         "Government"),
        ("The party's position has rejected any merger with the Greens.", "rejected", "party"),
    ],
)  # fmt: skip
def test_a_stance_as_doer_stands_for_its_holder(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, holder: str
) -> None:
    actors, _ = parties(nlp, text, trigger)
    assert actors == [holder], actors


def test_a_public_body_adjective_names_the_inquiry_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = parties(nlp, "Labor wants a parliamentary inquiry to be set up.", "inquiry")
    assert actors == ["parliamentary"], actors


def test_an_inquiry_with_its_own_doer_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The committee began a congressional investigation into the contracts."
    actors, _ = parties(nlp, text, "investigation")
    assert actors == ["committee"], actors


@pytest.mark.parametrize(
    "text",
    [
        "Special forces moved into the hills to coordinate the hunt.",
        "The agencies agreed to coordinate the search for the missing pilot.",
    ],
)
def test_an_act_worked_on_together_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, text, "coordinate")
    assert targets == [], targets


def test_the_partner_of_a_joint_operation_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said the army would coordinate the operation with local militias."
    _, targets = parties(nlp, text, "coordinate")
    assert targets == ["local militias"], targets


def test_a_document_filed_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The papers, filed in a lawsuit in New York, allege the bank hid the payments."
    _, targets = parties(nlp, text, "filed")
    assert "papers" not in targets, targets


@pytest.mark.parametrize(
    ("text", "issuer", "target"),
    [
        ("A judge issued a warrant for the arrest of the former minister.", "judge",
         "former minister"),
        ("A judge in Madrid issued a warrant for the arrest of the banker on Monday.", "judge",
         "banker"),
    ],
)  # fmt: skip
def test_the_issuer_of_a_warrant_for_an_arrest_orders_it(  # type: ignore[no-untyped-def]
    nlp, text: str, issuer: str, target: str
) -> None:
    actors, targets = parties(nlp, text, "arrest")
    assert actors == [issuer] and targets == [target], (actors, targets)


def test_his_arrest_under_a_judges_warrant_is_not_the_judges(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, targets = parties(nlp, "A judge issued a warrant for his arrest.", "arrest")
    assert actors == ["judge"] and "judge" not in targets, (actors, targets)


def test_an_active_conjunct_of_a_passive_shares_its_subject_as_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "after being discovered ... and facing interrogation": the one discovered faces it
    (events_stand_ins.active_subjects, roles 1.199.5)."""
    text = (
        "The spy killed himself after being discovered living in Baghdad and facing "
        "interrogation for treason."
    )
    _, targets = parties(nlp, text, "interrogation")
    assert targets == ["spy"], targets
