"""Acts told in general (events_senses_generic); sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "She is continuing to dedicate her knowledge to helping Americans lead healthier lives.",
        "A charity devoted to helping refugees opened an office.",
    ],
)
def test_an_aim_a_life_or_a_body_is_dedicated_to_is_no_aid(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """vocab 1.381.0 (left40)."""
    assert not any(e.type == "AID" for e in events(nlp, text))


def test_helping_one_commits_to_is_still_announced(nlp) -> None:  # type: ignore[no-untyped-def]
    evs = events(nlp, "The government committed to helping Ukraine.")
    assert any(e.type == "AID" and e.future for e in evs)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a class of people named by what they do (vocabulary 1.408.5)
        ("The law protects those who seek asylum in Canada.", "seek"),
        ("Anyone who attacks a police officer faces jail.", "attacks"),
    ],
)
def test_a_class_named_by_its_act_is_no_act(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.trigger.lower().startswith(trigger)]


def test_those_who_did_an_act_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister met those who fled the fighting in the north."
    assert [e.type for e in events(nlp, text) if e.trigger == "fled"] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Surely those fleeing a cruel regime deserve our help, the bishop said.",
        "Anyone fleeing persecution should be given shelter.",
    ],
)
def test_a_class_named_by_its_participle_is_no_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """vocabulary 1.421.0 (prec43a): a present participle on a pronoun of a class, in a clause
    in the present or ahead."""
    assert not [e for e in events(nlp, text) if e.trigger == "fleeing"]


def test_those_told_doing_an_act_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Those fleeing the shelling reached the border on Monday."
    assert [e.type for e in events(nlp, text) if e.trigger == "fleeing"] == ["RETREAT"]
