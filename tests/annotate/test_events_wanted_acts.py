"""A demand told as what one party wants of another (annotate/events_wanted_acts.py), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _requests(nlp, text: str) -> list[tuple[str, list[str], list[str], bool]]:  # type: ignore[no-untyped-def]
    return [
        (e.trigger, [a.text for a in e.actors], [t.text for t in e.targets], e.hypothetical)
        for e in events(nlp, text)
        if e.type == "REQUEST"
    ]


@pytest.mark.parametrize(
    ("text", "wanter", "asked"),
    [
        (
            "The Opposition wants the Government to release the documents.",
            "Opposition",
            "Government",
        ),
        ("Washington wants Damascus to expel the militants.", "Washington", "Damascus"),
        ("The United States wants to see Mugabe removed from power.", "United States", "Mugabe"),
        ("The rebels would like to see a proper investigation into the killings.", "rebels", None),
        ("The mayor said he was waiting for action from the police chief.", "mayor", "chief"),
    ],
)
def test_an_act_wanted_of_another_is_asked_of_it(  # type: ignore[no-untyped-def]
    nlp, text: str, wanter: str, asked: str | None
) -> None:
    found = _requests(nlp, text)
    assert len(found) == 1, found
    _, actors, targets, hypothetical = found[0]
    assert not hypothetical  # the wish is held now ("would like" too)
    assert any(wanter in a for a in actors)
    assert targets == [] if asked is None else any(asked in t for t in targets)


@pytest.mark.parametrize(
    "text",
    [
        "The minister wants to go home.",  # one's own act
        "The premier wants the public to know the facts.",  # an outcome
        "The family wants a new car.",  # a thing
        "The players are waiting for the bus.",
    ],
)
def test_no_demand_without_an_act_wanted_of_a_party(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _requests(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("There were calls for the minister to resign.", "minister"),
        ("There have been renewed calls for the army to withdraw from the city.", "army"),
    ],
)
def test_a_call_for_a_party_to_act_asks_it(nlp, text: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    """The for-to clause of a call, hung on the noun or on its copula, is what is asked and
    its subject the one asked (events_filters._for_clause_on_copula, for_clause_asked)."""
    found = _requests(nlp, text)
    assert len(found) == 1 and any(asked in t for t in found[0][2]), found
