"""Numeric dates ("08/07/1998", "7.8.2012", "07.08.12", "12/16/08"): the one reading the
time grammar of sentences (timex_rules.norm_numeric_date) and the publication-date
normaliser (clean/published.joined_numeric_dates) share, so that a date written in figures
means the same day in a date line and in a sentence.

Which number is the day: a year written first is ISO order (year, month, day); a number over
12 can only be a day; a dotted date is day first (the dot is the day-first countries' mark:
"07.08.12" is 7 August in Germany, Russia, Ukraine). Only a slashed date with two readings
("05/02/2013") is left to the convention of the text's language (English month first, as US
wires write; Spanish day first).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

Order = Literal["day_first", "month_first"]


def numeric_order(first: str, separator: str, middle: str) -> Order | None:
    """Whether a numeric date with its year last is day first or month first by its own
    marks, or None when only the language's convention can tell ("05/02/2013")."""
    a, b = int(first), int(middle)
    if separator == "." or a > 12:
        return "day_first"
    if b > 12:
        return "month_first"
    return None


def two_digit_year(yy: int, latest_year: int) -> int:
    """The year ending in `yy` no later than `latest_year`: a page's own date is never ahead
    of today ("12/16/08" → 2008, "12/16/98" → 1998), a sentence's at most some years ahead
    of its article (the caller adds them)."""
    return latest_year - (latest_year - yy) % 100


def read_numeric_date(
    first: str, separator: str, middle: str, last: str, latest_year: int, convention: Order
) -> date | None:
    """The day a numeric date with its year last names, or None when no reading is a day
    (a month 13, a 31 April) or when it reads better as a version or section number: a
    dotted date with a two-digit year writes day and month with two digits ("07.08.12",
    not "2.4.10")."""
    if separator == "." and len(last) == 2 and (len(first) < 2 or len(middle) < 2):
        return None
    order = numeric_order(first, separator, middle) or convention
    year = int(last) if len(last) == 4 else two_digit_year(int(last), latest_year)
    day, month = (int(first), int(middle)) if order == "day_first" else (int(middle), int(first))
    try:
        return date(year, month, day)
    except ValueError:
        return None
