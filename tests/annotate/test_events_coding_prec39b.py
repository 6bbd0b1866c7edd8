"""Senses and flags of round 39 (prec39b, on the ECB+ dev topics' news): a craft an armed
force destroys is attacked, a trend in a phenomenon is no act, honours and degrees received
and service given are a career, leaving the scene is no retreat, and what an act was like
presupposes it; sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def coded(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{e.type}/{e.mode}" for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    "text",
    [
        "The boat destroyed by the navy was a fishing trawler.",
        "The army destroyed a rebel boat near the coast.",
        "Rebels destroyed a government helicopter.",
    ],
)
def test_a_crewed_craft_an_armed_force_destroys_is_attacked(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, text, "destroyed") == ["ASSAULT/None"]


def test_a_building_destroyed_by_troops_stays_a_seizure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, "Troops destroyed the rebels' houses.", "destroyed") == ["COERCE/seize"]


def test_a_craft_a_storm_destroys_is_no_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, "The storm destroyed the boats in the harbour.", "destroyed") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The navy was sent after a spike in piracy off the coast.", "piracy"),
        ("Officials warned of a rise in violence in the capital.", "violence"),
    ],
)
def test_a_trend_in_a_phenomenon_is_no_act(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, text, trigger) == []


def test_a_rise_in_counted_acts_keeps_them(nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, "A surge in kidnappings has alarmed the region.", "kidnappings") == [
        "ASSAULT/abduct"
    ]


def test_a_recognition_listed_with_honours_is_no_support(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She has received numerous awards and recognitions for her work."
    assert coded(nlp, text, "recognitions") == []


def test_a_state_recognised_stays_support(nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, "Kosovo received recognition from many states.", "recognition") == [
        "SUPPORT/None"
    ]


def test_a_degree_received_is_no_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, "He received his law degree from Harvard University.", "received") == []


def test_a_delegation_received_stays_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister received the delegation in his office."
    assert coded(nlp, text, "received") == ["CONSULT/meet"]


def test_service_given_to_a_body_is_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The medal goes to priests who have given outstanding service to the Church."
    assert coded(nlp, text, "given") == []


def test_services_provided_to_refugees_stay_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The agency provided medical services to the refugees."
    assert coded(nlp, text, "provided") == ["AID/None"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police stopped him after he hit two parked cars while fleeing the scene.", "fleeing"),
        ("The driver fled the scene of the crash.", "fled"),
    ],
)
def test_leaving_the_scene_is_no_retreat(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, text, trigger) == []


def test_fleeing_the_fighting_stays_a_flight(nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(nlp, "Thousands fled the fighting in the north.", "fled") == ["RETREAT/flee"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The hospital was not releasing any information about the nature of their injuries.",
            "injuries",
        ),
        ("Police did not disclose the motive for the shooting.", "shooting"),
    ],
)
def test_what_an_act_was_like_presupposes_it(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in events(nlp, text) if e.trigger.lower() == trigger]
    assert found and not any(e.negated for e in found)


def parties(nlp, text: str, trigger: str) -> list[tuple[list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return [
        ([p.text for p in e.actors], [p.text for p in e.targets])
        for e in events(nlp, text)
        if e.trigger.lower() == trigger
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Pirates attacked a merchant vessel in the Gulf of Aden on Saturday.",
            "attacked",
            "vessel",
        ),
        ("Rebels attacked a convoy in Kandahar province.", "attacked", "convoy"),
    ],
)
def test_a_craft_attacked_is_the_target_not_its_waters(
    nlp, text: str, trigger: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    [(_, targets)] = parties(nlp, text, trigger)
    assert len(targets) == 1 and targets[0].endswith(target)


def test_a_place_of_unnamed_targets_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "Troops fired at targets in Jericho.", "fired at") == [
        (["Troops"], ["Jericho"])
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Police found a shotgun during a search of the house.", "Police"),
        ("Officers recovered a shotgun in a search of the house.", "Officers"),
    ],
)
def test_who_found_something_during_a_search_searched(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    [(actors, _)] = parties(nlp, text, "search")
    assert actors == [actor]


def test_what_was_found_during_a_search_is_no_searcher(nlp) -> None:  # type: ignore[no-untyped-def]
    [(actors, _)] = parties(nlp, "A gun was found during a search of the car.", "search")
    assert actors == []


def test_a_report_inside_another_keeps_its_subject_the_topic(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Deputies chased him for 30 miles before he finally pulled over, County Sheriff "
        "Robert J Pickell said. Smith said nothing after officers surrounded him, Pickell said."
    )
    assert parties(nlp, text, "surrounded") == [(["officers"], ["Smith"])]


def test_the_topic_of_a_reported_refusal_stays_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "John Brown refused to board the plane, Ortega said. He was then arrested by police."
    assert parties(nlp, text, "arrested") == [(["police"], ["John Brown"])]
