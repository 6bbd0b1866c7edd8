"""Precision round 31 on ECB+ news (vocabulary 1.259.0): a plan an "as" or "than" clause
compares with is no act, a shot of a kind the word before it names is no gunfire, care received
is no visitor (also when the relative clause's infinitive leaves its object in the noun), a
legal process escaped is no flight, an alliance a body is described as is no act, a duty to
consult experts is a review procedure, the one found with wounds is hurt, and a noun with a
participle before a passive is its subject; the political senses still stand."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, codings, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a plan or a forecast compared with is a yardstick
        ("The new rules were not as strict as originally planned.", "planned", []),
        ("The ballot went ahead as scheduled despite the boycott.", "scheduled", []),
        # planned by someone it stays
        ("The opposition held the rally as they had planned.", "planned", ["AGREE/None"]),
        # a shot in a game, a jab, a photograph
        ("The guard sank a jump shot with two seconds left.", "shot", []),
        ("The sheriff's office released his mug shot on Friday.", "shot", []),
        ("Soldiers fired a warning shot over the crowd.", "fired", ["ASSAULT/firearms"]),
        # care received is no visitor
        (
            "The clinic cannot give the kind of care a court ordered the singer to receive.",
            "receive",
            [],
        ),
        ("The president received the Chinese envoy on Monday.", "received", ["CONSULT/meet"]),
        # a legal process escaped is no flight
        ("His lawyers helped him escape prosecution for years.", "escape", []),
        ("Three inmates escaped from the county jail on Sunday.", "escaped", ["RETREAT/flee"]),
        # an alliance a body is described as
        (
            "The Clean Water Network, an alliance of 40 fishing groups, sued the agency.",
            "alliance",
            [],
        ),
        ("The People's Front is a coalition of six opposition parties.", "coalition", []),
        (
            "The two parties formed an alliance with the Greens last year.",
            "alliance",
            ["COOPERATE/None"],
        ),
        # experts consulted give advice
        (
            "Regulators will have to consult with safety experts before approving the dam.",
            "consult",
            [],
        ),
        ("Builders must consult biologists before they drain a wetland.", "consult", []),
        ("The minister consulted with scientists before the vote.", "consulted", ["CONSULT/meet"]),
        ("The king will have to consult the opposition leaders.", "consult", ["CONSULT/meet"]),
        # an escape from prison stays one
        ("Two inmates escaped prison by climbing the wall.", "escaped", ["RETREAT/flee"]),
        (
            "The president consulted with opposition leaders on Monday.",
            "consulted",
            ["CONSULT/meet"],
        ),
    ],
)
def test_codings(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


def test_wounds_borne_by_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police said the two brothers were found with head injuries."
    wounds = by_trigger(events(nlp, text), "injuries")
    assert has(wounds.targets, "brothers")


def test_participle_on_a_passive_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "officers patrolling" as a clausal subject; mended, they were attacked
    text = "Two police officers patrolling the area were attacked by gunmen."
    attack = by_trigger(events(nlp, text), "attacked")
    assert has(attack.targets, "officers")
    assert has(attack.actors, "gunmen")
