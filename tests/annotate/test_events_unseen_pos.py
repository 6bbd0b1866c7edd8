"""An unseen word per part of speech (events_unseen, `listed_by_pos`, events-unseen 1.21.0),
and the table's third reading (table version 11)."""

from __future__ import annotations

from typing import Any

import pytest
from event_helpers import events

from chronicler.annotate.events_unseen import _index
from chronicler.annotate.events_unseen_data import load_settings, parse_settings, table_entry
from chronicler.annotate.events_vocab import load_vocab
from chronicler.model import EventMention

slow = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _unseen(evs: tuple[EventMention, ...]) -> list[EventMention]:
    return [e for e in evs if dict(e.attributes)["rule"].endswith("+unseen")]


def test_setting_reads_and_defaults_off() -> None:
    assert load_settings().listed_by_pos
    assert not parse_settings({}).listed_by_pos


def test_a_word_is_listed_as_its_rules_part_of_speech() -> None:
    """The noun "loan" is listed, the verb not; the verb "kill" is, the noun not: each is known
    as that part of speech, unseen as the other; a phrase's head is known as both."""
    index = _index(load_vocab(), load_settings())
    assert "loan" in index.listed_as["n"] and "loan" not in index.listed_as["v"]
    assert "kill" in index.listed_as["v"] and "kill" not in index.listed_as["n"]
    heads = {head for rule in load_vocab().rules for head, _ in rule.phrases}
    assert all(h in index.listed_as["v"] and h in index.listed_as["n"] for h in heads)


@slow
def test_a_verb_listed_only_as_a_noun_is_typed_by_its_row(nlp: Any) -> None:
    """The noun "loan" no longer takes the table's verb reading away: "loaned" is AID through
    "lend" and "give", as an unlisted verb would be."""
    text = "The World Bank loaned Greece ten billion euros last year."
    found = {(e.type, e.trigger) for e in _unseen(events(nlp, text))}
    assert ("AID", "loaned") in found


@slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "border" is a listed verb: the noun reads no verb row of its ("surround", a blockade)
        ("Ethiopia reopened its borders to traders on Monday.", "borders"),
        ("Troops from Chad crossed the border into Sudan.", "border"),
        # rows of words unseen as one part of speech since 1.21.0, left out (table version 11)
        ("The ministry awarded the contract to a Chinese firm last year.", "awarded"),
        ("The army requisitioned trucks from farmers in the north.", "requisitioned"),
        ("Floods ravaged villages along the river in Bangladesh.", "ravaged"),
    ],
)
def test_the_other_part_of_speech_of_a_listed_word_stays_untyped(
    nlp: Any, text: str, word: str
) -> None:
    assert not [e for e in _unseen(events(nlp, text)) if word in e.trigger.split()]


def test_the_third_reading_left_its_rows_out() -> None:
    for word, pos in [("counting", "n"), ("examination", "n"), ("render", "v"), ("onset", "n")]:
        assert table_entry(word, pos) is None, word
    # kept: the type is right for the word's usual news sense
    for word, pos in [("onslaught", "n"), ("enlist", "v"), ("plunder", "v"), ("inquest", "n")]:
        assert table_entry(word, pos) is not None, word


@slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials began the counting of votes in Kabul on Sunday.", "counting"),
        ("The opposition remarked on the minister's absence from the debate.", "remarked"),
        ("The new law rendered the old permits void.", "rendered"),
        ("The president slapped the table during the meeting.", "slapped"),
        ("Doctors carried out an examination of the prisoner on Monday.", "examination"),
    ],
)
def test_usual_senses_the_third_reading_left_out_stay_untyped(
    nlp: Any, text: str, word: str
) -> None:
    assert not [e for e in _unseen(events(nlp, text)) if word in e.trigger.split()]


@slow
def test_a_kept_row_still_types_between_parties(nlp: Any) -> None:
    """The rows of "equip" and "furnish" were read and kept: arming a party is AID (the parties
    checks leave "equipped the schools with computers" untyped)."""
    text = "The United States equipped the Iraqi army with tanks."
    found = {(e.type, e.trigger) for e in _unseen(events(nlp, text))}
    assert ("AID", "equipped") in found
