"""The passes both languages run last (events_final): each sentence keeps one main event."""

from __future__ import annotations

from chronicler.annotate.events_final import with_main_kept
from chronicler.annotate.events_salience import sentence_main
from chronicler.model import EventMention


def mention(trigger: str, sentence_start: int, main: bool = False) -> EventMention:
    return EventMention(
        type="ASSAULT",
        mode=None,
        cameo=None,
        trigger=trigger,
        trigger_start=sentence_start + 1,
        trigger_end=sentence_start + 1 + len(trigger),
        sentence=sentence_start // 100,
        sentence_start=sentence_start,
        sentence_end=sentence_start + 99,
        main=main,
    )


def test_a_sentence_whose_marked_main_was_dropped_takes_its_first_event() -> None:
    # sentence 0 kept its main; sentence 100 lost it to a later pass: its first one is main
    events = (
        mention("shelled", 0),
        mention("attacked", 0, main=True),
        mention("statement", 100),
        mention("bombed", 100),
    )
    kept = with_main_kept(events)
    assert [e.main for e in kept] == [False, True, True, False]
    assert with_main_kept(kept) == kept


def test_the_benchmarks_read_the_marked_main_else_the_first() -> None:
    events = (mention("shelled", 0), mention("attacked", 0, main=True))
    assert sentence_main(events) == events[1]
    assert sentence_main(events[:1]) == events[0]
    assert sentence_main(()) is None
