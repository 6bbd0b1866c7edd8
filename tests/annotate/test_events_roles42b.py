"""Roles and flags of the forty-second session's roles42b round (the Lee corpus sample
leeroles2), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "vehicle", "place"),
    [
        ("Soldiers fired on three cars in the northern city of Jenin.", "fired", "cars", "Jenin"),
        ("Gunmen attacked a bus in Kashmir on Sunday.", "attacked", "bus", "Kashmir"),
        ("Rebels ambushed a truck near Kandahar.", "ambushed", "truck", "Kandahar"),
    ],
)
def test_a_vehicle_attacked_is_the_target_not_its_place(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, vehicle: str, place: str
) -> None:
    """A road vehicle fired on or attacked is the target, the town it was in only where
    (`site_nouns`, roles 1.178.0)."""
    _, targets = parties(nlp, text, trigger)
    assert vehicle in targets and place not in targets, targets


def test_fire_at_targets_in_a_town_keeps_the_town(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "Troops fired at targets in Jericho.", "fired")
    assert targets == ["Jericho"]


@pytest.mark.parametrize(
    ("text", "spared"),
    [
        ("The police refused to arrest the protesters.", "protesters"),
        ("The premier was accused of refusing to crack down on the militias.", "militias"),
    ],
)
def test_a_refusal_to_harm_someone_does_not_reject_them(nlp, text: str, spared: str) -> None:  # type: ignore[no-untyped-def]
    """Whom a refused act of harm would be done to is spared, not rejected (roles 1.178.0)."""
    _, targets = parties(nlp, text, "refus")
    assert spared not in targets, targets


def test_a_refusal_to_meet_someone_keeps_them(nlp) -> None:  # type: ignore[no-untyped-def]
    _, targets = parties(nlp, "The president refused to meet the envoy.", "refused")
    assert targets == ["envoy"]


@pytest.mark.parametrize(
    "text",
    [
        "The government and the unions have been locked in negotiations for a week.",
        "The company and the union have been engaged in negotiations since Monday.",
    ],
)
def test_sides_locked_in_talks_are_their_parties(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The sides "locked" or "engaged" in talks hold them: the side named first the actor
    (`involved_types` + consult, roles 1.178.0)."""
    ev = next(e for e in events(nlp, text) if e.type == "CONSULT")
    assert ev.actors and ev.targets, (ev.actors, ev.targets)


def test_locked_in_talks_shuts_no_one_in(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The company and the union have been locked in talks for a week."
    assert all(e.type != "COERCE" for e in events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor says while the police chief has faced sharp criticism about his tactics, "
        "the city backs him.",
        "The police chief has drawn criticism over his tactics.",
    ],
)
def test_who_faces_criticism_about_their_conduct_is_its_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The subject of a converse verb is the one criticised; what the criticism is about
    ("about his tactics") is no party (roles 1.178.0)."""
    _, targets = parties(nlp, text, "criticism")
    assert any("chief" in t for t in targets) and "mayor" not in targets, targets


@pytest.mark.parametrize(
    "text",
    [
        "Mr Smith, a Democrat, has served three terms as the city's mayor since 1990.",
        "She captured the world title in 1998 with a record run.",
        "The championships double as the national swimming selection trials.",
        "Smith scored 50, before a top edge ballooned into the air and was taken by the keeper "
        "John Brown to give Tom Green his first wicket.",
    ],
)
def test_terms_titles_trials_and_wickets_are_no_events(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A term of office, a title won, sport's trials and a wicket given are no political
    event (vocabulary 1.413.0)."""
    assert events(nlp, text) == (), [(e.type, e.trigger) for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He is serving a 10-year prison term.", "COERCE"),
        ("The army captured the rebel commander.", "COERCE"),
        ("The trial of the pilot began on Monday.", "ACCUSE"),
    ],
)
def test_custody_capture_and_a_court_trial_stay(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.type == kind for e in events(nlp, text))


def test_suicide_assaults_are_no_beating(nlp) -> None:  # type: ignore[no-untyped-def]
    """An armed or suicide assault is an attack, no beating (vocabulary 1.413.0)."""
    evs = events(nlp, "Militants carried out a wave of suicide assaults.")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", None)]
    evs = events(nlp, "Police beat the protesters to the ground.")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "beat")]
