"""Leftovers noticed on news English, round 35 (left35e; vocabulary 1.319.0, roles 1.99.0,
modality 1.121.0): a plan told carried out tells its act done; a protest takes no act it
opposes as its target, but that act's named doer; helping someone with a task of inquiry is
no aid; a plea or an appeal a light verb takes is its subject's. Sentences written for these
tests (the behaviour on main before the change in each test's comment)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # was: the bombing flagged future
        ("The plan of bombing the depots was carried out in May.", "bombing"),
        # was: the kidnapping flagged hypothetical
        ("The scheme of kidnapping the diplomats took two months to complete.", "kidnapping"),
        # was: the seizure flagged future
        ("The rebels executed their plan to seize the airport.", "seize"),
        # was: the freeing flagged hypothetical
        ("The attempt to free the hostages succeeded.", "free"),
    ],
)
def test_plan_told_carried_out_tells_its_act_done(nlp, text: str, act: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), act)
    assert not event.future
    assert not event.hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "The plan to bomb the depots will be carried out next week.",
        "The plan to bomb the depots was approved by the council.",
        "The plan to attack the convoy took weeks to prepare.",
    ],
)
def test_plan_not_told_done_keeps_its_act_ahead(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    act = by_trigger(evs, "bomb") if "bomb" in text else by_trigger(evs, "attack")
    assert act.future


def test_plot_that_failed_stays_unfulfilled(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(
        events(nlp, "The plot to assassinate the governor did not succeed."), "assassinate"
    )
    assert event.hypothetical or event.negated


@pytest.mark.parametrize(
    "text",
    [
        # was: target the person arrested
        "The activists protested against the arrest of Maria Lopez.",
        # was: target the office
        "Workers protested the attack on the union office.",
    ],
)
def test_protest_takes_no_act_it_opposes_as_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, "protested")[1] == []


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        # was: target "the killing of the farmer"
        ("Hundreds protested the killing of the farmer by soldiers.", "protested", "soldiers"),
        # was: target "detention of the journalist", the "by" hung on the verb
        (
            "The students protested against the detention of the journalist by police.",
            "protested",
            "police",
        ),
        # was: target "killings of farmers", the "by" hung on "protest"
        (
            "Hundreds marched in the capital to protest the killings of farmers by army troops.",
            "protest",
            "army troops",
        ),
    ],
)
def test_protest_targets_the_doer_of_the_act_it_opposes(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, doer: str
) -> None:
    assert parties(nlp, text, trigger)[1] == [doer]


def test_protest_of_an_issue_keeps_its_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Students protested the government's decision."
    assert parties(nlp, text, "protested")[1] == ["government"]


@pytest.mark.parametrize(
    "text",
    [
        # was: AID with no actor, the journalists its target
        "He helped journalists uncover the fraud.",
        "She helped the investigators crack the case.",
    ],
)
def test_help_with_a_task_of_inquiry_is_no_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    ["Russia helped Syria rebuild its army.", "France helped the rebels capture the town."],
)
def test_help_to_a_state_or_a_side_stays_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "helped").type == "AID"


@pytest.mark.parametrize(
    ("text", "trigger", "asker"),
    [
        ("The mayor renewed his appeal for the release of the miners.", "appeal", "mayor"),
        ("The cardinal made a plea for the release of the prisoners.", "plea", "cardinal"),
        ("The charity launched an appeal for the victims of the flood.", "appeal", "charity"),
    ],
)
def test_plea_a_light_verb_takes_is_its_subjects(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, asker: str
) -> None:
    # (already so on main since left35c's mend; kept as a guard)
    assert parties(nlp, text, trigger)[0] == [asker]
