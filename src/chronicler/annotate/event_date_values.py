"""Event dates as values: the event_dates.toml table read once, and how a time expression
becomes an EventDate (a timeline's granularity, a day counted back in weeks kept as its week,
the article's own date as the last resort)."""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from functools import cache
from typing import Any

from chronicler.annotate.timex_calendar import granularity_of, to_date
from chronicler.model import EventDate, PublicationDate, Sentence, TimeExpression
from chronicler.settings import data_path

_POINT_TYPES = ("DATE", "TIME")


@cache
def event_dates_table() -> dict[str, Any]:
    """event_dates.toml, read once."""
    with open(data_path("dates", "event_dates.toml"), "rb") as fh:
        return tomllib.load(fh)


def event_dates_version() -> str:
    """event_dates.toml's version, for `pipeline_version`."""
    return str(event_dates_table()["version"])


def datable(t: TimeExpression) -> bool:
    """A point value a timeline can place (not PAST_REF, not a bare XXXX, not a decade)."""
    return t.type in _POINT_TYPES and timeline_value(t.value)[0] is not None


def timeline_value(value: str | None) -> tuple[str | None, str | None]:
    """A TIMEX3 value as the export contract's date ("YYYY-MM-DD" | "YYYY-MM" | "YYYY"),
    never finer than the value: a week is the month that holds most of its days, a quarter
    or a season is its year; a decade or "PAST_REF" is no date."""
    gran = granularity_of(value)
    if value is None or gran is None or not value[:4].isdigit():
        return None, None
    if gran in ("day", "time"):
        return value[:10], "day"
    if gran in ("month", "year"):
        return value, gran
    if gran == "week":
        monday = to_date(value)
        if monday is None:
            return None, None
        # a week straddling two months ("the week of March 30") is the month that holds most
        # of its days, its Thursday's, as an ISO week is its Thursday's year (event-dates-49;
        # was widened to its year, or to no date across a new year)
        thursday = monday + timedelta(days=3)
        return f"{thursday.year:04d}-{thursday.month:02d}", "month"
    if gran in ("quarter", "season") or re.fullmatch(r"\d{4}-H[12]", value):
        return value[:4], "year"
    return None, None


def in_sentence(t: TimeExpression, sentence: Sentence) -> bool:
    return sentence.start <= t.start and t.end <= sentence.end


def distance(t: TimeExpression, start: int, end: int) -> int:
    if t.end <= start:
        return start - t.end
    if t.start >= end:
        return t.start - end
    return 0


# A count of weeks back ("two weeks ago", "hace dos semanas"): its day is a guess.
_WEEKS_BACK = re.compile(r"\b(?:weeks?|semanas?)\b", re.IGNORECASE)


def _counted_week(t: TimeExpression) -> str | None:
    """The week a day counted back in weeks falls in ("2022-W49"), as precise as the count:
    a report's own day of the happening, a day or two off, refines it, never contradicts it."""
    if t.certainty != "approximate" or granularity_of(t.value) != "day":
        return None
    if not _WEEKS_BACK.search(t.text):
        return None
    day = to_date(t.value)
    if day is None:
        return None
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def from_point(t: TimeExpression, basis: str, certainty: str | None = None) -> EventDate:
    """The event date of a point time expression. A week ("next week", "last week", a day
    counted back in weeks) is no granularity of the timeline: it is widened to its month (or
    year), which holds some day of it, not a month-long event, so approximate (event-dates-48;
    was "exact" for "said she would meet them next week")."""
    week = _counted_week(t) or t.value
    value, gran = timeline_value(week)
    widened = granularity_of(week) == "week"
    return EventDate(
        value=value,
        basis=basis,
        certainty=certainty or ("approximate" if widened else t.certainty),  # type: ignore[arg-type]
        granularity=gran,
    )


def article_date(published: PublicationDate) -> EventDate:
    """The article's own date as an event date of last resort, marked approximate."""
    if published.value is None:
        return EventDate(value=None, basis="unknown", certainty="inferred")
    return EventDate(
        value=published.value,
        basis="article",
        certainty="approximate",
        granularity=granularity_of(published.value),
    )
