"""Durations in event dating: a penalty's length ("sentenced to 25 years") and a person's age
("de 57 años") are no time elapsed; a duration in the trigger's own clause ("spent five years
in prison", "five years after he was arrested") dates an episode's start, counted back from
the point it ends at (basis "duration")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from chronicler.annotate.event_date_clauses import CLAUSE_BREAK
from chronicler.annotate.event_date_values import (
    distance,
    event_dates_table,
    from_point,
    timeline_value,
)
from chronicler.annotate.timex_calendar import granularity_of, shift_value
from chronicler.model import EventDate, PublicationDate, Sentence, TimeExpression

# A duration whose edge is this close (chars) to the trigger belongs to its clause.
DURATION_REACH = 40

# "five years after he was arrested": the duration counts back from the anchor, as it does
# over a recovery ("spent five months recovering from a poisoning").
_BACK_LINK = re.compile(
    r"^\s*(?:after|since|later|despu[eé]s|desde|(?:recover|recuperat|convalesc)\w*\s+from)\b",
    re.IGNORECASE,
)

# "in the past month", "over the last two weeks", "en el último año": a window that ends at
# the anchor, which dates every act of the sentence it frames, however far from the trigger
# it opens ("As tensions climaxed in the past month Venezuela had already released ...").
_WINDOW_BEFORE = re.compile(r"\b(?:in|over|during|within|en|durante)\s+$", re.IGNORECASE)
_WINDOW = re.compile(
    r"^(?:the\s+(?:past|last|previous)|(?:el|la|los|las)\s+(?:[uú]ltim|pasad))\b",
    re.IGNORECASE,
)

_ADJECTIVAL = re.compile(r"\w-(?:year|month|week|day|hour|decade)s?\b", re.IGNORECASE)

# "five years in prison": a duration just before its trigger noun.
SHORT_GAP = 12

# How much text before a duration is read for a penalty cue ("sentenced him last month to").
PENALTY_REACH = 60


@cache
def _penalty_cues() -> tuple[re.Pattern[str], ...]:
    cues = event_dates_table()["penalty_length"]["before"]
    return tuple(re.compile(c, re.IGNORECASE) for c in cues)


@cache
def _age_cues() -> tuple[re.Pattern[str], ...]:
    cues = event_dates_table()["age"]["before"]
    return tuple(re.compile(c, re.IGNORECASE) for c in cues)


def is_penalty_length(before: str) -> bool:
    """A duration after `before` is a penalty's length ("sentenced to 25 years", "condenado
    a 26 años"), not time that has passed since the event."""
    window = before[-PENALTY_REACH:]
    return any(cue.search(window) for cue in _penalty_cues())


def is_age(before: str) -> bool:
    """A duration after `before` is a person's age ("X, de 57 años,", "aged 57"), not time
    that has passed since the event."""
    window = before[-PENALTY_REACH:]
    return any(cue.search(window) for cue in _age_cues())


def _duration_start(duration: TimeExpression, end_value: str | None) -> EventDate | None:
    """Start of an episode of `duration` that ended at `end_value`."""
    if end_value is None or duration.value is None:
        return None
    start, _ = timeline_value(shift_value(end_value, duration.value, -1))
    if start is None:
        return None
    return EventDate(
        value=start, basis="duration", certainty="approximate", granularity=granularity_of(start)
    )


SINCE_WORD = re.compile(r"\b(?:since|desde)\b", re.IGNORECASE)


def _runs_from(duration: TimeExpression, point: TimeExpression, sentence: Sentence) -> bool:
    """ "held for 491 days since his arrest ... on March 29, 2023": the duration runs from
    the point, which is when the state began, not when it ended."""
    if point.start < duration.end:
        return False
    text, base = sentence.text, sentence.start
    return bool(SINCE_WORD.search(text[duration.end - base : point.start - base]))


def _own_point_after(
    points: Sequence[TimeExpression], sentence: Sentence, trigger_end: int
) -> bool:
    """A point date after the trigger in its own clause ("his arrest ... on March 29, 2023")
    is the trigger's date; a duration before the trigger ("held for 491 days since his
    arrest") then measures time since that date and does not date the trigger."""
    text, base = sentence.text, sentence.start
    return any(
        t.start >= trigger_end
        and not CLAUSE_BREAK.search(text[trigger_end - base : t.start - base])
        for t in points
    )


def duration_date(
    own: Sequence[TimeExpression],
    points: Sequence[TimeExpression],
    sentence: Sentence,
    trigger_start: int,
    trigger_end: int,
    published: PublicationDate,
) -> EventDate | None:
    """The start of an episode a duration in the trigger's own clause measures ("spent five
    years in prison", "five years after he was arrested"), counted back from the nearest
    point date or the article's; None when no such duration dates the trigger (a point date
    lies closer, or the duration is a penalty's length, an age, or in another clause)."""
    # "a 14-year sentence" gives a length, not time elapsed: only spelled-out spans count
    durations = [
        t
        for t in own
        if t.type == "DURATION"
        and t.value
        and t.value[1:2].isdigit()
        and not _ADJECTIVAL.search(t.text)
        and not is_penalty_length(sentence.text[: t.start - sentence.start])
        and not is_age(sentence.text[: t.start - sentence.start])
    ]
    near_duration = [
        t for t in durations if distance(t, trigger_start, trigger_end) <= DURATION_REACH
    ]
    if not near_duration:
        return None
    # a duration in the trigger's own clause outranks a point date farther away
    d = min(near_duration, key=lambda t: distance(t, trigger_start, trigger_end))
    closer_points = [
        t
        for t in points
        if distance(t, trigger_start, trigger_end) < distance(d, trigger_start, trigger_end)
    ]
    if d.end <= trigger_start and _own_point_after(points, sentence, trigger_end):
        closer_points = list(points)
    if closer_points:
        return None
    end_value = None
    nearest = min(points, key=lambda t: distance(t, trigger_start, trigger_end), default=None)
    if nearest is not None and _runs_from(d, nearest, sentence):
        return from_point(nearest, "sentence")
    if nearest is not None:
        end_value = nearest.value
    elif published.value:
        end_value = published.value
    rel = sentence.start
    if d.end <= trigger_start:
        gap = sentence.text[d.end - rel : trigger_start - rel]
        # "five years after he was arrested", "five years in prison"
        linked = bool(_BACK_LINK.match(gap)) or len(gap) <= SHORT_GAP or _window(d, sentence)
    else:
        gap = sentence.text[trigger_end - rel : d.start - rel]
        # "imprisoned for 5 years", but not "freed a chief who spent five years"
        linked = not CLAUSE_BREAK.search(gap)
    return _duration_start(d, end_value) if linked else None


def _window(d: TimeExpression, sentence: Sentence) -> bool:
    """The duration is a window up to its anchor ("in the past month")."""
    before = sentence.text[: d.start - sentence.start]
    return bool(_WINDOW.match(d.text)) and bool(_WINDOW_BEFORE.search(before))
