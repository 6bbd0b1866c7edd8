"""A demand told as another party's obligation in reported speech
(annotate/events_spoken_demands.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _requests(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return [
        (e.trigger, [a.text for a in e.actors], [t.text for t in e.targets])
        for e in events(nlp, text)
        if e.type == "REQUEST"
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "asked"),
    [
        ("The Greens say the Premier must release the full report.", "Greens", "Premier"),
        ("Labor says the Treasurer has to explain the budget blowout.", "Labor", "Treasurer"),
        ('"The government must act now," the senator said.', "senator", "government"),
        ("The senator said the minister ought to resign.", "senator", "minister"),
        (
            "The bishop says it is essential that the army withdraws its troops.",
            "bishop",
            "army",
        ),
    ],
)
def test_a_party_told_obliged_to_act_is_asked_by_the_speaker(  # type: ignore[no-untyped-def]
    nlp, text: str, speaker: str, asked: str
) -> None:
    found = _requests(nlp, text)
    assert len(found) == 1, found
    _, actors, targets = found[0]
    assert any(speaker in a for a in actors) and any(asked in t for t in targets)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say the economy should grow by three per cent next year.",  # no party
        "The minister says he must have been mistaken.",  # epistemic perfect
        "The senator says the decision must be reversed.",  # passive: no one asked
        "The coach says the team must win on Saturday.",  # an outcome
        "The minister says we must act.",  # the speaker's own side
        "The farmers said they had to leave their land.",  # done, in the past
        "The Defence Minister says the Government must cut spending.",  # its own government
        "The minister says the council will have to consider new rates.",  # what is to come
    ],
)
def test_no_demand_without_a_party_asked_to_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _requests(nlp, text) == []


def test_the_act_demanded_is_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    resign = by_trigger(events(nlp, "The senator said the minister ought to resign."), "resign")
    assert resign.hypothetical
    text = "The bishop says it is essential that the army withdraws its troops."
    assert by_trigger(events(nlp, text), "withdraw").hypothetical


def test_another_states_government_is_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Secretary of State says the Israeli government must ease the blockade."
    found = _requests(nlp, text)
    assert len(found) == 1 and any("government" in t for t in found[0][2])


def test_something_called_into_being_is_asked_of_no_one_named(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "it is essential that there be an inquiry": a call for it by the speaker, to no one
    named; "there must be a reason" is a guess, no call."""
    text = "The bishop said it was vital that there be an independent inquiry."
    assert _requests(nlp, text) == [("said", ["bishop"], [])]
    assert _requests(nlp, "Police say there must be a reason for the delay.") == []
    text = "The bishop said the talks had failed and it was vital that the army withdraw."
    assert [t for _, _, t in _requests(nlp, text)] == [["army"]]
