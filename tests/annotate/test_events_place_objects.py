"""A place by its own name taken by force is ground seized (annotate/events_place_objects.py,
the `place_objects` condition of the vocabulary's territory rule), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels captured Mosul on Sunday.", "captured"),
        ("The insurgents have seized large parts of northern Syria.", "seized"),
        ("The militia that seized much of Libya was defeated.", "seized"),
    ],
)
def test_a_named_place_seized_is_ground_taken(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    e = by_trigger(events(nlp, text), trigger)
    assert (e.type, e.mode, e.cameo) == ("ASSAULT", "seize", "192")


@pytest.mark.parametrize(
    ("text", "trigger", "coding"),
    [
        ("Police captured Smith on Tuesday.", "captured", ("COERCE", "arrest")),
        ("Police seized part of the drug haul.", "seized", ("COERCE", "seize")),
        # a people's name the country table also knows, and a plural name counted (1.405.0)
        ("Soldiers captured 12 Iraqis at a checkpoint.", "captured", ("COERCE", "arrest")),
        ("The militia captured three Canadians last week.", "captured", ("COERCE", "arrest")),
    ],
)
def test_a_person_or_a_thing_seized_is_no_ground(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, coding: tuple[str, str]
) -> None:
    e = by_trigger(events(nlp, text), trigger)
    assert (e.type, e.mode) == coding


def test_a_town_blasted_in_an_article_of_war_is_struck(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "after blasting Gaza City and Jenin": towns by their own name, no state's, blasted in
    an article that tells of arms (`town_objects`, `armed_article_words`; prec45, vocabulary
    1.439.0)."""
    text = (
        "Army tanks moved into the north overnight. The prime minister spoke on radio after "
        "blasting Hebron and Tulkarm on Sunday."
    )
    assert by_trigger(events(nlp, text), "blasting").type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        # a state's capital stands for its government
        "Troops were on alert. The opposition leader blasted Washington on Monday.",
        # a reason given
        "Troops were on alert. The senator blasted Chicago over its crime record.",
        # no word of arms in the article
        "The premier has blasted Newcastle in a speech on Monday.",
    ],
)
def test_a_place_blasted_otherwise_stays_criticised(nlp, text) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events(nlp, text) if e.trigger.startswith("blast"))
    assert ev.type == "ACCUSE"
