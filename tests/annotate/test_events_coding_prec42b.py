"""Senses of Australian and world news English from the forty-second session's Lee corpus
audit (prec42b): a precaution against fire or a rule on a substance banned, someone's
understanding, people coached to speak for the public. Sentences written for the tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _triggered(nlp, text: str, trigger: str) -> list:  # type: ignore[no-untyped-def]
    return [e for e in events(nlp, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A total fire ban has been declared for the district this weekend.", "ban"),
        ("Asbestos will be prohibited in new buildings under the code.", "prohibited"),
        ("The council banned fireworks in the park.", "banned"),
        ("The state imposed a ban on pesticides near rivers.", "ban"),
        ("The smoking ban angered pub owners.", "ban"),
    ],
)
def test_a_hazard_banned_is_no_coercion(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _triggered(nlp, text, trigger) == [], text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The junta banned the opposition party.", "banned"),
        ("A ban on rallies was imposed in the capital.", "ban"),
        ("The ban fired up the opposition.", "ban"),
    ],
)
def test_a_party_or_its_activity_banned_stays_a_ban(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), trigger)
    assert (ev.type, ev.mode) == ("COERCE", "ban"), text


@pytest.mark.parametrize(
    "text",
    [
        '"Our understanding is that the fee has not been paid," the auditor said.',
        "To my understanding, the board never met.",
    ],
)
def test_someones_understanding_is_a_belief(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _triggered(nlp, text, "understanding") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The two countries reached an understanding on the border.",
        "Syria's understanding with Iran worried its neighbours.",
    ],
)
def test_an_understanding_reached_stays_an_agreement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), "understanding").type == "AGREE", text


def test_people_coached_to_speak_are_no_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The agency is training exiles to appear on talk shows and write articles."
    assert _triggered(nlp, text, "training") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army trained the rebels to fight.", "trained"),
        ("The militia trained hundreds of recruits near the border.", "trained"),
    ],
)
def test_forces_trained_stay_mobilized(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert by_trigger(events(nlp, text), trigger).type == "MOBILIZE", text


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Officials say more raids will be launched against the two gangs.", "gangs"),
        ("The raid against the cartel ended at dawn.", "cartel"),
    ],
)
def test_a_raid_against_a_group_is_on_that_group(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    ev = by_trigger(events(nlp, text), "raids" if "raids" in text else "raid")
    assert target in [t.text for t in ev.targets], text
