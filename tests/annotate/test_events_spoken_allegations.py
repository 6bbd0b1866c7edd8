"""An allegation told in reported speech as what a party is or does
(annotate/events_spoken_allegations.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _allegations(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return [
        (e.trigger, [a.text for a in e.actors], [t.text for t in e.targets])
        for e in events(nlp, text)
        if e.type == "ACCUSE" and e.mode == "allege"
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        # answering for harm
        (
            "Police say the rebels are responsible for a string of bombings in the capital.",
            "Police",
            "rebels",
        ),
        ("Officials said the militia was behind the bombing.", "Officials", "militia"),
        ("Police say the two men were involved in the attack.", "Police", "men"),
        # a duty failed
        ("Critics say the government failed to protect the victims.", "Critics", "government"),
        # a label of terror as the predicate
        ("The senator said Iran was a state sponsor of terrorism.", "senator", "Iran"),
        ("The minister said the rebel army was a front for terrorists.", "minister", "army"),
        # ties to terror
        ("Officials say the militia has links to al-Qaeda.", "Officials", "militia"),
        # sheltering armed men
        (
            "The general told reporters that the village was sheltering militants.",
            "general",
            "village",
        ),
    ],
)
def test_a_wrong_told_of_a_party_is_alleged_by_the_speaker(  # type: ignore[no-untyped-def]
    nlp, text: str, speaker: str, accused: str
) -> None:
    found = _allegations(nlp, text)
    assert len(found) == 1, found
    _, actors, targets = found[0]
    assert any(speaker in a for a in actors) and any(accused in t for t in targets)


def test_the_one_a_relative_clause_says_answers_for_attacks_is_accused(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Soldiers were trying to capture Omar Khalid, a man they say is responsible for bombings."
    )
    found = _allegations(nlp, text)
    assert len(found) == 1, found
    assert any("Khalid" in t for t in found[0][2])


def test_a_quoted_label_coordinated_after_another_is_read(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"Lashkar is a banned group based in the north and is a sponsor of terror," the senator'
        " said."
    )
    assert _allegations(nlp, text) == [("said", ["senator"], ["Lashkar"])]


def test_a_claim_no_one_is_told_making_accuses_whom_it_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bishop issued a statement responding to claims he failed to act on complaints."
    # "he" is the bishop, by the article's pronoun reading
    assert _allegations(nlp, text) == [("claims", [], ["bishop"])]


@pytest.mark.parametrize(
    "text",
    [
        "The group said it was responsible for the attack.",  # its own claim
        "Officials say the ministry is responsible for security at the border.",  # a duty
        "The coach said the striker was responsible for the defeat.",  # no harm
        "Officials said the storm was responsible for the deaths of six people.",  # a thing
        "The minister said he was guilty of nothing.",  # a pronoun: himself
        "The village was sheltering refugees from the fighting, officials said.",  # no armed men
        "The rebels are responsible for a string of bombings in the capital.",  # no speaker
        "The mayor said the town has links to its sister city in Japan.",  # no terror
        "His lawyer says the driver is a petty criminal with a long record.",  # a record told
        "The man was involved in a car accident, police said.",  # no harm done by anyone
        "He said the team failed to win the match.",  # no duty
        "The council dismissed claims it had failed to collect the rubbish.",  # no duty
    ],
)
def test_no_allegation_without_a_wrong_of_another_party_told(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _allegations(nlp, text) == []
