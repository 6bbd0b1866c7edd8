"""Who does an act told by a gerund or participle with no subject of its own
(annotate/events_subjects.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "Pedro Salas was jailed for life after being convicted of stabbing two guards.",
            "stabbing",
            "Salas",
            "guards",
        ),
        (
            "Maria Lopez was freed in June after being acquitted of attacking a judge.",
            "attacking",
            "Lopez",
            "judge",
        ),
    ],
)
def test_a_passive_gerund_is_done_to_the_clause_subject(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    # "after being convicted of stabbing X": he was convicted, and he stabbed X
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, actor) and has(ev.targets, target)


def test_the_one_convicted_after_a_passive_gerund_is_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pedro Salas was jailed for life after being convicted of stabbing two guards."
    convicted = by_trigger(events(nlp, text), "convicted")
    assert has(convicted.targets, "Salas") and not has(convicted.actors, "Salas")


def test_an_active_gerund_after_a_passive_clause_is_its_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels attacked the town after being shelled by the army."
    shelled = by_trigger(events(nlp, text), "shelled")
    assert has(shelled.actors, "army") and has(shelled.targets, "rebels")


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        (
            "Carlos Mena shot a deputy, in addition to attempting to kill two other men.",
            "kill",
            "Mena",
            "men",
        ),
        (
            "The soldiers were caught in the act of beating a prisoner.",
            "beating",
            "soldiers",
            "prisoner",
        ),
    ],
)
def test_a_gerund_after_a_compound_preposition_is_the_clauses(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str, target: str
) -> None:
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.actors, actor) and has(ev.targets, target)
