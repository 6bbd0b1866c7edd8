"""Unseen nouns spelled as their verb (events_unseen, `noun_reads_verb`, events-unseen 1.18.0)."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from event_helpers import events

from chronicler.annotate.events import extract_events
from chronicler.annotate.events_unseen_data import load_settings, parse_settings, table_entry
from chronicler.annotate.events_vocab import load_vocab
from chronicler.model import EventMention

slow = pytest.mark.slow  # needs the spaCy pipeline (loaded once per session)


def _unseen(evs: tuple[EventMention, ...]) -> list[EventMention]:
    return [e for e in evs if dict(e.attributes)["rule"].endswith("+unseen")]


def test_setting_reads_and_defaults_off() -> None:
    assert load_settings().noun_reads_verb
    assert not parse_settings({}).noun_reads_verb


def test_the_table_has_the_verb_row_and_no_noun_row() -> None:
    """The case the setting is for: WordNet's first noun sense of "patrol" is the detachment
    (noun.group), so the noun has no row; the verb has one."""
    assert table_entry("patrol", "n") is None
    assert table_entry("patrol", "v") is not None


@slow
@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry ordered patrols by army troops along the northern border.",
        "Soldiers began night patrols in the villages near the lake on Tuesday.",
    ],
)
def test_noun_with_no_row_reads_its_verbs_row(nlp: Any, text: str) -> None:
    """An unseen noun with no row of its own is the act of the verb spelled as it: "patrols"
    through the verb "patrol" ("police", a troop movement), MOBILIZE."""
    reduced = partial(extract_events, vocab=load_vocab().without_trigger("patrol"))
    (ev,) = _unseen(events(nlp, text, extract=reduced))
    assert (ev.type, ev.trigger.split()[-1]) == ("MOBILIZE", "patrols")


@slow
@pytest.mark.parametrize(
    "text",
    [
        "Police found a knife and a bag of stones in the car of the suspect.",
        "The trade between China and Russia grew by ten percent last year.",
        "His run for the presidency ended after the scandal.",
        "Rebels made a push toward the capital on Sunday, residents said.",
    ],
)
def test_things_and_everyday_nouns_stay_untyped(nlp: Any, text: str) -> None:
    """Nouns of things and of everyday acts spelled as a verb with a row find no event: the
    verb's vote still needs its anchors, its corroboration and the noun's parties."""
    assert not _unseen(events(nlp, text))
