"""Wire datelines: their words are never participants, on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import events, one

from chronicler.annotate.datelines import in_dateline, is_dash

pytestmark = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - The senator was detained.",
        "CARACAS, Venezuela (AP) — The senator was detained.",
        "LIMA, 3 de marzo (EFE).- The senator was detained.",
        "BOGOTA.- The senator was detained.",
    ],
)
def test_datelines_words_before_the_dash(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    senator = next(t for t in doc if t.text == "senator")
    assert in_dateline(doc[0]) and not in_dateline(senator)


def test_datelines_none_without_a_place_in_capitals_or_an_agency(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police - who had been warned - detained the senator.")
    assert not any(in_dateline(t) for t in doc)


def test_datelines_none_for_an_acronym_opening_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("NATO leaders — who met in Brussels — agreed to send troops.")
    assert not any(in_dateline(t) for t in doc)


def test_datelines_a_split_hyphen_is_no_dash(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("NATO's well-known envoy met the senator.")
    assert not any(is_dash(t) for t in doc)


@pytest.mark.parametrize(
    "text",
    [
        "CARACAS, Venezuela (AP) — The mayor of Caracas was arrested on Monday by police.",
        "WASHINGTON (Reuters) - The mayor of Caracas was arrested on Monday by police.",
    ],
)
def test_datelines_place_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, text), "arrest")
    assert [t.text for t in ev.targets] == ["mayor of Caracas"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The general — a veteran of the civil war — ordered the arrest of the mayor.", "general"),
        ("The minister - a former judge - ordered the arrest of the mayor.", "minister"),
    ],
)
def test_datelines_an_aside_between_dashes_is_no_dateline(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    # the subject keeps its place: the apposition after the dash is an aside, not the words
    # a dateline stands before
    ev = one(events(nlp, text), "arrest")
    assert [a.text for a in ev.actors] == [actor]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Indianapolis – Several thousand teachers detained the senator.", "Indianapolis"),
        ("Earlier report.\nDekalb, Ill. — Several thousand teachers detained him.", "Dekalb"),
    ],
)
def test_datelines_a_place_in_title_case_opening_a_line(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    """A dateline set in title case on a line of its own ("Indianapolis –"): the parser makes
    the place the subject; the people after the dash did it."""
    doc = nlp(text)
    assert in_dateline(next(t for t in doc if t.text == place))
    ev = one(events(nlp, text), "arrest")
    assert [a.text for a in ev.actors] == ["teachers"]


def test_datelines_a_place_set_off_by_dashes_mid_line_is_no_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("He said Caracas – the capital – was calm, and Sondland — a hotelier — agreed.")
    assert not any(in_dateline(t) for t in doc)


@pytest.mark.parametrize(
    "text",
    [
        "Posted on Monday\nSydney / Canberra : Federal police arrested two men and seized their "
        "passports .",
        "Posted on Monday\nMoscow: Federal police arrested two men and seized their passports.",
    ],
)
def test_datelines_places_in_title_case_closed_by_a_colon(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A dateline of places in title case closed by a colon opens the paragraph: the places
    are where the report was filed, not the arresters, nor whom "their" stands for."""
    evs = events(nlp, text)
    assert [a.text for a in one(evs, "arrest").actors] == ["Federal police"]
    assert "Sydney" not in str(one(evs, "seize").targets)
    assert "Moscow" not in str(one(evs, "seize").targets)


def test_datelines_a_headline_names_its_speaker_before_a_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    # a headline (no full stop) says who speaks: no dateline
    doc = nlp("Earlier report.\nNigeria: Rebels must lay down their arms\nThe minister spoke.")
    assert not any(in_dateline(t) for t in doc)


def test_datelines_a_dateline_in_capitals_with_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = one(events(nlp, "LAGOS, Nov 11 - Nigerian Navy commandos arrested 23 pirates."), "arrest")
    assert [a.text for a in ev.actors] == ["Nigerian Navy commandos"]
