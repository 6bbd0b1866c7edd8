"""Senses of news English left after the forty-second session (left43): refugees taken in,
an envoy recalled, a weapon found, a company's meeting, training with a network, funding
one's own camps, a fight not over, agreeing to a feeling. Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import codings

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Canada will take in 300 refugees from the camps next year.", "take"),
        ("The island signed a deal to accept another 200 asylum seekers.", "accept"),
    ],
)
def test_refugees_taken_in_are_given_refuge(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    # humanitarian aid, CAMEO 075 (vocab 1.425.0), no agreement
    assert codings(nlp, text, trigger) == ["AID/asylum"]
    assert codings(nlp, "The cabinet accepted the proposal.", "accepted") == ["AGREE/None"]


@pytest.mark.parametrize(
    "text",
    ["A bomb was found near the embassy on Monday.", "Police defused a bomb outside the court."],
)
def test_a_bomb_found_or_defused_is_no_bombing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # a weapon, nothing blew up (vocab 1.425.1); one that exploded stays
    assert not codings(nlp, text, "bomb")
    assert codings(nlp, "A bomb exploded near the embassy.", "exploded") == ["ASSAULT/explosives"]


def test_a_companys_general_meeting_is_no_meeting_of_parties(nlp) -> None:  # type: ignore[no-untyped-def]
    # its governance (vocab 1.425.2); a meeting with a general stays
    text = "The workers walked out during the bank's annual general meeting."
    assert not codings(nlp, text, "meeting")
    text = "Blair held a meeting with General Musharraf in Islamabad."
    assert codings(nlp, text, "meeting") == ["CONSULT/meet"]


def test_people_trained_with_a_network_readied_no_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    # they joined it (vocab 1.425.3); troops trained with forces stay
    text = "Two men are believed to have trained with the militant group in Pakistan."
    assert not codings(nlp, text, "trained")
    text = "US troops trained with Filipino forces."
    assert codings(nlp, text, "trained") == ["MOBILIZE/troops"]


def test_a_group_funding_camps_gives_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    # it spends on itself (vocab 1.425.4); funding a party or refugee camps stays aid
    text = "The money enabled the group to fund training camps in Afghanistan."
    assert not codings(nlp, text, "fund")
    assert codings(nlp, "Saudi donors funded the Taliban.", "funded") == ["AID/None"]
    assert codings(nlp, "The UN funds refugee camps in Chad.", "funds") == ["AID/None"]


def test_a_struggle_said_not_over_tells_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # it weighs a struggle told elsewhere (vocab 1.425.5); a fight over land stays
    assert not codings(nlp, "Officials said the fight is far from over.", "fight")
    assert codings(nlp, "The fight was over a piece of land.", "fight") == ["ASSAULT/None"]


def test_a_view_most_people_share_is_no_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    # an opinion over a clause (vocab 1.425.6); two sides agreeing stays
    text = "But most, including his mother, agree they cannot imagine him joining the rebels."
    assert not codings(nlp, text, "agree")
    text = "The two sides agreed that talks would resume."
    assert codings(nlp, text, "agreed") == ["AGREE/None"]
