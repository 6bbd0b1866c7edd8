"""One reading of a "when"/"as" clause after a harm with no agent (events_casualty_clauses.
when_clause_doers, roles 1.199.1: the former events_when_attacks folded in), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "doers"),
    [
        # a harm of `casualty_verbs`: both sides of a two-way fight
        ("Five villagers were wounded when the army clashed with rebels.", "wounded",
         ["army", "rebels"]),
        # any passive attack with no "by"-agent (the former attackers_when)
        ("Two guards were shot as troops stormed the building.", "shot", ["troops"]),
        ("The station was bombed when rebels attacked the town.", "bombed", ["rebels"]),
    ],
)  # fmt: skip
def test_the_clause_attack_names_the_harm_doers(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doers: list[str]
) -> None:
    actors, _ = parties(nlp, text, trigger)
    assert actors == doers, actors


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two soldiers were killed as the government announced new talks.", "killed"),
        ("The station was bombed after a mob attacked the town.", "bombed"),
    ],
)
def test_a_clause_with_no_attack_or_no_when_names_no_one(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str
) -> None:
    actors, _ = parties(nlp, text, trigger)
    assert actors == [], actors
