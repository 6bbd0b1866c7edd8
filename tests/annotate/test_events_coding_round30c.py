"""Precision round 30c on ECB+ news (vocabulary 1.256.0, modality 1.96.0): a crowd that
disperses by itself is no crackdown, "aiding and abetting" names a crime and gives no aid, a
person recognized by sight is no recognition, a sum received is no visitor, an act that only
times an announced one is no statement of its own, an existential "never" denies its act, and
a present time clause under a clause told ahead is ahead; the political senses still stand."""

from __future__ import annotations

import pytest
from event_helpers import codings, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a gathering breaking up by itself is no crackdown
        ("The crowd dispersed peacefully after the speeches.", "dispersed", []),
        ("By nightfall the strikers had dispersed and gone home.", "dispersed", []),
        # dispersed by someone it stays one
        (
            "The demonstrators were dispersed by riot police.",
            "dispersed",
            ["COERCE/repress"],
        ),
        # "aiding and abetting": a crime of complicity, no aid given
        ("He was charged with aiding and abetting the gunman.", "aiding", []),
        ("Two clerks aided and abetted the fraud for years.", "aided", []),
        ("The United States aided the rebels with weapons.", "aided", ["AID/None"]),
        # a person recognized by sight is no recognition of a party
        ("A shopkeeper recognized the fugitive outside his store.", "recognized", []),
        (
            "Several countries recognized Kosovo as an independent state.",
            "recognized",
            ["SUPPORT/None"],
        ),
        # a sum received is no visitor
        (
            "The mosque received an estimated $2 million in damage from the blast.",
            "received",
            [],
        ),
        (
            "The president received the Chinese envoy on Monday.",
            "received",
            ["CONSULT/meet"],
        ),
    ],
)
def testcodings(nlp, text: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert codings(nlp, text, trigger) == expected


def test_timing_act_is_no_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The senator said he would seek to overturn the rule after consulting with other leaders."
    )
    assert not [e for e in events(nlp, text) if e.trigger == "said"]
    # the act announced itself still makes the statement
    text = "The minister said she would meet the rebel leaders next week."
    assert [e.type for e in events(nlp, text) if e.trigger == "said"] == ["AGREE"]


def _flags(nlp, text: str, trigger: str) -> list[tuple[bool, bool]]:  # type: ignore[no-untyped-def]
    return [(e.negated, e.future) for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an existential "never" denies the act its participle tells
        ("There was never an arrest made in the case.", "arrest", [(True, False)]),
        ("There were several arrests made in the case.", "arrests", [(False, False)]),
        # a present time clause under a clause told ahead is ahead
        ("He will be deported when he is released from prison.", "released", [(False, True)]),
        (
            "The suspect faces up to 20 years in prison when he is sentenced.",
            "sentenced",
            [(False, True)],
        ),
        ("She will return home once she is freed.", "freed", [(False, True)]),
        # a habit in the present, or a past time clause, is not
        ("He is usually arrested when he protests.", "arrested", [(False, False)]),
        ("He went home when he was released from prison.", "released", [(False, False)]),
    ],
)
def test_flags(nlp, text: str, trigger: str, expected: list[tuple[bool, bool]]) -> None:  # type: ignore[no-untyped-def]
    assert _flags(nlp, text, trigger) == expected
