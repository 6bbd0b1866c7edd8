"""Road crashes told in more ways (events_senses_traffic, vocabulary 1.388.0): one on the road
struck, a car struck with, a pronoun's collision in a crash's article, a reckless driver
mowing someone down, an engine gunned; attacks told alike stay. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def triggers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger.lower() for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # one on the road as the object (`road_victims`)
        ("The defendant is accused of driving drunk and striking a pedestrian.", "striking"),
        ("A teenager hit a cyclist on the bridge and kept going.", "hit"),
        # struck "with" a vehicle
        ("Smith struck the woman with his Honda Civic as he drove north.", "struck"),
        # a reckless or hit-and-run driver mowing someone down
        ("A grandmother was mowed down by a drunken hit-and-run driver on Friday.", "mowed down"),
        # an engine gunned (`firearms` objects_not)
        ("The driver gunned the engine and sped away.", "gunned"),
    ],
)
def test_more_road_crashes_are_no_attack(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in triggers(nlp, text)


def test_a_pronoun_striking_in_a_road_crash_article_and_its_harm_are_no_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A driver was charged with DWI after police say he struck and killed a woman on Elm "
        "Street. Witnesses said the driver hit her with his pickup truck and sped off."
    )
    assert not {"struck", "killed"} & set(triggers(nlp, text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a pronoun's blow in a sentence naming no driver stays, crash or not in the article
        (
            "A man was arrested after he struck a guard at the bank. "
            "Witnesses said a car hit a cyclist nearby.",
            "struck",
        ),
        ("A truck mowed down dozens of people on the promenade.", "mowed down"),
        ("The rebels mowed down the villagers with machine guns.", "mowed down"),
        ("The attacker rammed his car into the crowd and mowed down a pedestrian.", "mowed down"),
        ("Gunmen shot a pedestrian in the market.", "shot"),
        ("The soldiers gunned down a pedestrian.", "gunned down"),
        ("Police said he struck the guard with a baseball bat.", "struck"),
    ],
)
def test_attacks_told_alike_stay(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.trigger.lower() == trigger and e.type == "ASSAULT" for e in events(nlp, text))
