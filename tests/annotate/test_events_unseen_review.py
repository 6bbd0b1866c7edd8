"""The WordNet table as the hand review leaves it (unseen.toml [table_review], read by
bench/build_unseen_wordnet.py; events-unseen 1.19.0, table version 9; read again in
events-unseen 1.20.1, table version 10; and in events-unseen 1.25.0, table version 13, the rows
the fallback fired on in real news)."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from event_helpers import events

from chronicler.annotate.events_unseen_data import table_entry
from chronicler.model import EventMention
from chronicler.settings import data_path

slow = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _review() -> dict[str, dict[str, str]]:
    with data_path("events", "unseen.toml").open("rb") as fh:
        return dict(tomllib.load(fh)["table_review"])


def _unseen(evs: tuple[EventMention, ...]) -> list[EventMention]:
    return [e for e in evs if dict(e.attributes)["rule"].endswith("+unseen")]


def test_every_review_entry_names_a_row_and_a_reason() -> None:
    review = _review()
    assert set(review) == {"none", "shipped"}
    for entries in review.values():
        for key, reason in entries.items():
            word, _, pos = key.rpartition(".")
            assert word and pos in ("v", "n") and len(reason) > 20, key
    assert not set(review["none"]) & set(review["shipped"])


def test_rows_judged_wrong_are_not_in_the_table() -> None:
    for key in _review()["none"]:
        word, _, pos = key.rpartition(".")
        assert table_entry(word, pos) is None, key


def test_a_change_judged_wrong_keeps_the_row_as_it_was() -> None:
    """The noun "shock" is left out; "feud" keeps version 8's row, whose one link ("battle",
    through its third sense) is too faint to vote, not the rebuild's "conflict"."""
    feud = table_entry("feud", "n")
    assert feud is not None
    assert "conflict" not in {n.word for n in feud.neighbours}
    assert table_entry("shock", "n") is None


@slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "shock" the noun through the rebuild's "conflict" (ASSAULT): a feeling in news
        ("Students in Paris expressed shock at the decision of the university.", "shock"),
        # "intrude on" through "invade", whose rules type a storming or a shelling
        ("Rebels intruded on the talks between Sudan and Chad.", "intruded"),
        # the review's rows left out, with no party missing
        ("Conditions in the camps of Darfur worsened after the clashes.", "worsened"),
        ("The minister shielded the company from the inquiry of the parliament.", "shielded"),
        # the second reading's rows left out (table version 10)
        ("The mother clutched her child in the crowd at the station.", "clutched"),
        ("The army advanced toward the capital on Sunday.", "advanced"),
        ("The council discussed the development of the northern district.", "development"),
        ("Engineers repaired the bridge over the river after the floods.", "repaired"),
        # the fifth reading's rows left out (table version 13): words the fallback fired on
        # in real news outside the benchmarks, in their usual senses
        ("The mayor muttered angrily about the protesters in Berlin.", "muttered"),
        ("Obama chatted with reporters aboard Air Force One.", "chatted"),
        ("Police foiled a plot to bomb the embassy in Nairobi.", "foiled"),
        ("The government will devote more money to the army.", "devote"),
        # (the small model's lemma of "coping" is "cop", whose row read an arrest)
        ("Residents of Gaza are coping with shortages of water.", "coping"),
        # the sixth reading (table version 14): "spur" prompts, no backing nor a blow
        ("Smith spurred Germany to act.", "spurred"),
        ("The attack spurred France to send troops to Mali.", "spurred"),
        # the rebuild's new rows left out (table version 14): issuing, airing, unfreezing
        ("The ministry of Iran issued new rules to the army on Monday.", "issued"),
        ("State television broadcast the speech of the president of Iran.", "broadcast"),
        ("The government of Libya unfroze the assets of the central bank.", "unfroze"),
    ],
)
def test_usual_senses_the_review_left_out_stay_untyped(nlp: Any, text: str, word: str) -> None:
    """Rows whose usual news sense the neighbours misread give no event."""
    assert not [e for e in _unseen(events(nlp, text)) if word in e.trigger.split()]


@slow
def test_a_kept_changed_row_types_its_word(nlp: Any) -> None:
    """A row the rebuild changed and the review kept: "proffer" is "offer" in its synset
    (AGREE, as the vocabulary's "offer" is), where the shipped row had only "give"'s faint
    hypernym link."""
    text = "The government proffered a truce to the rebels on Sunday."
    found = {(e.type, e.trigger) for e in _unseen(events(nlp, text))}
    assert ("AGREE", "proffered") in found


@slow
def test_a_kept_new_row_types_its_word(nlp: Any) -> None:
    """A row the rebuild of table version 14 added and the review kept: the theft words the
    vocabulary gained since neighbour "burglarise" ("burglarize", "steal")."""
    text = "The militia burglarised the offices of the opposition party in Harare."
    found = {(e.type, e.trigger) for e in _unseen(events(nlp, text))}
    assert ("COERCE", "burglarised") in found
