"""An act told to the reader ("you", "your") outside a quotation is no event; quoted speech
and third-person reports keep theirs (vocabulary 1.117.1)."""

from __future__ import annotations

import pytest
from event_helpers import events


def _triggers(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger.lower() for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The sooner you embrace your new role as a manager, the sooner it pays.", "embrace"),
        ("As a nutrition coach, I want to help you enjoy every holiday meal.", "help"),
        ("Editors will ask you to write guest columns for them.", "ask"),
        ("Good mentors will support you when a client walks away.", "support"),
        # an apostrophe opens no quotation (quotes.py counts double marks only)
        ("The firm's advisers will help you plan your retirement.", "help"),
        # the reader as the reflexive subject of the act (vocabulary 1.204.0)
        ("As you grow, you'll find yourself being asked to speak at online events.", "asked"),
        ("You may find yourself invited to lead a panel at conferences.", "invited"),
    ],
)
def test_an_act_told_to_the_reader_is_no_event(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a "you" in quoted speech is someone the speaker addresses
        ('He said the minister "will do anything you ask him to."', "ask"),
        ("“You will be arrested if you return,” the colonel told the editor.", "arrested"),
        # a quotation running on to a second sentence of its paragraph
        ("“We came in peace. We will help you rebuild,” the envoy said.", "help"),
        # third-person reports are untouched
        ("The governor helped the flood victims with food and blankets.", "helped"),
        ("Police arrested two students in the capital on Monday.", "arrested"),
    ],
)
def test_quoted_or_third_person_acts_stay(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the writer's own doings in a column or a review (vocabulary 1.127.0)
        ("I suggested my brother try the cheaper headphones first.", "suggested"),
        ("At that price I can't recommend anyone buy the deluxe edition.", "recommend"),
        ("Two years ago I was invited to speak at a poetry festival in Bath.", "invited"),
        ("Last spring I found myself being asked to judge a baking contest.", "asked"),
    ],
)
def test_the_writers_own_doing_is_no_event(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # quoted, or handed to a speaker by a reporting clause
        ("“I urged him to free the hostages,” the envoy said.", "urged"),
        ("I will not resign over these charges, the mayor told reporters.", "resign"),
        ("Police detained the man who attacked me, the shopkeeper said.", "detained"),
        # no first person: untouched
        ("The senator urged the governor to pardon the inmates.", "urged"),
        ("The senator found himself being asked to resign by his own party.", "asked"),
    ],
)
def test_first_person_acts_of_a_speaker_stay(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an act the reader is left to do, through the noun of a permission or a chance
        ("The plan gives you permission to ignore the early stages.", "ignore"),
        # an act told in advice to the reader, under an imperative
        (
            "If you want to grow, consider joining a club where members will offer support"
            " when you need it.",
            "offer",
        ),
    ],
)
def test_acts_left_to_the_reader_or_in_advice_are_no_events(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # (a permission's act given to others, "gave the police permission to search", is no
        # event of its own since the fortieth session: left40b, as a right or a warrant)
        ("Watch: police arrest 20 protesters after you voted.", "arrest"),
        ("Consider how the army arrested protesters last year.", "arrested"),
    ],
)
def test_acts_left_to_others_or_after_a_headline_stay(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in _triggers(nlp, text)
