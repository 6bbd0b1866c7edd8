"""Leftovers noticed on real news, round 33 (left33): the doers of an offence a charge names
are who an accusation is aimed at; roles with no actor, wrong role bindings, a theft's place,
and a contract or training that is no event. Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The workers complained of harassment by police officers.", "police officers"),
        ("The family complained of mistreatment by prison guards.", "prison guards"),
        ("She complained of abuse by fellow employees.", "fellow employees"),
    ],
)
def test_the_doers_of_an_offence_complained_of_are_accused(nlp, text, accused) -> None:  # type: ignore[no-untyped-def]
    assert accused in parties(nlp, text, "complained")[1]


@pytest.mark.parametrize(
    "text",
    [
        "He complained of harassment by email.",  # a means, no one
        "The workers were accused of harassment by the prosecutors.",  # the accusers
    ],
)
def test_a_by_phrase_of_no_doer_accuses_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.type == "ACCUSE")
    assert "prosecutors" not in [t.text for t in event.targets]
    assert "email" not in [t.text for t in event.targets]


@pytest.mark.parametrize(
    "text",
    [
        "Lionel Messi signed a three-year contract with Barcelona.",
        "The coach signed a two-year deal with the team.",
        "She signed a two-year contract with the company.",
        "He agreed a four-year contract with Chelsea.",
    ],
)
def test_a_work_contract_of_a_stated_length_is_no_agreement(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type in ("SUPPORT", "AGREE")]


@pytest.mark.parametrize(
    "text",
    [
        "The government signed a five-year contract with Boeing.",
        "The minister signed a 20-year gas deal with Qatar.",
        "Russia signed a gas deal with China.",
    ],
)
def test_a_contract_a_state_or_its_officer_signs_stays(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Recruits receive training in first aid.",
        "The volunteers received training in first aid.",
    ],
)
def test_aid_as_the_field_of_a_training_is_no_aid_given(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    ["The US sent aid to the flood victims.", "The villagers received aid from the Red Cross."],
)
def test_aid_given_stays(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in events(nlp, text) if e.type == "AID"]


@pytest.mark.parametrize(
    "text", ["An arsonist set fire to the church.", "An arsonist set fire to the mosque on Sunday."]
)
def test_a_doer_noun_read_as_an_adverb_is_the_actor(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, "set fire")[0] == ["arsonist"]


def test_a_time_read_as_an_adverb_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "Last week police arrested two men.", "arrested")[0] == ["police"]


@pytest.mark.parametrize(
    "text", ["Fighting in Gaza killed 12.", "Fighting in Gaza killed 12 people."]
)
def test_a_place_in_the_phrase_of_a_fighting_gerund_is_its_location(nlp, text) -> None:  # type: ignore[no-untyped-def]
    for event in events(nlp, text):
        assert "Gaza" not in [t.text for t in event.targets]
        assert event.location == "Gaza"


@pytest.mark.parametrize(
    ("text", "trigger", "scene"),
    [
        ("Thieves targeted the festival and stole jewels.", "targeted", "festival"),
        ("Thieves looted the museum.", "looted", "museum"),
    ],
)
def test_a_theft_s_place_is_its_location_not_its_target(nlp, text, trigger, scene) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.trigger == trigger)
    assert not event.targets
    assert event.location == scene


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Thieves targeted the Smith family's home.", "Smith"),
        ("Robbers targeted a jewellery store owned by Ahmed Khan.", "Ahmed Khan"),
    ],
)
def test_a_theft_s_named_owner_stays_its_target(nlp, text, owner) -> None:  # type: ignore[no-untyped-def]
    assert owner in parties(nlp, text, "targeted")[1]


def test_a_participle_after_a_noun_tells_of_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Citizens in Ruritania elect a president Sunday in balloting praised by officials."
    targets = parties(nlp, text, "praised")[1]
    assert "Citizens in Ruritania" not in targets
    assert "Citizens" not in targets


def test_a_participle_set_off_by_a_comma_tells_of_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "The pope arrived in Paris, welcomed by the president.", "welcomed")[1] == [
        "pope"
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Peter Jones, 15, died on Saturday. The officer who fired the shot says he killed the "
            "boy accidentally.",
            "killed",
        ),
        (
            "Peter Jones, 15, died on Saturday. The officer says he shot the boy by accident.",
            "shot",
        ),
    ],
)
def test_a_reported_he_is_its_described_reporter(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[0] == ["officer"]


def test_a_reported_he_of_another_gender_than_the_reporter_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Peter Jones, 15, died on Saturday. His mother says he was shot by police."
    assert parties(nlp, text, "shot")[1] == ["Peter Jones"]


@pytest.mark.parametrize(
    "text",
    [
        "What is he pointing a gun at over six police, knowing that they would kill him?",
        "He aimed a rifle at six police officers, knowing that they would kill him.",
    ],
)
def test_a_would_clause_s_they_is_the_one_group_its_sentence_names(nlp, text) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in events(nlp, text) if e.trigger == "kill")
    assert [a.text for a in event.actors] in (["police"], ["police officers"])
    assert event.hypothetical


def test_a_they_between_two_groups_names_neither(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He aimed a rifle at the police and the protesters, knowing that they would kill him."
    assert not next(e for e in events(nlp, text) if e.trigger == "kill").actors
