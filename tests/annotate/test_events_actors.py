"""Which words name an actor (annotate.events_actors): a time phrase names when, never who,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import by_trigger, events, has, one

from chronicler.annotate.events_actors import names_time

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    ("text", "word", "when"),
    [
        ("The evening of June 9 the editor was detained.", "evening", True),  # untagged
        ("Friday, soldiers detained the editor.", "Friday", True),
        ("Theresa May met the editor.", "May", False),  # months are left to the tagger
        ("Soldiers detained the editor.", "Soldiers", False),
        ("The 12-year-old was detained.", "old", False),  # an age told as a person (1.44.0)
        ("The editor was detained for a 12-year term.", "year", True),
    ],
)
def test_names_time(nlp, text: str, word: str, when: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert names_time(next(t for t in doc if t.text == word)) is when


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("The 12-year-old was stabbed outside a school on Monday.", "stabbed", None, "12-year-old"),
        ("Police arrested a 17-year-old in the park.", "arrested", "Police", "17-year-old"),
        ("The 20-year-old attacked a guard at the jail.", "attacked", "20-year-old", "guard"),
    ],
)
def test_an_age_told_as_a_person_is_a_party(  # type: ignore[no-untyped-def]
    nlp, text: str, trigger: str, actor: str | None, target: str
) -> None:
    """roles 1.44.0: "The 10-year-old was shot": the tagger calls the age a date, yet the
    phrase is the person shot (parse_mending makes its "old" a noun)."""
    ev = by_trigger(events(nlp, text), trigger)
    assert has(ev.targets, target)
    assert has(ev.actors, actor) if actor else not ev.actors


def test_time_made_a_subject_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "evening" a second subject of the passive, its date under it
    ev = one(events(nlp, "The evening of June 9 the editor was detained."), "arrest")
    assert has(ev.targets, "editor") and not has(ev.targets, "evening")


def test_a_title_read_as_a_second_subject_is_the_named_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Maduro's deputy Delcy Rodriguez met ...", parsed with two subjects: the deputy is
    Delcy Rodriguez, and Maduro owning the title is no party (events_subjects._without_titles)."""
    evs = events(nlp, "Maduro's deputy Delcy Rodriguez met the Spanish ambassador on Monday.")
    met = next(e for e in evs if e.trigger == "met")
    assert [a.text for a in met.actors] == ["Delcy Rodriguez"]


@pytest.mark.parametrize("body", ["gang", "mob", "cartel"])
def test_a_band_of_people_can_act(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    # vocabulary 1.228.3: the subject of a verb of carrying out is the doer
    ev = by_trigger(events(nlp, f"The {body} carried out an attack on the village."), "attack")
    assert [a.text for a in ev.actors] == [body]


def test_a_who_on_a_word_for_no_person_is_the_person_in_its_of_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    # roles 1.167.0: "the death of their pastor, who was stabbed": the pastor was stabbed
    text = "Relatives mourned the death of their pastor, who was stabbed outside the church."
    assert has(by_trigger(events(nlp, text), "stabbed").targets, "pastor")


def test_a_who_on_a_person_stays_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The leader of the rebels, who was arrested on Monday, denied the charges."
    assert has(by_trigger(events(nlp, text), "arrested").targets, "leader")


def test_a_relative_set_off_by_a_comma_stands_for_the_phrase_before_it(nlp):  # type: ignore[no-untyped-def]
    # the parser hangs the "that" clause on the main verb: the ambush kills, never "that"
    text = (
        "The curfew followed a rebel ambush on a truck carrying soldiers in the north, that"
        " killed 10 people."
    )
    killing = by_trigger(events(nlp, text), "killed")
    assert [a.text for a in killing.actors] == ["rebel"]
    text = (
        "The move followed a rebel ambush on a convoy in the north, that killed 10 people, and"
        " a double bombing in the capital, that injured four soldiers."
    )
    injuring = by_trigger(events(nlp, text), "injured")
    assert [a.text for a in injuring.actors] == []  # the bombing's, who is not named
