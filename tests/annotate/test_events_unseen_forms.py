"""A verb's own noun by a regular suffix beside WordNet's derivation of the same pair
(events_unseen, `stronger_own_forms`, events-unseen 1.20.0)."""

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


def test_setting_reads_verbs_only_and_defaults_off() -> None:
    assert load_settings().stronger_own_forms == frozenset({"v"})
    assert not parse_settings({}).stronger_own_forms


def test_the_table_links_the_pair_through_a_later_sense() -> None:
    """The case the setting is for: WordNet derives "commitment" from the second sense of
    "commit" (a pledge), weighed 0.25, below the regular-suffix link's 1.0."""
    row = table_entry("commit", "v")
    assert row is not None
    (link,) = [n for n in row.neighbours if n.word == "commitment"]
    assert (link.relation, link.rank) == ("der", 1)


@slow
@pytest.mark.parametrize(
    "text",
    [
        "The finance minister said the country is committed to reforming its state banks.",
        "Both parties committed themselves to a ceasefire along the border.",
    ],
)
def test_a_verbs_own_noun_keeps_its_stronger_link(nlp: Any, text: str) -> None:
    """An unseen verb whose own noun ("commitment") the vocabulary types votes with the
    stronger of the two links: the regular suffix's, not WordNet's through a later sense."""
    reduced = partial(extract_events, vocab=load_vocab().without_trigger("commit"))
    (ev,) = _unseen(events(nlp, text, extract=reduced))
    assert (ev.type, ev.trigger.split()[0]) == ("AGREE", "committed")


@slow
@pytest.mark.parametrize(
    "text",
    [
        "The family went on vacation to the coast last summer.",
        "The governor dedicated the new bridge to the flood victims on Friday.",
    ],
)
def test_nouns_keep_wordnets_derivation_and_unrelated_senses_stay_untyped(
    nlp: Any, text: str
) -> None:
    """A noun's regular-suffix verb may name another sense ("vacation" the holiday is no
    vacating), so for nouns WordNet's derivation still decides; a verb's noun of another
    sense ("dedication" the pledge, to "dedicate" a bridge) votes nothing stronger."""
    assert not _unseen(events(nlp, text))
