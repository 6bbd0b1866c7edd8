"""Leftovers noticed on news English, round 36 (left36): a plan told carried out by someone is
that one's act, and a plot told successful is done where the parser reads its object as the
subject of "succeeded"; a release appealed for is asked, not told done; help with a task of
inquiry for a government body is aid; a crowd's size is no party; an allegation's accused is
the one arrested on it; a title before a capitalised word names a person; a kinship noun
beside a name tells its gender. Sentences written for these tests (the behaviour on main
before the change in each test's comment)."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, names

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "act", "doer"),
    [
        # was: the attack with no actor
        (
            "The scheme to attack the barracks was carried out by the rebels on Monday.",
            "attack",
            "rebels",
        ),
        # was: the raid with no actor
        (
            "The plot to kidnap the mayor was executed by a criminal gang.",
            "kidnap",
            "criminal gang",
        ),
    ],
)
def test_plan_carried_out_by_someone_is_their_act(nlp, text: str, act: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), act)
    assert any(doer in n for n in names(event.actors))
    assert not event.future
    assert not event.hypothetical


@pytest.mark.parametrize(
    "text",
    [
        # was: the assassination flagged hypothetical (the governor read as the subject of
        # "succeeded")
        "Officials said the plot to assassinate the governor succeeded.",
        "The plot to assassinate the governor succeeded, officials said.",
    ],
)
def test_plot_told_successful_through_misparse_is_done(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), "assassinate")
    assert not event.hypothetical
    assert not event.future
    assert has(event.targets, "governor")


def test_plot_told_failed_stays_undone(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(
        events(nlp, "Officials said the plot to assassinate the governor failed."), "assassinate"
    )
    assert event.hypothetical or event.future


def test_plan_misread_carried_out_by_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: the raid flagged future, with neither the base nor the forces
    event = by_trigger(
        events(nlp, "The plan to raid the base was carried out by special forces."), "raid"
    )
    assert has(event.actors, "special forces")
    assert has(event.targets, "base")
    assert not event.future


def test_plan_approved_stays_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(
        events(nlp, "The plan to raid the base was approved by the council."), "raid"
    )
    assert event.future or event.hypothetical
    assert not has(event.actors, "council")


@pytest.mark.parametrize(
    "text",
    [
        # was: the release told done
        "The family made an appeal to the kidnappers for the release of the hostages.",
        "The bishop issued a plea to the rebels for the release of the captives.",
    ],
)
def test_release_appealed_for_is_asked(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, text), "release")
    assert event.hypothetical or event.future


def test_appeal_to_someone_is_aimed_at_them_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The family made an appeal to the kidnappers for the release of the hostages."
    event = by_trigger(events(nlp, text), "appeal")
    assert has(event.targets, "kidnappers")
    assert not has(event.targets, "hostages")


@pytest.mark.parametrize(
    "text",
    [
        # was: no event (a hand in a task of inquiry)
        "The journalist helped the ministry uncover the fraud.",
        "A retired accountant helped the tax authority investigate the scheme.",
    ],
)
def test_help_to_a_state_body_with_an_inquiry_is_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "helped").type == "AID"


def test_help_to_detectives_with_an_inquiry_stays_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The neighbour helped detectives crack the case.")
    assert not [e for e in evs if e.type == "AID"]


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # was: COERCE seize on "destroyed", no actor ("Shelling" read as an auxiliary)
        ("Shelling destroyed the hospital on Tuesday.", "194", "hospital"),
        # was: an ASSAULT with no target and a COERCE seize of the school
        ("The bombing destroyed the school.", "183", "school"),
        ("Air strikes destroyed the bridge.", "195", "bridge"),
    ],
)
def test_attack_told_by_what_it_destroyed_is_one_assault(
    nlp, text: str, cameo: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, text)
    assert not [e for e in evs if e.type == "COERCE"]
    hit = [e for e in evs if e.type == "ASSAULT" and has(e.targets, target)]
    assert hit and hit[0].cameo == cameo


def test_protesters_destroying_stays_their_act(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Soldiers destroyed the rebels' weapons depot.")
    assert not [
        e for e in evs if e.type == "ASSAULT" and e.trigger == "destroyed" and e.cameo == "194"
    ]


def test_crowd_size_after_at_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: "people" the march's target
    event = by_trigger(
        events(nlp, "Greek protesters, at roughly 30,000 people, marched on parliament."), "marched"
    )
    assert not has(event.targets, "people")


def test_fired_at_a_count_keeps_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    event = by_trigger(events(nlp, "Soldiers fired at 30 protesters in the square."), "fired")
    assert has(event.targets, "protesters")


def test_allegation_accuses_the_one_arrested(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: ACCUSE against the prisoner, the beating with no doer
    evs = events(nlp, "The guard was arrested on allegations of beating a prisoner.")
    accusation = by_trigger(evs, "allegations")
    assert has(accusation.targets, "guard")
    assert not has(accusation.targets, "prisoner")
    beating = by_trigger(evs, "beating")
    assert has(beating.actors, "guard")
    assert has(beating.targets, "prisoner")
    assert beating.hypothetical


def test_charges_of_a_gerund_name_its_alleged_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: the beating with no doer
    beating = by_trigger(
        events(nlp, "The officer was arrested on charges of beating a protester."), "beating"
    )
    assert has(beating.actors, "officer")


@pytest.mark.parametrize(
    "text",
    [
        # was: "Cerar" an organisation
        "Mr . Cerar said the coalition would hold.",
        "Slovenia's prime minister, Mr . Cerar, resigned.",
    ],
)
def test_title_with_a_stop_set_apart_names_a_person(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.text, e.label_) for e in nlp(text).ents if e.text == "Cerar"] == [
        ("Cerar", "PERSON")
    ]


def test_kin_noun_beside_a_full_name_tells_its_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: "him" the mother Jordan Reed
    text = (
        "Darnell Reed, 19, was arrested on Friday. Jordan Reed, his mother, said police beat him."
    )
    beating = by_trigger(events(nlp, text), "beat")
    assert has(beating.targets, "darnell reed")
    assert not has(beating.targets, "jordan")


def test_quoted_pronoun_may_stand_for_the_speakers_kin(nlp) -> None:  # type: ignore[no-untyped-def]
    # was: no target (every Reed read as the speaker)
    text = 'Darnell Reed, 19, was arrested on Friday. "Police beat him," Jordan Reed said.'
    beating = by_trigger(events(nlp, text), "beat")
    assert has(beating.targets, "darnell reed")


def test_quoted_pronoun_is_never_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Police questioned Jordan Reed on Friday. "They beat him," Jordan Reed said.'
    beating = by_trigger(events(nlp, text), "beat")
    assert not has(beating.targets, "jordan reed")
