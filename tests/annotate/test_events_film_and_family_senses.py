"""Senses of the fortieth session's ECB+ dev-topic round (vocabulary 1.378.0): a film or a scene
shot is filmed, a visit to a relative, a friend or a neighbour is private life, and fire "upon"
someone aims at them as fire "on" them does; sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def triggers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger.lower() for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Most of the movies due out next summer have already been shot.", "shot"),
        ("The crew shot the final scene in Toronto last week.", "shot"),
        ("The footage was shot on a phone by a passer-by.", "shot"),
    ],
)
def test_a_film_or_scene_shot_is_filmed(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(nlp, text)


def test_people_shot_are_still_shot(nlp) -> None:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, "Soldiers shot two protesters in the square."), "shot")
    assert e.type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The teacher was hurt in a fall while visiting a former neighbor.", "visiting"),
        ("The senator was visiting his mother in Ohio when the vote was called.", "visiting"),
        ("They gathered to welcome his new daughter-in-law to the family.", "welcome"),
    ],
)
def test_a_visit_to_kin_or_a_neighbour_is_private(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(nlp, text)


def test_a_visit_to_an_official_is_still_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, "The envoy visited the prime minister in Kabul."), "visited")
    assert e.type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Troops fired upon the crowd outside the palace.", "fired upon", "crowd"),
        ("Rebels launched an attack upon the garrison at dawn.", "attack", "garrison"),
    ],
)
def test_upon_names_the_one_fired_at(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, text), trigger)
    assert e.type == "ASSAULT" and target in [t.text for t in e.targets]


def test_one_fired_from_a_job_fired_no_gun(nlp) -> None:  # type: ignore[no-untyped-def]
    # vocabulary 1.378.2: `fire-bare`'s context_not, the reduced passive read as the verb
    text = "A clerk fired two days earlier from his job walked into the bank."
    assert "fired" not in triggers(nlp, text)
    assert "fired" in triggers(nlp, "The gunman fired from a window.")


@pytest.mark.parametrize(
    ("text", "fired"),
    [
        # vocabulary 1.388.2: `fired-from-job`, where "fired ... at" read as "fire at"
        ("The clerk was fired last week from his job at the bank.", False),
        ("A cook who was fired from his job at a hotel came back armed.", False),
        ("The gunman fired at his former employer's office.", True),
        ("Soldiers fired at army positions near the border.", True),
        ("Troops fired on workers protesting job losses.", True),
    ],
)
def test_one_fired_from_a_job_at_a_place_fired_no_gun(  # type: ignore[no-untyped-def]
    nlp, text: str, fired: bool
) -> None:
    assert any(t.startswith("fired") for t in triggers(nlp, text)) is fired


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # vocabulary 1.378.3: `disaster-hit`, by the doer's words
        ("The village was hit by Hurricane Maria last autumn.", "hit"),
        ("The towns were hit by both Hurricanes Irma and Jose.", "hit"),
        ("A tornado struck the village on Friday.", "struck"),
        # `escape-without-harm`
        ("The other guests were able to escape without injury, police said.", "escape"),
        # `self-harm`
        ("The suspect shot himself as police closed in.", "shot"),
        ("A gunman wounded two guards before killing himself.", "killing"),
        # `coup-success`
        ("Hiring the coach was the signing coup of the summer.", "coup"),
        ("The summit was a diplomatic coup for Beijing.", "coup"),
        # `anonymity` context "privacy"
        ("The families requested total privacy, a hospital spokeswoman said.", "requested"),
    ],
)
def test_senses_that_name_no_act_between_parties(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Storm troopers hit the village.", "hit"),
        ("The army hit the town with artillery.", "hit"),
        ("The prisoner escaped from the jail without injury.", "escaped"),
        ("The bomber blew himself up near the checkpoint.", "blew"),
        ("The generals launched a major coup against the president.", "coup"),
    ],
)
def test_acts_between_parties_stay(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert any(t.startswith(trigger) for t in triggers(nlp, text))
