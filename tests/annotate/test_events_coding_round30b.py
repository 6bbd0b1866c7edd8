"""Precision round 30 on ECB+ news (vocabulary 1.249.0, modality 1.94.0): a place stormed by
protesters is a riot, a suspect disarmed is force on one person, a crew sent to mend something
is repair work, a player drafted is a team's business, a quake measured names no party, a
gerund closing a list of charges is an offence charged, a bare consultation done without is a
manner, and a comma splice keeps its own mood; the political or military sense of the same
words still stands."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a place stormed by protesters, or a band of them, is a violent protest
        (
            "A band of about 300 activists stormed the ministry, waving flags.",
            "stormed",
            ["PROTEST/riot"],
        ),
        (
            "Hundreds of demonstrators tried to storm the parliament on Friday.",
            "storm",
            ["PROTEST/riot"],
        ),
        ("Protesters stormed the state television building.", "stormed", ["PROTEST/riot"]),
        # by soldiers or gunmen it stays an attack (no weapon told: CAMEO 190 with no mode
        # since events-vocab 1.338.5, was heavy-weapons 194), by robbers or police a raid
        ("Government troops stormed the rebel town at dawn.", "stormed", ["ASSAULT/None"]),
        ("Gunmen stormed the hotel in the capital.", "stormed", ["ASSAULT/None"]),
        ("A gang of robbers stormed the bank on Monday.", "stormed", ["COERCE/seize"]),
        # a suspect or a lone attacker disarmed is force on one person
        (
            "Officers were able to disarm the gunman and take him into custody.",
            "disarm",
            ["COERCE/seize"],
        ),
        (
            "A passenger disarmed the attacker before the train stopped.",
            "disarmed",
            ["COERCE/seize"],
        ),
        # a party laying down its arms stays
        ("The rebels agreed to disarm under the peace accord.", "disarm", ["RETREAT/disarm"]),
        ("The government vowed to disarm the militias.", "disarm", ["RETREAT/disarm"]),
        # a crew or a ship sent to mend something is repair work
        ("A repair ship has been sent to fix the damaged undersea cable.", "sent", []),
        ("Engineers were dispatched to repair the broken water main.", "dispatched", []),
        # (troops sent are deployed, MOBILIZE, since left30's send-forces; was AID)
        ("The government sent troops to the border region.", "sent", ["MOBILIZE/troops"]),
        # a quake measured is still only a quake
        ("A magnitude-6.2 quake has injured dozens of people in the north.", "injured", []),
        ("A magnitude 5.8 earthquake killed four villagers on Sunday.", "killed", []),
        ("Rebel fighters killed four villagers on Sunday.", "killed", ["ASSAULT/kill"]),
        # a gerund closing a list of charges is one more offence charged
        (
            "She had been arrested twice on charges of theft, vandalism and inciting a riot.",
            "riot",
            [],
        ),
        ("The organiser was convicted of fraud and starting a riot.", "riot", []),
        ("Police fired tear gas as the protest turned into a riot.", "riot", ["PROTEST/riot"]),
        # a bare consultation done without is a manner
        ("The ministry changed the rules without consultation.", "consultation", []),
        ("The minister held a consultation with union leaders.", "consultation", ["CONSULT/meet"]),
    ],
)
def test_senses_round30b(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


# A football season told in its own words: a draft is the league's business (sports news).
_DRAFT = (
    "The Packers placed their starting running back on injured reserve on Tuesday. "
    "He missed six games this season with a knee injury. "
    "The coach said the team would rely on its rookie for the rest of the season. "
    '"We drafted him in the third round and he has been a great player for us," the coach '
    "said. "
    "The team plays its final game of the regular season on Sunday. "
    "The quarterback was limited in practice on Wednesday."
)


def test_draft_in_sports_news(nlp) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, _DRAFT, "drafted") == []
    # troops mustered in a game's news stay forces
    text = _DRAFT + " The government deployed troops around the stadium before the game."
    assert codings(nlp, text, "deployed") == ["MOBILIZE/troops"]
    # one sentence tells too little to say
    assert codings(nlp, "The army drafted thousands of young men.", "drafted") == [
        "MOBILIZE/troops"
    ]


def test_comma_splice_keeps_its_own_mood(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The prosecutor said the man not only killed the guard, he also allegedly tried to kill"
        " a nurse."
    )
    evs = events(nlp, text)
    killed = by_trigger(evs, "killed")
    assert not killed.hypothetical
    tried = [e for e in evs if e.trigger.lower() == "kill"]
    assert tried and tried[0].hypothetical
    # a clause fronted before a verb of hope is still hoped
    hoped = by_trigger(
        events(nlp, "The army will withdraw from the city, officials hope."), "withdraw"
    )
    assert hoped.hypothetical
