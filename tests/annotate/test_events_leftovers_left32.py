"""Leftovers noticed on real news, round 32 (vocabulary 1.270.0, roles 1.69.0): an
organisation named only as a target person's affiliation is not the target; a street is no
target; a court owning a verdict passed it; coordinated organisations sharing a plural noun
are the whole phrase; the doer of an act complained of is the one accused; showing that
something is so, a career contract signed and readiness for a contest with no rival are no
events; arson is an assault by the PLOVER manual. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codings, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # (1) the person is the target, the organisation only says whose member he is
        ("A suspected Mafia boss was arrested in Palermo on Tuesday.", "arrested", "Mafia boss"),
        ("Police detained a Hamas commander in the West Bank.", "detained", "Hamas commander"),
        ("A Taliban leader was captured by Afghan forces.", "captured", "Taliban leader"),
        ("Police arrested a member of the Sinaloa cartel.", "arrested", "member of"),
    ],
)
def test_affiliation_is_no_target(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, text, trigger)
    assert len(targets) == 1 and target in targets[0], targets


def test_affiliated_doer_still_speaks_for_its_body(nlp) -> None:  # type: ignore[no-untyped-def]
    # as a doer a role word speaks for its organisation, as before
    actors, _ = parties(nlp, "A Hamas official criticized the plan.", "criticized")
    assert actors == ["Hamas"]
    # an organisation's own property attacked is still the organisation's
    assert parties(nlp, "Police raided Hamas offices in Gaza.", "raided")[1] == ["Hamas"]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched west on Church Ave.",
        "Thousands marched down Fifth Avenue to protest the war.",
    ],
)
def test_street_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, "marched")[1] == []


def test_march_on_a_body_keeps_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "Protesters marched on the parliament.", "marched")[1] == ["parliament"]


def test_court_owning_a_verdict_passed_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "The court's verdict was read on Monday.", "verdict") == (["court"], [])
    # one judged who owns the verdict is still its target; a conviction told only as what is
    # voided is part of the easing since the fortieth session (left40: CONCEDE 081 on Smith)
    assert parties(nlp, "Smith's conviction was overturned.", "overturned")[1] == ["Smith"]


def test_coordinated_organisations_share_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Interior and Commerce departments criticized the plan."
    assert parties(nlp, text, "criticized")[0] == ["Interior and Commerce departments"]
    # coordinated states stay each a state
    text = "The United States and Britain criticized the plan."
    assert parties(nlp, text, "criticized")[0] == ["The United States", "Britain"]


def test_doer_of_act_complained_of_is_accused(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The nurse complained of abuse by fellow employees."
    assert parties(nlp, text, "complained") == (["nurse"], ["fellow employees"])
    text = "The union condemned the abuse of workers by managers."
    assert parties(nlp, text, "condemned")[1] == ["managers"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # (4) showing or proving that something is so
        ("The figures demonstrate that the economy is shrinking.", "demonstrate", []),
        ("The study demonstrated that the drug works.", "demonstrated", []),
        ("The army demonstrated its commitment to reform.", "demonstrated", []),
        ("Students demonstrated against the new law.", "demonstrated", ["PROTEST/demo"]),
        ("Thousands demonstrated in the capital on Sunday.", "demonstrated", ["PROTEST/demo"]),
        # a career's contract
        ("The actor signed a film contract with Paramount.", "signed", []),
        ("The singer signed a record deal with Sony.", "deal", []),
        ("Russia signed a gas deal with China.", "signed", ["SUPPORT/sign"]),
        ("The two countries signed a peace agreement.", "signed", ["SUPPORT/sign"]),
        # readiness for a contest with no rival named
        ("The boxer said he was ready for a fight.", "ready", []),
        ("Democrats are ready for a fight over the budget.", "ready", []),
        ("The government is ready for talks with the rebels.", "ready", ["AGREE/None"]),
        ("The rebels said they were ready to fight the army.", "ready", ["THREATEN/violence"]),
        # (5) arson: an assault with fire (PLOVER manual, ASSAULT primitive)
        ("Vandals torched the church.", "torched", ["ASSAULT/primitive"]),
        ("Two men set fire to the mayor's car.", "set fire", ["ASSAULT/primitive"]),
        ("The army burned the village.", "burned", ["ASSAULT/primitive"]),
        # by rioters a riot, by a wildfire no one's act
        ("Rioters set fire to police cars.", "set fire", ["PROTEST/riot"]),
        ("The wildfire burned 500 homes.", "burned", []),
    ],
)
def test_codings(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected
