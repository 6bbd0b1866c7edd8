"""Act nouns coordinated with another act noun's argument (annotate/events_coordinated.py),
on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def test_an_act_noun_coordinated_with_an_of_object_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Russia's occupation of Crimea and its naval buildup": the buildup is no second
    occupied party, and it is Russia's, not the subject's of the clause."""
    evs = events(nlp, "The council condemned Iraq's invasion of Kuwait and its military buildup.")
    invasion = by_trigger(evs, "invasion")
    assert has(invasion.targets, "kuwait") and not has(invasion.targets, "buildup")
    buildup = by_trigger(evs, "buildup")
    assert has(buildup.actors, "iraq") and not has(buildup.actors, "council")


def test_a_coordinated_party_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    """A conjunct naming people or a thing stays a party of the act."""
    evs = events(nlp, "Rebels attacked the soldiers and their families near the border.")
    ev = by_trigger(evs, "attacked")
    assert has(ev.targets, "soldiers") and has(ev.targets, "families")


@pytest.mark.parametrize(
    ("text", "first", "second", "object_word"),
    [
        (
            "Police arrested and charged the mayor with fraud on Monday.",
            "arrested",
            "charged",
            "mayor",
        ),
        ("The army beat and jailed two students.", "beat", "jailed", "students"),
        ("Police arrested and later charged two men with murder.", "arrested", "charged", "men"),
    ],
)
def test_coordinated_verbs_share_the_object(  # type: ignore[no-untyped-def]
    nlp, text: str, first: str, second: str, object_word: str
) -> None:
    """ "police arrested and charged X": X is arrested too, not only charged (roles 1.39.0)."""
    evs = events(nlp, text)
    assert has(by_trigger(evs, first).targets, object_word)
    assert has(by_trigger(evs, second).targets, object_word)


def test_a_protest_verb_does_not_take_the_next_verbs_object(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Protesters marched and burned cars": the march is aimed at no car."""
    evs = events(nlp, "Protesters marched and burned cars in the capital.")
    assert not by_trigger(evs, "marched").targets
