"""The passes both languages run last, over all of an article's coded events, in order:
statements of intent made become events beside the acts they announce (events_speech);
departures are kept as exile only for people in legal jeopardy (events_departures); a
possessed event noun naming an act told earlier takes its date, a bare one after "after"
is that act or none, and what an act set off with no date of its own takes the act's
an act told relative to another the text dates ("a day after police detained him on
Tuesday", "since the election") is dated from it (event_date_anchors); and a custody step with
no time of its own takes the day of its person's arrest told before (events_recalled); each
sentencing's elided conjuncts are added (events_elided); and an act an anniversary marks is
dated from the anniversary's count of years or left out (events_anniversaries). Speech acts
and jeopardy are told by the English vocabulary's tables, which both languages share; term
words, anniversary nouns and their numbers are each language's own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.event_date_anchors import with_anchored_dates
from chronicler.annotate.events_anniversaries import with_anniversary_dates
from chronicler.annotate.events_departures import departures_in_jeopardy
from chronicler.annotate.events_elided import with_elided_sentencings
from chronicler.annotate.events_recalled import (
    Readings,
    recalled_happenings,
    with_arrest_dates,
    with_caused_dates,
    with_reaction_dates,
    with_recalled_dates,
)
from chronicler.annotate.events_speech import Statement, with_speech_acts
from chronicler.model import EventMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from chronicler.annotate.events_vocab import Vocab
    from chronicler.model import PublicationDate, Sentence, TimeExpression


def finish_events(
    doc: Doc,
    events: Sequence[EventMention],
    statements: Sequence[Statement | None],
    shared: Vocab,
    departure_rules: frozenset[str],
    own_words: Callable[[str], frozenset[str]],
    context: tuple[Sequence[TimeExpression], PublicationDate, Sequence[Sentence]],
    readings: Readings,
) -> tuple[EventMention, ...]:
    """`events` (each with the statement announcing it, if any) after the article passes;
    `context` is the article's times, publication date and sentences; `readings` the
    codings the language's vocabulary may give a trigger word."""
    times, published, sentences = context
    # statements are aligned with the events they announce, so departures are judged after
    spoken = with_speech_acts(events, statements, shared)
    kept = tuple(departures_in_jeopardy(spoken, departure_rules, shared.words("jeopardy_modes")))
    bare = recalled_happenings(doc, kept, readings, own_words("recalling_preps"))
    reacted = with_reaction_dates(
        doc, with_caused_dates(doc, with_recalled_dates(doc, bare, readings))
    )
    recalled = with_arrest_dates(with_anchored_dates(doc, reacted, times))
    units, preps = own_words("term_units"), own_words("term_preps")
    elided = with_elided_sentencings(doc, recalled, times, published, sentences, units, preps)
    return with_main_kept(tuple(with_anniversary_dates(doc, elided, published, own_words)))


def with_main_kept(events: tuple[EventMention, ...]) -> tuple[EventMention, ...]:
    """Each sentence keeps one main event: where a pass after the marking dropped the marked
    one (a departure of no one in jeopardy, a bare act after "after" that is the act told
    before), its first remaining event is main, as `events_salience.sentence_main` reads it."""
    marked = {e.sentence_start for e in events if e.main}
    out, seen = [], set()
    for event in events:
        if event.sentence_start not in marked and event.sentence_start not in seen:
            event = replace(event, main=True)
        seen.add(event.sentence_start)
        out.append(event)
    return tuple(out)
