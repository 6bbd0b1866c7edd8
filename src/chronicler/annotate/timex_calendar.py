"""Calendar arithmetic on TIMEX3 values that keeps their granularity.

A value is a string at its own granularity ("2018", "2018-03", "2018-03-09",
"2018-W12", "2018-Q1", "2018-SU", "201" for a decade); nothing here fills a
missing day with today's.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})")
_QUARTER = re.compile(r"^(\d{4})-Q(\d)$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DURATION = re.compile(r"^P(?:T)?(\d+(?:\.\d+)?)(Y|M|W|D|H|Q|DE|CE)$")
_TIME_DURATION = re.compile(r"^PT(\d+(?:\.\d+)?)(H|M|S)$")


def granularity_of(value: str | None) -> str | None:
    """Granularity of a TIMEX3 value: day, month, year, week, quarter, season, decade, time."""
    if not value:
        return None
    if "T" in value and _DAY.match(value):
        return "time"
    if _DAY.match(value):
        return "day"
    if _MONTH.match(value):
        return "month"
    if _YEAR.match(value):
        return "year"
    if _WEEK.match(value):
        return "week"
    if _QUARTER.match(value):
        return "quarter"
    if _SEASON.match(value):
        return "season"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return None


def to_date(value: str | None) -> date | None:
    """First day of the period a value names; None for values that are not points."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1)
        if m := _WEEK.match(value):
            return date.fromisocalendar(int(m[1]), max(1, int(m[2])), 1)
        if m := _QUARTER.match(value):
            return date(int(m[1]), 3 * (int(m[2]) - 1) + 1, 1)
    except ValueError:
        return None
    return None


def add_months(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def fmt(d: date, granularity: str) -> str:
    """Format a date at a granularity."""
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "week":
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def shift(d: date, unit: str, n: int) -> date:
    """Move a date by n units (Y, M, W, D, Q, DE, CE)."""
    if unit == "Y":
        return add_years(d, n)
    if unit == "M":
        return add_months(d, n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "W":
        return d + timedelta(weeks=n)
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "DE":
        return add_years(d, 10 * n)
    if unit == "CE":
        return add_years(d, 100 * n)
    return d


UNIT_GRANULARITY = {
    "Y": "year",
    "M": "month",
    "Q": "quarter",
    "W": "week",
    "D": "day",
    "DE": "decade",
    "CE": "century",
}
_GRAN_RANK = {
    "time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4,
    "year": 5, "decade": 6, "century": 7,
}  # fmt: skip


def coarser(a: str, b: str) -> str:
    return a if _GRAN_RANK.get(a, 1) >= _GRAN_RANK.get(b, 1) else b


def shift_value(value: str, duration: str, sign: int) -> str | None:
    """Shift a point value by a duration ("P5Y"), keeping the coarser granularity:
    2023-06-24 minus P5Y is "2018", because "five years" is not counted in days."""
    d = to_date(value)
    m = _DURATION.match(duration)
    if d is None or m is None or "." in m[1]:
        return None
    n, unit = int(m[1]), m[2]
    if duration.startswith("PT"):
        return None
    moved = shift(d, unit, sign * n)
    gran = coarser(granularity_of(value) or "day", UNIT_GRANULARITY.get(unit, "day"))
    if gran == "week" and unit == "W":
        gran = "day" if granularity_of(value) == "day" else gran
    return fmt(moved, gran)


def last_weekday(anchor: date, weekday: int) -> date:
    """The most recent given weekday on or before the anchor (0 = Monday)."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def next_weekday(anchor: date, weekday: int) -> date:
    """The next given weekday on or after the anchor."""
    return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th weekday of a month (n = -1 for the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)
