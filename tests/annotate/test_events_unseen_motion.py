"""An armed force arriving, approaching or advancing, told by a verb no rule lists, is deployed
(events_unseen_motion, events-unseen 1.32.0); and a force's arrival without a place named
(vocabulary 1.438.0, `forces-arrive`)."""

from __future__ import annotations

import pytest
from event_helpers import events

from chronicler.annotate.events_unseen_data import load_settings, parse_settings
from chronicler.annotate.events_vocab import load_vocab

slow = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _typed(nlp, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(e.type, e.trigger, e.actors[0].text if e.actors else "") for e in events(nlp, text)]


def test_settings_name_a_rule_the_vocabulary_has() -> None:
    settings = load_settings()
    assert settings.force_motion_rule in {r.id for r in load_vocab().rules}
    assert {"land", "advance", "approach", "head"} <= settings.force_motion_verbs
    # verbs as often of a result or a fall are no movement of a force
    assert not {"come", "get", "reach", "drop", "intrude"} & settings.force_motion_verbs
    assert not parse_settings({}).force_motion_verbs


@slow
@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Hundreds of marines landed on the island at dawn.", "landed", "marines"),
        ("Rebel fighters advanced on the capital overnight.", "advanced", "Rebel fighters"),
        ("Peacekeepers approached the village cautiously.", "approached", "Peacekeepers"),
        ("Thousands of soldiers headed to the border region.", "headed", "soldiers"),
        # a formation's "of" phrase, people told armed, one seen doing it
        ("A column of tanks approached the town.", "approached", "tanks"),
        ("Busloads of armed men were seen heading toward the valley.", "heading", "men"),
        # a force's arrival with no place named (`forces-arrive` without its "in")
        ("The battalions which arrived today will join the others.", "arrived", "battalions"),
        ("Masked soldiers arrived first, followed by tanks.", "arrived", "soldiers"),
    ],
)
def test_a_force_moving_is_deployed(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in events(nlp, text) if e.trigger == trigger]
    assert found and found[0].type == "MOBILIZE", _typed(nlp, text)
    assert actor in [a.text for a in found[0].actors] or found[0].actors[0].text.endswith(actor)


@slow
@pytest.mark.parametrize(
    "text",
    [
        "The army chief landed in Delhi on Monday.",  # one of a force's people
        "The foreign minister arrived in Kabul for talks.",
        "Fire fighters arrived at the scene within minutes.",
        "The army advanced a proposal for a ceasefire.",  # no place moved to
        "Australian troops arrived home yesterday.",  # a return
        "The UN force commander arrived in Dili.",
        "Troops descended on the meeting.",  # no ground moved onto
        "An aid convoy approached the town.",  # no armed force
        # a movement in progress a "when" clause interrupts is that act's setting
        "The militants were heading to the valley when they ran into an army post and fired.",
        "A group of protesters advanced on the parliament.",
        "Rebels intruded on the talks.",  # no verb of the class (the table review's reading)
    ],
)
def test_no_armed_force_moving_no_deployment(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in events(nlp, text) if e.type == "MOBILIZE"], _typed(nlp, text)
