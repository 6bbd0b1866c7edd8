"""Event dates: an event takes its date from its own sentence's time expression,
else from the discourse (the last dated sentence of its paragraph or of the three before
it, across a paragraph break only if that date is not old background, never from a past
perfect nor a time a plan is set for), else from the article date marked "approximate" (but
not for an act told as the first of a sequence, "first took refuge"). A duration next to the trigger
("spent five years in prison", "five years after he was arrested") dates the start
of an episode whose end is known (basis "duration"). An act a past tenure frames ("while he
was in office") or told in a relative clause on a noun of a past perfect's clause ("had hidden
gifts he received") takes only a time of its own clause, else none; a past act takes no time a
plan is set for in its sentence ("ahead of a vote scheduled for next month").

`date_event` is the entry point; the rules it applies live in
- event_date_values: the event_dates.toml table, and how a time expression becomes an
  EventDate (timeline granularity, the article's date as a last resort);
- event_date_clauses: the clauses a trigger or a date sits in ("after" clauses, relative,
  participial, offence, coordinated and present-tense relative clauses);
- event_date_owners: which happening a date in the sentence belongs to when it is not the
  trigger's (another trigger's, a noun's it modifies, a state's start, a cause's effect);
- event_date_durations: penalty lengths, ages and the durations that date an episode's start;
- event_date_frame: the discourse frame carried across sentences and paragraphs;
- event_date_anchors (run over all of an article's events, after this): an act told relative
  to another the text dates ("a day after police detained him on Tuesday", "since the
  election").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.event_date_clauses import (
    CLAUSE_BREAK,
    clause_of_date,
    first_of_sequence,
    in_appended_relative,
    in_closed_relative_clause,
    in_later_subordinate,
    in_offence_clause,
    in_present_perfect,
    in_present_relative,
    in_present_state,
    in_subordinate_clause,
    opens_later_coordinate,
    own_clause_span,
    present_relative_span,
    tenure_clause,
    within_hours,
)
from chronicler.annotate.event_date_clauses import (
    bare_relative_spans as bare_relative_spans,
)
from chronicler.annotate.event_date_clauses import (
    in_present_complement as in_present_complement,
)
from chronicler.annotate.event_date_clauses import (
    in_relative_under_past_perfect as in_relative_under_past_perfect,
)
from chronicler.annotate.event_date_clauses import (
    tells_document_content as tells_document_content,
)
from chronicler.annotate.event_date_clauses import told_in_past as told_in_past
from chronicler.annotate.event_date_durations import duration_date
from chronicler.annotate.event_date_frame import (
    discourse_date,
    in_quotation,
    planned_for,
    quoted_at,
    tally_to_date,
)
from chronicler.annotate.event_date_frame import follows_by_days as follows_by_days_of
from chronicler.annotate.event_date_owners import causes as causes
from chronicler.annotate.event_date_owners import (
    owned_points,
    range_start,
)
from chronicler.annotate.event_date_owners import rival_spans as rival_spans
from chronicler.annotate.event_date_values import (
    article_date,
    datable,
    distance,
    from_point,
    in_sentence,
)
from chronicler.annotate.event_date_values import event_dates_version as event_dates_version
from chronicler.annotate.event_date_values import timeline_value as timeline_value
from chronicler.annotate.timex_calendar import granularity_of
from chronicler.model import EventDate, PublicationDate, Sentence, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Token


def custody_started(
    trigger_modes: Iterable[tuple[int, str | None]],
    sentences: Sequence[Sentence],
    start_modes: frozenset[str],
    end_modes: frozenset[str],
) -> frozenset[int]:
    """Sentences (by index) that report a custody's start (an arrest) but not its end, from
    each trigger's character offset and mode: a custody's end dated through the discourse
    stops there (`barred` of `date_event`)."""
    if not sentences:
        return frozenset()
    starts = [s.start for s in sentences]

    def position(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    modes = list(trigger_modes)
    started = {position(o) for o, mode in modes if mode in start_modes}
    ended = {position(o) for o, mode in modes if mode in end_modes}
    return frozenset(sentences[p].index for p in started - ended)


def date_event(
    sentence_index: int,
    trigger_start: int,
    trigger_end: int,
    times: Sequence[TimeExpression],
    published: PublicationDate,
    sentences: Sequence[Sentence],
    barred: frozenset[int] = frozenset(),
    rivals: Sequence[tuple[int, int]] = (),
    mode: str | None = None,
    root: bool = False,
    follows_by_days: bool = False,
    past: bool = False,
    background: bool = False,
    relatives: Sequence[tuple[int, int]] = (),
) -> EventDate:
    """Date of the event whose trigger is at [trigger_start, trigger_end) in the sentence.
    The discourse fallback stops at a `barred` sentence (by index): the narrative there is
    at an earlier stage than this event, so its time is not this event's. An event that
    `follows_by_days` the step the narrative told before it (a court's remand, decided at a
    hearing in the days after the arrest) keeps only the month of a carried day, as does a
    charge or an accusation (`follows_by_days` in event_dates.toml). `rivals` are the
    character spans of the sentence's other event triggers, which may own a date; `mode`,
    the event's, says whether a later clause may tell its offence (`in_offence_clause`);
    `root`, that the parse makes the trigger the sentence's main verb, which no relative
    clause before it holds ("agents, who were guarding his home, freed him" with the closing
    comma left out), or puts it in a relative clause telling what a document says, of the
    document's own occasion ("approved a resolution on Wednesday, which condemned ...");
    `past`, that the act is told in a past tense, so no time a plan is set for in its
    sentence is its date ("arrested ahead of a vote scheduled for next month"); `background`,
    that the act is told in a relative clause on a noun of a past perfect's clause ("had
    hidden the proceeds of selling gifts he received"), so only a time after it in its own
    clause is its own; `relatives`, the spans of the sentence's relative clauses opened by a
    bare "that"/"que" (event_date_clauses.bare_relative_spans)."""
    by_index = {s.index: pos for pos, s in enumerate(sentences)}
    pos = by_index.get(sentence_index)
    if pos is None:
        return article_date(published)
    sentence = sentences[pos]
    own = [t for t in times if in_sentence(t, sentence)]

    # 1. a point date in the same sentence, nearest to the trigger
    points = [t for t in own if datable(t)]
    holding = [r for r in relatives if r[0] <= trigger_start < r[1]]
    # "arrested the activist that organised the march on Friday": Friday is the organising's,
    # in a relative clause that does not hold the trigger
    points = [
        t
        for t in points
        if not any(r[0] <= t.start and t.end <= r[1] and r not in holding for r in relatives)
    ]
    if holding and not root:
        # "... the activist that organised the march", told in a sentence dated by its main
        # clause: the clause names who the activist is, by an act of its own time, not the
        # arrest's; with no time of its own it is as of the report (a document's content,
        # "aprobó el miércoles una resolución que condena ...", is of its occasion: `root`)
        inner = min(holding, key=lambda r: r[1] - r[0])
        dated_main = bool(points)
        points = [t for t in points if inner[0] <= t.start and t.end <= inner[1]]
        if not points and dated_main:
            return article_date(published)
    if not quoted_at(sentence, trigger_start, trigger_end):
        # "“... investigations into the Bidens and Burisma in 2016,” Vindman testified": a time
        # of the quoted speech is what the speaker tells of, not the saying's nor an act's
        # told outside the quotation
        points = [t for t in points if not in_quotation(t, sentence)]
    tenure = tenure_clause(sentence, trigger_start, trigger_end)
    if tenure is None and background:
        # "had hidden the proceeds of selling gifts he received": earlier than a past perfect
        tenure = own_clause_span(sentence, trigger_start, trigger_end)
    if tenure is not None:
        # "gifts he received from foreign leaders while he was in office": only a time the
        # tenure's clause tells is the act's, else none (neither the narrative's nor the report's)
        inside = [t for t in points if tenure[0] <= t.start and t.end <= tenure[1]]
        if not inside:
            return EventDate(value=None, basis="unknown", certainty="inferred")
        points = inside
    if past:
        # "arrested Khan ahead of a vote scheduled for next month": what is to come dates no
        # past act, only the plan's own noun ("a vote scheduled for next month")
        points = [
            t
            for t in points
            if not planned_for(t, sentence) or _plans_own_noun(sentence, trigger_end, t)
        ]
    if mode is not None:
        points = [t for t in points if not in_offence_clause(t, sentence, trigger_end, mode)]
    from_duration = duration_date(own, points, sentence, trigger_start, trigger_end, published)
    if from_duration is not None:
        return from_duration
    hung_on = clause_of_date(points, sentence, trigger_start)
    if hung_on is not None:
        return from_point(hung_on, "sentence")
    opened = in_subordinate_clause(sentence, trigger_start)
    hours_apart = opened is not None and within_hours(sentence, opened)
    if hours_apart:  # "arrested on Saturday, shortly after a court convicted him": Saturday
        opened = None
    # a relative clause closed before the trigger tells its noun's own act, at its own time,
    # not the main clause's ("freed X, the blogger whose arrest five years ago set off
    # protests, hours after Y met Z"; "Whelan, who was detained in December 2018, was serving
    # a 16-year sentence"; "X, que fue detenido en mayo de 2019, cumplía una condena")
    points = [
        t
        for t in points
        if not in_closed_relative_clause(t, sentence, trigger_start, set_off=not hours_apart)
    ]
    relative = (
        in_appended_relative(sentence, trigger_start) if opened is None and not root else None
    )
    if relative is not None:
        # "salieron este miércoles rumbo a México, que les concedió asilo": the relative
        # clause tells what its noun did before, not on the main clause's day; with no date
        # of its own it is as of the report
        dated_main = bool(points)
        points = [t for t in points if t.start >= relative]
        if not points and dated_main:
            return article_date(published)
        # with no date in the sentence at all ("He flew to Mexico, which granted him
        # asylum"), the clause goes on in the frame of the sentences before, as its main one
    if opened is not None:
        # "left late Saturday, days after a judge ordered his arrest": not Saturday's
        points = [t for t in points if t.start >= opened]
    points = [
        t
        for t in points
        if not in_later_subordinate(t, sentence, trigger_end)
        and not opens_later_coordinate(t, sentence, trigger_end)
    ]
    points = owned_points(points, sentence, trigger_start, trigger_end, rivals)
    if points:
        text, base = sentence.text, sentence.start

        def rank(t: TimeExpression) -> tuple[bool, int, int]:
            # its own clause first ("arrested in 2018 and freed on Saturday"), then nearest
            lo, hi = sorted(
                (t.end, trigger_start) if t.end <= trigger_start else (trigger_end, t.start)
            )
            crosses = bool(CLAUSE_BREAK.search(text[lo - base : hi - base]))
            return crosses, distance(t, trigger_start, trigger_end), t.start

        best = min(points, key=rank)
        dated = from_point(range_start(best, points, sentence), "sentence")
        return replace(dated, certainty="approximate") if hours_apart else dated
    # "now", "currently": the article's own time
    if any(t.value == "PRESENT_REF" for t in own) and published.value:
        return EventDate(
            value=published.value,
            basis="sentence",
            certainty="approximate",
            granularity=granularity_of(published.value),
        )

    # before or after the time its clause hangs on: not known; within hours of a main clause
    # the sentence does not date ("Shortly after Maduro's seizure ..., Trump announced"), it
    # is not the day the narrative carries either
    if opened is not None or hours_apart:
        return EventDate(value=None, basis="unknown", certainty="inferred")

    if tally_to_date(sentence, trigger_start):
        return article_date(published)

    # 2. discourse: the most recent dated sentence before it, in its paragraph or, unless it is
    # old background, in the paragraphs before (carries_frame)
    by_days = follows_by_days or follows_by_days_of(mode)
    carried = discourse_date(sentences, pos, times, published, barred, by_days)
    if carried is not None:
        return carried

    # 3. the article date, but not for an act told as the first of a sequence ("first took
    # refuge"): that is background to later acts, not as of the report
    if first_of_sequence(sentence, trigger_start, trigger_end):
        return EventDate(value=None, basis="unknown", certainty="inferred")
    return article_date(published)


# At most this many words between a plan's noun and its time ("a vote scheduled for next
# month", "las elecciones previstas para noviembre").
_PLAN_NOUN_GAP = 3


def _plans_own_noun(sentence: Sentence, trigger_end: int, t: TimeExpression) -> bool:
    """The trigger is the noun a plan time is set for, right before it ("a vote scheduled for
    next month")."""
    if t.start < trigger_end:
        return False
    between = sentence.text[trigger_end - sentence.start : t.start - sentence.start]
    return len(between.split()) <= _PLAN_NOUN_GAP and not CLAUSE_BREAK.search(between)


def as_of_report(
    trigger: Token, dated: EventDate, times: Sequence[TimeExpression], published: PublicationDate
) -> EventDate:
    """The article's date for an act its tense holds as of the report, whatever time the
    narrative or another clause of its sentence tells: a present-tense relative clause ("the
    compound where X is serving a sentence"; "la condena que le impuso el martes un juez, al
    que acusa de parcialidad": the accusing is now, Tuesday is the sentencing's), a present
    complement of a past verb ("said the complaint asks the court"), a present perfect that
    would otherwise go on in a day carried from an earlier sentence ("Students have burned
    tyres", "han quemado neumáticos")."""
    if dated.basis == "discourse" and (
        in_present_relative(trigger)
        or in_present_complement(trigger)
        or in_present_perfect(trigger)
        # "He was arrested in 2015. He is serving a life sentence": a state as of the report
        or in_present_state(trigger)
    ):
        return article_date(published)
    span = present_relative_span(trigger) if dated.basis == "sentence" else None
    if span is not None and not any(span[0] <= t.start and t.end <= span[1] for t in times):
        return article_date(published)
    return dated
