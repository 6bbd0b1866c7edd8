"""Senses, types and flags of news English from the thirty-ninth session's audit of ECB+ dev
topics (prec39): road crashes, a phenomenon curbed or opposed, suspects handed to the
authorities, a count asked, a possible act speculated on. Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events


def _triggered(nlp, text: str, trigger: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A woman was struck by a pickup truck while crossing the street, police said.", "struck"),
        ("The driver hit a cyclist and fled the scene before officers arrived.", "hit"),
        ("A nurse was killed when she was struck by Smith's van outside the shop.", "struck"),
        ("A nurse was killed when she was struck by Smith's van outside the shop.", "killed"),
        ("A local man was charged in a hit and run that killed a cyclist near the mall.", "killed"),
        ("Police said the man was killed in a hit and run on Route 9.", "killed"),
        ("A hit-and-run accident can be a felony in most states.", "hit"),
        ("A drunk driver killed a family of four on the highway.", "killed"),
    ],
)
def test_a_road_crash_is_no_assault(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


def test_a_pedestrian_hit_in_a_hit_and_run_article_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hit and run on Elm Street leaves teacher dead. "
        "The teacher was hit while walking home from the library on Tuesday."
    )
    assert not _triggered(nlp, text, "hit")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Protesters were struck by a car driven by a man who rammed into the crowd.", "struck"),
        ("A police vehicle struck a protester during the demonstration.", "struck"),
        ("The officer was hit in the face by a brick thrown by a protester.", "hit"),
        ("A car bomb hit a police convoy near the border.", "hit"),
        ("The truck driver killed 86 people in the attack on the promenade.", "killed"),
    ],
)
def test_a_vehicle_or_blow_used_as_a_weapon_stays_an_assault(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).type == "ASSAULT"


def test_an_officer_hit_in_a_riot_article_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rioters threw stones at the police station. An officer was hit in the head."
    assert by_trigger(events(nlp, text), "hit").type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("This is the third anti - piracy operation carried out by the frigate.", "piracy"),
        ("He spoke of the difficulties in an effort to curtail piracy off the coast.", "piracy"),
        ("The minister pledged a crackdown on violence in the schools.", "violence"),
    ],
)
def test_a_phenomenon_opposed_or_curbed_is_no_act(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


def test_piracy_told_of_a_ship_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The navy said Somali piracy had fallen sharply this year."
    assert by_trigger(events(nlp, text), "piracy").type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "They are likely to be handed over to the police in Mombasa.",
        "The crew were turned over to judicial authorities on Friday.",
    ],
)
def test_people_handed_to_the_authorities_are_delivered_to_justice(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    evs = [e for e in events(nlp, text) if e.trigger.startswith(("handed", "turned"))]
    assert [(e.type, e.mode) for e in evs] == [("COOPERATE", "extradite")]


def test_arms_handed_to_the_authorities_are_no_extradition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels handed over their weapons to the authorities."
    assert by_trigger(events(nlp, text), "handed over").type != "COOPERATE"


def test_a_count_asked_leaves_the_act_done(nlp) -> None:  # type: ignore[no-untyped-def]
    fired = by_trigger(events(nlp, "Police could not say how many shots were fired."), "fired")
    assert not fired.hypothetical
    text = "Officials would not say how many protesters would be arrested."
    assert by_trigger(events(nlp, text), "arrested").hypothetical
    text = "Police did not say whether anyone was arrested."
    assert by_trigger(events(nlp, text), "arrested").hypothetical


def test_an_act_speculated_on_is_only_possible(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Some dramas will be finished in time, though a walkout could hinder new series."
    assert by_trigger(events(nlp, text), "walkout").hypothetical
    text = "The dockers' strike could cost the port millions, officials said."
    assert not by_trigger(events(nlp, text), "strike").hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "The frigate Hamilton, on anti-piracy patrol in the area, answered the distress call.",
        "The frigate Hamilton, which led the operation, is on patrol in the Red Sea, he said.",
    ],
)
def test_the_one_on_patrol_patrols(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    patrol = by_trigger(events(nlp, text), "patrol")
    assert [a.text for a in patrol.actors] == ["Hamilton"]


def test_workers_on_strike_strike(nlp) -> None:  # type: ignore[no-untyped-def]
    strike = by_trigger(events(nlp, "Workers on strike blocked the road to the port."), "strike")
    assert [a.text for a in strike.actors] == ["Workers"]


def test_a_number_arrested_counts_the_people_arrested(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The navy seized the boat and took 23 into custody."
    custody = by_trigger(events(nlp, text), "took 23 into custody")
    assert [t.text for t in custody.targets] == ["23"]
    arrested = by_trigger(events(nlp, "Police arrested 23 on Monday."), "arrested")
    assert [t.text for t in arrested.targets] == ["23"]


def test_an_offence_named_by_its_initials_is_no_arrester(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Smith was on probation for a previous DUI arrest."
    assert not by_trigger(events(nlp, text), "arrest").actors


def test_the_craft_forces_are_sent_on_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "An army ship sent its marines on a helicopter towards the tanker."
    sent = by_trigger(events(nlp, text), "sent")
    assert "helicopter" not in [t.text for t in sent.targets]


def test_a_sea_forces_are_deployed_in_is_where(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A British frigate, HMS Kent deployed in the Gulf of Aden attacked two pirate skiffs."
    assert not by_trigger(events(nlp, text), "deployed").targets


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The pirates came from Somalia and Yemen, two countries surrounding the gulf.",
            "surrounding",
        ),
        (
            "A hiker who spent two nights on the glacier narrowly escaped being buried alive.",
            "escaped",
        ),
        ("The driver escaped death when the bridge collapsed.", "escaped"),
        ("It will be her second tour of duty as host of the awards.", "tour"),
        (
            "The union's collective bargaining agreement gives the league that authority.",
            "bargaining",
        ),
        ("The deaths come as a reminder that hikers need to take great care.", "reminder"),
        ("His research has changed the way doctors examine disease.", "examine"),
    ],
)
def test_geography_a_harm_escaped_a_stint_a_contract_a_lesson_are_no_acts(
    nlp, text: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert not _triggered(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Troops surrounded the city on Monday.", "surrounded", "COERCE"),
        ("The prisoner escaped from the jail on Sunday.", "escaped", "RETREAT"),
        (
            "Bargaining between the union and the company resumed on Monday.",
            "bargaining",
            "CONSULT",
        ),
        (
            "The president sent a reminder to his ministers to file their reports.",
            "reminder",
            "REQUEST",
        ),
    ],
)
def test_a_cordon_an_escape_talks_a_request_stay(nlp, text: str, trigger: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).type == kind


def test_an_armed_band_turning_away_retreats(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The pirates turned away from the freighter as the helicopter flew overhead."
    assert by_trigger(events(nlp, text), "turned away").type == "RETREAT"
    text = "The guards turned away the refugees at the border."
    assert by_trigger(events(nlp, text), "turned away").type == "REJECT"
