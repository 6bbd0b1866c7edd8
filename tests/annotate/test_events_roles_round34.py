"""English roles of round 34 (events-roles 1.80.0): a penalty's term after "of" leaves the
one who receives or faces it as its target, an accusation's clause names the accused over
the subject of the verb it hangs on, an inquiry into an act is aimed at no victim of that act,
and an act on rights is aimed at whose rights they are. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import parties

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The former mayor received a sentence of ten years in prison for bribery.", "mayor"),
        ("The colonel has received a sentence of life in prison without parole.", "colonel"),
        ("Smith faces a sentence of 20 years for the fraud.", "Smith"),
        ("The senator faces a potential sentence of life in prison.", "senator"),
    ],
)
def test_a_penalty_term_leaves_the_receiver_as_target(nlp, text, target) -> None:  # type: ignore[no-untyped-def]
    targets = parties(nlp, text, "sentence")[1]
    assert any(target in t for t in targets), targets


def test_a_penalty_for_someone_keeps_its_own_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The judge handed a sentence of ten years to the smuggler."
    assert "judge" not in parties(nlp, text, "sentence")[1]


@pytest.mark.parametrize(
    "text",
    [
        "The jury was deadlocked on accusations that the senator bribed two judges.",
        "Frank Moretti was convicted of fraud. The panel was split on accusations that he "
        "ordered the killings.",
    ],
)
def test_an_accusation_clause_names_the_accused(nlp, text) -> None:  # type: ignore[no-untyped-def]
    targets = parties(nlp, text, "accusations")[1]
    assert targets in (["senator"], ["Frank Moretti"]), targets


def test_a_passive_subject_still_undergoes_an_investigation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor was placed under investigation last year."
    assert parties(nlp, text, "investigation")[1] == ["mayor"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Reporters wrote about the investigation of the 1998 shooting of Mario Rossi.",
            "investigation",
        ),
        ("Police opened an investigation into the killing of a journalist.", "investigation"),
        ("Detectives are investigating the stabbing of a shopkeeper.", "investigating"),
    ],
)
def test_an_inquiry_is_aimed_at_no_victim(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    targets = parties(nlp, text, trigger)[1]
    assert not any(w in " ".join(targets) for w in ("Rossi", "journalist", "shopkeeper")), targets


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Police opened an investigation into the killing of the activist by soldiers.",
            "investigation",
            "soldiers",
        ),
        (
            "Prosecutors launched an investigation of the mayor over the contracts.",
            "investigation",
            "mayor",
        ),
    ],
)
def test_an_inquiry_keeps_the_suspect(nlp, text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    assert target in parties(nlp, text, trigger)[1]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "The guard was convicted of conspiring to violate the civil rights of inmates.",
            "violate",
            "inmates",
        ),
        ("The regime violated the rights of journalists.", "violated", "journalists"),
        ("Security forces trampled the liberties of the protesters.", "trampled", "protesters"),
    ],
)
def test_an_act_on_rights_is_aimed_at_their_holders(nlp, text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    assert target in parties(nlp, text, trigger)[1]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The gunman walked inside, firing a shot at an employee.", "firing", "employee"),
        ("The gunman fired shots at the employees.", "fired", "employees"),
        ("Police fired rubber bullets into the crowd.", "fired", "crowd"),
    ],
)
def test_a_means_fired_leaves_whom_it_was_aimed_at(nlp, text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, text, trigger)[1] == [target]


def test_a_shot_into_the_air_is_aimed_at_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert parties(nlp, "The guard fired a shot into the air.", "fired")[1] == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("About 200 youths hurled volleys of petrol bombs at a police station.", "youths"),
        ("Rioters threw a volley of petrol bombs at the police.", "Rioters"),
    ],
)
def test_missiles_counted_by_the_throw_are_the_throwers(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    assert actor in parties(nlp, text, "bombs")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Convicted of second-degree murder , Lopez , 20 , faces a potential sentence of life in "
        "prison .",
        "Convicted of fraud last month, Henderson, 45, faces a sentence of ten years.",
    ],
)
def test_a_name_with_its_age_read_as_an_adverb_is_the_subject(nlp, text) -> None:  # type: ignore[no-untyped-def]
    targets = parties(nlp, text, "sentence")[1]
    assert targets in (["Lopez"], ["Henderson"]), targets
