"""Leftovers noticed on news English, round 34 (left34c; vocabulary 1.300.0, roles 1.84.0,
modality 1.106.0): a plan to act on one's own is no agreement, its act flagged future only.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "The government announced plans to build a new airport near the capital.",
        "The council unveiled a plan to renovate the old harbour.",
        "The state plans to open two hospitals next year.",
    ],
)
def test_plan_on_its_own_is_no_agreement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "AGREE"]


@pytest.mark.parametrize(
    ("text", "trigger", "act"),
    [
        ("The government announced plans to hold talks with the rebels.", "talks", "rebels"),
        ("The president plans to sign a trade deal with Japan.", "sign", "Japan"),
    ],
)
def test_plan_to_cooperate_with_a_party_stays(nlp, text: str, trigger: str, act: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    agree = [e for e in evs if e.type == "AGREE"]
    assert agree and any(act in t.text for t in agree[0].targets)
    assert by_trigger(evs, trigger).future


def test_planned_act_is_future_not_hypothetical(nlp) -> None:  # type: ignore[no-untyped-def]
    arrest = by_trigger(
        events(nlp, "The government announced plans to arrest the opposition leaders."), "arrest"
    )
    assert arrest.future and not arrest.hypothetical
    assert not [
        e
        for e in events(nlp, "The ministry unveiled a plan to expel the diplomats.")
        if e.type == "AGREE"
    ]


def test_what_a_plan_is_said_to_be_is_future(nlp) -> None:  # type: ignore[no-untyped-def]
    # was hypothetical (modality 1.64.0): an intent is future (the lead's ruling)
    free = by_trigger(events(nlp, "His plan is to free the prisoners next week."), "free")
    assert free.future and not free.hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "The ministers rejected a resolution condemning the raid.",
        "The senators debated a resolution condemning the coup.",
    ],
)
def test_a_document_rejected_or_debated_is_no_act_of_the_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), "condemning")
    assert not event.actors


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The parliament passed a resolution condemning the raid.", "condemning", "parliament"),
        ("The ministry issued a statement condemning the raid.", "condemning", "ministry"),
        (
            "The opposition wrote a letter demanding the minister's resignation.",
            "demanding",
            "opposition",
        ),
    ],
)
def test_a_document_issued_is_its_issuers_act(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert [a.text for a in event.actors] == [actor]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The regime violated the rights of its citizens.", "citizens"),
        ("The government violated the rights of its own people.", "people"),
    ],
)
def test_rights_of_ones_own_people_name_them(nlp, text: str, holder: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.type == "COERCE")
    assert any(holder in t.text for t in event.targets)


def test_acquitted_names_the_acquitted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mary Jones stood trial for fraud last year. In March the jury acquitted her."
    event = by_trigger(events(nlp, text), "acquitted")
    assert (event.type, event.cameo) == ("CONCEDE", "080")
    assert [t.text for t in event.targets] == ["Mary Jones"]
    event = by_trigger(events(nlp, "The judge acquitted the two guards of murder."), "acquitted")
    assert [t.text for t in event.targets] == ["guards"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen robbed a petrol station on the highway.", "robbed"),
        ("The robbery of the post office happened at noon.", "robbery"),
        ("Burglars stole paintings from the gallery.", "stole"),
        ("The theft of the jewels was discovered on Monday.", "theft"),
    ],
)
def test_robbery_and_theft_are_seizures(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), trigger)
    assert (event.type, event.mode, event.cameo) == ("COERCE", "seize", "171")
    assert not event.targets  # the loot and the place are no target


def test_robbed_owner_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "Two bandits robbed a farmer near the village."), "robbed")
    assert [t.text for t in event.targets] == ["farmer"]
    assert not [
        e for e in events(nlp, "The young winger stole the show again.") if e.type != "NONE"
    ]


def test_a_barrage_of_rockets_fired_is_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels fired a barrage of mortars at the army post."
    assert by_trigger(events(nlp, text), "fired").type == "ASSAULT"
    event = by_trigger(events(nlp, "Gunmen fired a volley of shots at the guards."), "fired")
    assert event.mode == "firearms" and [t.text for t in event.targets] == ["guards"]
    assert not events(nlp, "Reporters fired a barrage of questions at the mayor.")
