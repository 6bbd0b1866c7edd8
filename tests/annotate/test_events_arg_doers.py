"""Doers an act noun names through the phrase it is in (annotate/events_arg_doers.py).
Sentences written here."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        ("Activists denounced the junta's practice of torture.", "torture", "junta"),
        ("The bishops condemned the regime's policy of expulsions.", "expulsions", "regime"),
    ],
)
def test_the_owner_of_a_course_does_the_act_noun_of_its_of_phrase(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, owner: str
) -> None:
    assert has(by_trigger(events(nlp, text), trigger).actors, owner)


def test_a_course_with_no_owner_names_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, "A pattern of attacks on clinics worried the police."), "attacks")
    assert not ev.actors


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A pirate attack left two sailors dead.", "pirate"),
        ("The militant attack on the base failed.", "militant"),
    ],
)
def test_an_armed_bands_word_before_an_attack_is_its_doer(nlp, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "attack")
    assert [a.text for a in ev.actors] == [doer], text


def test_their_aim_beside_a_thing_subject_is_the_group_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    """A "their" on an aim noun whose clause has a thing for its subject stands for the
    group named before, the aim's owner (roles 1.170.4)."""
    text = (
        "A dozen smugglers were stopped at dawn. "
        "The equipment in the hold showed their intent to attack the convoy."
    )
    ev = next(e for e in events(nlp, text) if e.trigger == "attack")
    assert has(ev.actors, "smugglers"), ev.actors


def test_their_beside_a_plural_thing_subject_is_the_group_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The ropes in the hold showed their plan": ropes own no plan, the smugglers do (roles
    1.176.0; a plural noun is taken as a group only when it can name one)."""
    text = (
        "A dozen smugglers were stopped at dawn. "
        "The ropes in the hold showed their plan to attack the convoy."
    )
    ev = next(e for e in events(nlp, text) if e.trigger == "attack")
    assert has(ev.actors, "smugglers") and not has(ev.actors, "ropes"), ev.actors
