"""Roles round 30 on ECB+ news (events-roles 1.58.0): the doer of a search a clause is "in
search of", the people a request after a message sent "to" them asks, the holder of a weapon
in a "with" phrase, a name a subject pronoun's own clause holds, and a name with its age the
parser hung on a fronted phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the clause's subject searches
        ("Soldiers fanned out across the province in search of the rebels.", ["Soldiers"]),
        (
            "Police officers spread out across the town in search of the gunman.",
            ["Police officers"],
        ),
        ("Soldiers went from village to village in search of the kidnappers.", ["Soldiers"]),
    ],
)
def test_a_clause_in_search_of_someone_is_its_subjects_search(nlp, text, actors) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, "search")[0] == actors


def test_a_search_of_its_own_keeps_no_doer_from_elsewhere(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The villagers said the search of the houses by soldiers lasted hours.")
    search = by_trigger(evs, "search")
    assert "villagers" not in [a.text for a in search.actors]


@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        (
            "Activists sent thousands of letters to the ministers urging them to free "
            "the prisoners.",
            "urging",
            ["ministers"],
        ),
        (
            "The unions wrote to the governors asking them to reopen the talks.",
            "asking",
            ["governors"],
        ),
    ],
)
def test_them_after_a_message_sent_to_people_is_those_people(nlp, text, trigger, targets) -> None:  # type: ignore[no-untyped-def]
    actors, found = parties(nlp, text, trigger)
    assert found == targets
    assert not set(actors) & set(found)


def test_them_with_no_one_addressed_is_not_read_as_an_addressee(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The ministers met the strikers on Monday, urging them to return to work.")
    urging = by_trigger(evs, "urging")
    assert "ministers" not in [t.text for t in urging.targets]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Masked youths clashed with police in riot gear, who responded with rounds of "
            "tear gas and flash bombs.",
            ["police"],
        ),
        ("Hooded youths with petrol bombs rampaged through the capital at night.", ["youths"]),
    ],
)
def test_whoever_has_a_weapon_in_a_with_phrase_uses_it(nlp, text, actors) -> None:  # type: ignore[no-untyped-def]
    found = parties(nlp, text, "bombs")[0]
    assert [a.split()[-1] for a in found] == actors


def test_a_weapon_an_attack_is_done_with_is_that_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "Protesters attacked the police station with petrol bombs.")
    assert [e.trigger for e in evs if e.type == "ASSAULT"] == ["attacked"]


def test_a_subject_pronoun_is_not_the_name_in_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mark Felt arranged secret meetings with the reporter. Bob Woodward would leave a "
        "signal on his balcony if he needed to meet Felt."
    )
    meet = next(e for e in events(nlp, text) if e.trigger == "meet")
    assert [a.text for a in meet.actors] == ["Bob Woodward"]
    assert [t.text for t in meet.targets] == ["Felt"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Following the hearing, Jenkins, 52, was ordered held without bail.", "Jenkins"),
        ("At the arraignment, Ruiz, 43, was ordered held without bail.", "Ruiz"),
    ],
)
def test_a_name_with_its_age_after_a_fronted_phrase_is_the_subject(nlp, text, name) -> None:  # type: ignore[no-untyped-def]
    held = by_trigger(events(nlp, text), "held")
    assert [t.text for t in held.targets] == [name]
    assert not held.actors


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions that were imposed on Iran hurt its economy.",
        "The sanctions imposed on Iran hurt its economy.",
    ],
)
def test_a_passive_relative_clause_on_a_measure_names_whom_it_is_aimed_at(nlp, text) -> None:  # type: ignore[no-untyped-def]
    sanctions = by_trigger(events(nlp, text), "sanctions")
    assert [t.text for t in sanctions.targets] == ["Iran"]
    assert not sanctions.actors


def test_a_passive_relative_clause_s_agent_is_no_doer_of_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The embargo, which was criticised by the opposition, was imposed on Cuba."
    embargo = by_trigger(events(nlp, text), "embargo")
    assert "opposition" not in [a.text for a in embargo.actors]
