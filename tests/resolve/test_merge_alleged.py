"""A party alleged in one source and established in another (MergedEvent.alleged_actor_ids)."""

from __future__ import annotations

from chronicler.model import EventDate, EventMention, Participant
from chronicler.resolve.merge import MergedEvent, SourcedMention

HADDAD = "person:samir haddad"


def _source(article: str, alleged: bool) -> SourcedMention:
    event = EventMention(
        type="ASSAULT",
        mode="explosives",
        cameo="183",
        trigger="bombings",
        trigger_start=0,
        trigger_end=8,
        sentence=0,
        sentence_start=0,
        sentence_end=40,
        actors=(Participant("Samir Haddad", 0, 12, label="PERSON", alleged=alleged),),
        date=EventDate("1998-08-07", "sentence", "exact", "day"),
    )
    ids = frozenset({HADDAD})
    return SourcedMention(
        article, 0, event, ids, frozenset(), "2024-06-01", "", ids if alleged else frozenset()
    )


def _merged(*members: SourcedMention) -> MergedEvent:
    return MergedEvent("a:0", "ASSAULT", "explosives", "1998-08-07", members)


def test_alleged_in_every_source_stays_alleged() -> None:
    event = _merged(_source("a", True), _source("b", True))
    assert event.alleged_actor_ids == {HADDAD}
    assert event.alleged_actor_names == {"Samir Haddad"}


def test_established_in_one_source_is_established_with_both_sources_kept() -> None:
    event = _merged(_source("a", True), _source("b", False))
    assert event.alleged_actor_ids == frozenset()
    assert event.alleged_actor_names == frozenset()
    assert event.article_ids == ["a", "b"]
    assert event.actor_ids == {HADDAD}
