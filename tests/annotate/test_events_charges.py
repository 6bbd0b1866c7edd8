"""Charge words that report no indictment and offences that are only a charge's content
(annotate/events_charges.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import check_says, events

from chronicler.annotate.events_charges import charge_without_accusation, offence_as_charge

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def types(text: str, nlp) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.type for e in events(nlp, text)}


@pytest.mark.parametrize(
    ("text", "word", "rejected"),
    [
        ("You can charge the phone while you work.", "charge", True),
        ("The police charged two men after the riot.", "charged", False),
        ("The prosecutor charged the driver with murder.", "charged", False),
        ("The driver was charged on Monday.", "charged", False),
    ],
)
def test_a_charge_with_no_crime_and_no_authority_is_a_batterys(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, rejected: bool
) -> None:
    assert (check_says(nlp, text, word, charge_without_accusation) is not None) == rejected


@pytest.mark.parametrize(
    ("text", "word", "rejected"),
    [
        ("Prosecutors charged the driver with murder.", "murder", True),
        ("The guard faces murder charges in Ohio.", "murder", True),
        ("The driver was accused of the murder of his neighbour.", "murder", False),
    ],
)
def test_an_offence_is_a_charge_only_with_no_parties_of_its_own(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str, rejected: bool
) -> None:
    assert (check_says(nlp, text, word, offence_as_charge) is not None) == rejected


def test_charged_with_a_duty_is_no_indictment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She led a unit of officers charged with guarding the northern border."
    assert "ACCUSE" not in types(text, nlp)
    assert "ACCUSE" in types("The journalist was charged with spying for Ruritania.", nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offence modifying a noun of a charge names what is charged (vocabulary 1.181.0);
        # the charges filed or faced are themselves the accusation (vocabulary 1.432.0)
        ("Prosecutors filed murder charges against the driver on Monday.", ["ACCUSE"]),
        (
            "The driver was charged on Monday, and faces murder and assault charges.",
            ["ACCUSE", "ACCUSE"],
        ),
        ("The guard faces two kidnapping counts.", ["ACCUSE"]),
        # the offence told as an act, with no charge noun, stays an event
        ("The rebels launched a murder campaign against villagers.", ["ASSAULT"]),
        ("Prosecutors charged the driver with murder.", ["ACCUSE"]),
    ],
)
def test_an_offence_on_a_charge_noun_is_no_act(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in events(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # offences listed before a charge noun, however the parser hangs the list, and an
        # offence on a trial or a conviction name what is charged (vocabulary 1.208.0)
        ("The guard will face murder and kidnapping charges.", "murder", []),
        ("The guard will face murder and kidnapping charges.", "kidnapping", []),
        ("The men will face rape and robbery charges.", "rape", []),
        ("He faces kidnapping charges in Ohio.", "kidnapping", []),
        ("He shot the judge in his rape trial on Monday.", "rape", []),
        # a proceeding named by its kind is no offence tried
        ("The impeachment trial of the president opened on Monday.", "impeachment", ["ACCUSE"]),
        # the act told beside a charge noun that is no part of the list stays
        ("The gang carried out a murder, and charges were filed.", "murder", ["ASSAULT"]),
        ("Rebels kidnapped two nurses, and charges followed.", "kidnapped", ["ASSAULT"]),
    ],
)
def test_offences_listed_on_a_charge_are_no_acts(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, expected: list[str]
) -> None:
    found = [e.type for e in events(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "trigger", "kept"),
    [
        # an offence listed as an instance of a crime noun is a kind of offence (vocabulary
        # 1.233.0)
        ("He was wanted for crimes including murder and kidnapping.", "murder", False),
        ("He was wanted for crimes including murder and kidnapping.", "kidnapping", False),
        ("He was convicted of offences such as robbery and murder.", "murder", False),
        ("The gang committed crimes ranging from extortion to murder.", "murder", False),
        ("He was indicted for crimes ranging from racketeering to murder.", "murder", False),
        ("Rebels committed atrocities including the murder of 40 villagers.", "murder", True),
        ("He faces charges including the kidnapping of a businessman.", "kidnapping", True),
        ("The murder of the journalist shocked the country.", "murder", True),
    ],
)
def test_a_kind_of_offence_listed_is_no_act(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, kept: bool
) -> None:
    found = [e for e in events(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert bool(found) == kept


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        (
            "A jury found the three soldiers guilty of torture and persecution.",
            ["torture", "persecution"],
        ),
        ("The tribunal found the former colonel guilty of arson.", ["arson"]),
    ],
)
def test_offences_a_verdict_finds_guilty_of_are_its_charges(  # type: ignore[no-untyped-def]
    nlp, text: str, charges: list[str]
) -> None:
    """ "found them guilty of torture": the "of" phrase hangs on "guilty", not on the verb; the
    offences are the conviction's charges, no acts of their own (roles 1.201.0)."""
    found = events(nlp, text)
    assert [e.type for e in found] == ["SANCTION"]
    assert [v for n, v in found[0].attributes if n == "charge"] == charges


def test_an_offence_found_with_its_own_victims_is_still_told(nlp) -> None:  # type: ignore[no-untyped-def]
    found = events(nlp, "The tribunal found the former colonel guilty of the murder of two nuns.")
    assert {e.type for e in found} == {"SANCTION", "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("The former minister faces charges of fraud.", "minister"),
        ("The former minister faces three counts of corruption.", "minister"),
        ("Police laid charges against two men over the riot.", "men"),
        ("Prosecutors have filed charges against the former president.", "president"),
    ],
)
def test_charges_faced_or_laid_are_an_accusation(nlp, text: str, charged: str) -> None:  # type: ignore[no-untyped-def]
    """Charges someone faces, or that are laid, filed or brought against someone, accuse
    that one (vocabulary 1.432.0; the offence of a charge's "of" phrase is no party)."""
    found = [e for e in events(nlp, text) if e.type == "ACCUSE"]
    assert found and any(charged in t.text for t in found[0].targets)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers laid explosive charges under the bridge.",
        "The company faces a charge of $5 for each booking.",
    ],
)
def test_an_explosive_or_a_fee_is_no_charge_faced(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in types(text, nlp)
