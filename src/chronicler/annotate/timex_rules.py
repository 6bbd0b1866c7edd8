"""Normalisers: one small function per rule kind, turning a match's named groups
into a TIMEX3 type and value at its own granularity.

Each has the signature `(groups, ctx) -> Norm | None`; None rejects the match
(a lower-case "may", a "quarter of the votes"). They never fill a missing day or
year with today's: a value is only as fine as the text supports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from chronicler.annotate.timex_calendar import (
    fmt,
    last_weekday,
    next_weekday,
    nth_weekday,
    to_date,
)
from chronicler.annotate.timex_lexicon import norm_words
from chronicler.annotate.timex_norm import (
    Context,
    Groups,
    Norm,
    amount_rate_before,
    day_part,
    latest_two_digit_year,
    spoken_year,
    year_of,
)
from chronicler.annotate.timex_numeric import Order, read_numeric_date
from chronicler.annotate.timex_spans import (
    norm_ago,
    norm_duration,
    norm_duration_bare,
    norm_duration_long,
    norm_duration_past,
    norm_fiscal_year,
    norm_fiscal_year_rel,
    norm_half_quarters,
    norm_quarter,
    norm_relative,
    norm_season,
    norm_weekend,
    norm_year_ago_adj,
    norm_year_end,
)

# In a past-tense clause, a month and day up to this many days ahead of the anchor
# still reads as upcoming (a deadline, a scheduled date).
PAST_CLAUSE_FUTURE_DAYS = 90


# --- helpers -----------------------------------------------------------------


def _month_number(word: str | None, ctx: Context) -> int | None:
    if word is None:
        return None
    if ctx.lex.months_capitalised and word[:1].islower():
        return None  # "may", "march" in lower case are verbs
    return ctx.lex.months.get(word.lower().rstrip("."))


def _pick_year(month: int, day: int, ctx: Context, direction: str = "") -> int | None:
    """Year for a month (and day) the text gave without one: the next such date in a
    future-tense clause, the most recent in a past-tense one, else the nearest."""
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    here = (month, day)
    if direction == "this":
        return a.year
    if direction in ("last", "this past"):
        return a.year if here < (a.month, a.day if day else 0) else a.year - 1
    if direction in ("next", "this coming"):
        return a.year if here > (a.month, a.day if day else 31) else a.year + 1
    if ctx.future:
        return a.year if here >= (a.month, a.day if day else 0) else a.year + 1
    if ctx.past:
        last = a.year if here <= (a.month, day or 31) else a.year - 1
        if not day:
            return last  # a past-tense month is the last one
        # a day-exact date just ahead may still be a deadline in a past-tense clause
        # ("said it would pay on Dec. 15"); farther ahead it is last year's
        try:
            ahead = (date(last + 1, month, day) - a).days
        except ValueError:
            return last
        return last + 1 if 0 < ahead <= PAST_CLAUSE_FUTURE_DAYS else last
    options = []
    for y in (a.year - 1, a.year, a.year + 1):
        try:
            options.append((abs((date(y, month, day or 15) - a).days), y))
        except ValueError:
            continue
    return min(options)[1] if options else None


# "the previous Friday", "the following Monday": counted from the day the text named last
_WEEKDAY_FROM_TEXT = {"the previous": -1, "the preceding": -1, "the following": 1}


def _weekday_date(weekday: int, direction: str, ctx: Context) -> date | None:
    a = ctx.anchor
    if direction in _WEEKDAY_FROM_TEXT:
        if ctx.ref is not None and ctx.ref_granularity == "day":
            a = ctx.ref
        if a is None:
            return None
        if _WEEKDAY_FROM_TEXT[direction] < 0:
            return last_weekday(a - timedelta(days=1), weekday)
        return next_weekday(a + timedelta(days=1), weekday)
    if a is None:
        return None
    if direction in ("last", "this past", "el pasado", "pasado"):
        return last_weekday(a - timedelta(days=1), weekday)
    if direction in ("next", "this coming", "el próximo", "próximo", "que viene"):
        return next_weekday(a + timedelta(days=1), weekday)
    return next_weekday(a, weekday) if ctx.future else last_weekday(a, weekday)


def _clock(groups: Groups) -> str | None:
    """ "10 p.m." → "22:00"; None when the hour is impossible."""
    special = (groups.get("hour2") or "").lower()
    if special in ("noon", "midday", "mediodía"):
        return "12:00"
    if special in ("midnight", "medianoche"):
        return "24:00"
    if not groups.get("hour"):
        return None
    hour = int(groups["hour"])  # type: ignore[arg-type]
    minute = int(groups.get("minute") or 0)
    marker = (groups.get("ampm") or "").lower().replace(" ", "")
    part = (groups.get("part") or "").lower()
    if marker.startswith("p") or part in ("tarde", "noche"):
        if hour < 12:
            hour += 12
    elif (marker.startswith("a") or part in ("mañana", "madrugada")) and hour == 12:
        hour = 0
    if hour > 24 or (not marker and not part and hour > 23):
        return None
    return f"{hour:02d}:{minute:02d}"


# --- normalisers -------------------------------------------------------------


def norm_date(g: Groups, ctx: Context) -> Norm | None:
    month = _month_number(g.get("month"), ctx) if g.get("month") else None
    if month is None and g.get("month_num"):
        month = int(g["month_num"])  # type: ignore[arg-type]
    if month is None or not 1 <= month <= 12:
        return None
    month_word = g.get("month") or ""
    # "Jan" alone is more often a name than January
    if not g.get("day") and month_word.lower() in ctx.lex.abbreviations:
        return None
    day_text = (g.get("day") or "").lower()
    day = 1 if day_text.startswith(("1º", "1.º", "primero")) else None
    if day is None and day_text:
        day = int(re.sub(r"\D", "", day_text))
    year = year_of(g, ctx.anchor)
    if year is None and g.get("century"):
        year = spoken_year(g, ctx)  # "January nineteen ninety-seven"
        if year is None:
            return None
    explicit = year is not None
    shift = {"this": 0, "next": 1, "last": -1}.get(norm_words(g.get("yrel") or ""))
    if year is None and shift is not None and ctx.anchor is not None:
        year = ctx.anchor.year + shift  # "in April next year", "early October this year"
    elif year is None:
        year = _pick_year(month, day or 0, ctx, norm_words(g.get("dir") or ""))
        if year is None:
            value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            return Norm("DATE", value, "inferred")
    try:
        d = date(year, month, day or 1)
    except ValueError:
        return None
    value = fmt(d, "day" if day else "month")
    if explicit:
        return Norm("DATE", value, "exact", explicit=True)
    return Norm("DATE", value, "approximate", anchor=ctx.anchor)


def norm_numeric_date(g: Groups, ctx: Context) -> Norm | None:
    """ "08/07/1998", "16/08/2011", "7.8.2012", "07.08.12": read as the published-date
    normaliser reads a date line (timex_numeric); a slashed date with two readings in the
    order of the language's convention (English month first, Spanish day first)."""
    convention: Order = "day_first" if ctx.lex.numeric_day_first else "month_first"
    day = read_numeric_date(
        g.get("first") or "",
        g.get("sep") or "",
        g.get("middle") or "",
        g.get("last") or "",
        latest_two_digit_year(ctx.anchor),
        convention,
    )
    if day is None:
        return None
    return Norm("DATE", day.isoformat(), "exact", explicit=True)


# "on April 24 and 25": the month and day a second day number is coordinated with
_FIRST_DAY_BEFORE = re.compile(r"([A-Za-z]+\.?)\s+([0-3]?\d)(?:st|nd|rd|th)?\s*$")


def norm_second_day(g: Groups, ctx: Context) -> Norm | None:
    """ "April 24 and 25", "Jan. 3 or 4": the second number is a later day of the month the
    first one names. The rule asks for a pause or a preposition after it, so a count ("on
    May 3 and 4 people ...") is not taken for a day."""
    first = _FIRST_DAY_BEFORE.search(ctx.text[max(0, ctx.start - 20) : ctx.start])
    if first is None or _month_number(first.group(1), ctx) is None:
        return None
    if int(first.group(2)) >= int(re.sub(r"\D", "", g.get("day") or "") or 0):
        return None
    norm = norm_date({**g, "month": first.group(1)}, ctx)
    if norm is None:
        return None
    return replace(norm, start=ctx.start + len(g.get("link") or ""))


def norm_year(g: Groups, ctx: Context) -> Norm | None:
    year = year_of(g)
    if year is None:
        return None
    before = ctx.text[max(0, ctx.start - 2) : ctx.start]
    after = ctx.text[ctx.end : ctx.end + 12]
    # money, counts and ranges of numbers are not years
    if re.search(r"[$€£#]\s*$", before) or re.match(
        r"\s*(?:%|percent|per cent|por ciento|[,.]\d|\d)", after, re.IGNORECASE
    ):
        return None
    if _house_number(ctx):
        return None
    return Norm("DATE", f"{year:04d}", "exact", explicit=True)


def _house_number(ctx: Context) -> bool:
    """The number is an address's, beside a street's name ("of 1909 Jolinda Drive")."""
    lex = ctx.lex
    after = lex.address_after
    before = lex.address_before
    return bool(
        (after is not None and after.match(ctx.text, ctx.end, ctx.end + 60))
        or (before is not None and before.search(ctx.text[max(0, ctx.start - 60) : ctx.start]))
    )


def norm_spoken_year(g: Groups, ctx: Context) -> Norm | None:
    if g.get("century0"):
        # "two thousand" alone is a year only as "the year two thousand"
        said = ctx.text[ctx.start : ctx.end].lower().startswith("the year")
        return Norm("DATE", "2000", "exact", explicit=True) if said else None
    year = spoken_year(g, ctx)
    if year is None:
        return None
    return Norm("DATE", f"{year:04d}", "exact", explicit=True)


def norm_decade(g: Groups, ctx: Context) -> Norm | None:
    if g.get("decade"):
        return Norm("DATE", g["decade"][:3], "exact", explicit=True)  # type: ignore[index]
    if g.get("decade2"):
        return Norm("DATE", "19" + g["decade2"][:1], "approximate")  # type: ignore[index]
    return None


def norm_century(g: Groups, ctx: Context) -> Norm | None:
    """ "the 20th century" is 19, "the nineteenth century" 18: its two leading digits."""
    value = ctx.lex.century_words.get(norm_words(g.get("century") or ""))
    return Norm("DATE", value, "exact") if value else None


_EXACT_WEEKDAY_DIRECTIONS = ("last", "next", "el pasado", "pasado", "el próximo", "próximo")


def norm_decade_words(g: Groups, ctx: Context) -> Norm | None:
    value = ctx.lex.decade_words.get(norm_words(g.get("tens") or ""))
    return Norm("DATE", value, "exact", explicit=True) if value else None


def norm_weekday(g: Groups, ctx: Context) -> Norm | None:
    weekday = ctx.lex.weekdays.get((g.get("weekday") or "").lower())
    if weekday is None:
        return None
    direction = norm_words(g.get("post") or g.get("dir") or "")
    d = _weekday_date(weekday, direction, ctx)
    if d is None:
        return Norm("DATE", f"XXXX-WXX-{weekday + 1}", "inferred")
    part = day_part(g.get("part"), ctx)
    certainty = "exact" if direction in _EXACT_WEEKDAY_DIRECTIONS else "approximate"
    base = ctx.anchor
    if direction in _WEEKDAY_FROM_TEXT and ctx.ref is not None and ctx.ref_granularity == "day":
        base = ctx.ref
    if part:
        return Norm("TIME", f"{d.isoformat()}T{part}", certainty, anchor=base)
    return Norm("DATE", d.isoformat(), certainty, anchor=base)


def norm_weekday_shift(g: Groups, ctx: Context) -> Norm | None:
    """ "the day before last Tuesday": the day next to the weekday the rest names."""
    base = norm_weekday(g, ctx)
    point = to_date(base.value) if base is not None and base.value else None
    if base is None or point is None:
        return None
    step = timedelta(days=-1 if (g.get("shift") or "").lower() == "before" else 1)
    return Norm("DATE", (point + step).isoformat(), base.certainty, anchor=base.anchor)


def norm_weekday_set(g: Groups, ctx: Context) -> Norm | None:
    """ "every Thursday", "Tuesday nights", "cada lunes": that weekday of every week."""
    weekday = ctx.lex.weekdays.get((g.get("weekday") or "").lower())
    if weekday is None:
        return None
    part = day_part(g.get("part"), ctx)
    return Norm("SET", f"XXXX-WXX-{weekday + 1}" + (f"T{part}" if part else ""), "exact")


def norm_weekday_time(g: Groups, ctx: Context) -> Norm | None:
    base = norm_weekday(g, ctx)
    clock = _clock(g)
    if base is None or clock is None or base.value is None or "X" in base.value:
        return None
    return Norm("TIME", f"{base.value[:10]}T{clock}", base.certainty, anchor=ctx.anchor)


def norm_week_of(g: Groups, ctx: Context) -> Norm | None:
    """ "the week of March 6": the (ISO) week that holds the day named."""
    base = norm_date(g, ctx)
    day = to_date(base.value) if base is not None and base.value else None
    if base is None or day is None or len(base.value or "") != 10:
        return None
    return Norm("DATE", fmt(day, "week"), base.certainty, base.anchor, base.explicit)


def norm_date_time(g: Groups, ctx: Context) -> Norm | None:
    base = norm_date(g, ctx)
    clock = _clock(g)
    if base is None or clock is None or base.value is None or len(base.value) != 10:
        return None
    return Norm("TIME", f"{base.value}T{clock}", base.certainty, base.anchor, base.explicit)


def norm_deictic(g: Groups, ctx: Context) -> Norm | None:
    word = norm_words(g.get("deictic") or "")
    # "la mañana", "por la mañana": the morning, not tomorrow
    if word == "mañana" and re.search(
        r"\b(?:la|esta|de|por)\s+$", ctx.text[max(0, ctx.start - 8) : ctx.start]
    ):
        return None
    offset = ctx.lex.deictic.get(word)
    if offset is None:
        return None
    # "the leaders of tomorrow": the future at large, no day (but "of tomorrow's vote" is one)
    if (
        word == "tomorrow"
        and re.search(r"\bof\s+$", ctx.text[max(0, ctx.start - 4) : ctx.start])
        and not re.match(r"['’]", ctx.text[ctx.end : ctx.end + 1])
    ):
        return None
    if ctx.anchor is None:
        return Norm("DATE", "PRESENT_REF" if offset == 0 else None, "inferred")
    d = ctx.anchor + timedelta(days=offset)
    part = day_part(g.get("part") or g.get("part0"), ctx)
    if part:
        return Norm("TIME", f"{d.isoformat()}T{part}", "exact", anchor=ctx.anchor)
    return Norm("DATE", d.isoformat(), "exact", anchor=ctx.anchor)


def norm_deictic_time(g: Groups, ctx: Context) -> Norm | None:
    base = norm_deictic(g, ctx)
    clock = _clock(g)
    if base is None or clock is None or base.value is None or not base.value[:1].isdigit():
        return None
    return Norm("TIME", f"{base.value[:10]}T{clock}", "exact", anchor=ctx.anchor)


def norm_day_part(g: Groups, ctx: Context) -> Norm | None:
    entry = ctx.lex.day_parts.get(norm_words(g.get("which") or ""))
    if entry is None:
        return None
    if ctx.anchor is None:
        return Norm("TIME", None, "inferred")
    d = ctx.anchor + timedelta(days=entry[0])
    if not entry[1]:
        return Norm("DATE", d.isoformat(), "exact", anchor=ctx.anchor)
    return Norm("TIME", f"{d.isoformat()}T{entry[1]}", "exact", anchor=ctx.anchor)


def norm_clock(g: Groups, ctx: Context) -> Norm | None:
    clock = _clock(g)
    if clock is None:
        return None
    # a clock time needs a day: a year or month the text named last ("2013 | 5:03pm") gives
    # none, so the article's own date does
    base = ctx.ref if ctx.ref is not None and ctx.ref_granularity == "day" else ctx.anchor
    if base is None:
        return Norm("TIME", f"XXXX-XX-XXT{clock}", "inferred")
    return Norm("TIME", f"{base.isoformat()}T{clock}", "approximate", anchor=base)


def norm_ref(g: Groups, ctx: Context) -> Norm | None:
    word = norm_words(g.get("ref") or "")
    value = ctx.lex.refs.get(word)
    if value is None:
        return None
    if word == "current" and not re.match(r"\s+[a-z]", ctx.text[ctx.end : ctx.end + 3]):
        return None  # "a new political current": the noun, not the adjective
    if word == "the future" and re.match(r"\s+of\b", ctx.text[ctx.end : ctx.end + 4]):
        return None  # "important to the future of our peoples": a fate, not a time
    return Norm("DATE", value, "approximate")


_RATE_BEFORE = re.compile(
    r"(?:\d|[$€£]|percent|per cent|por ciento|times|veces|cents?|dollars?|pesos|euros?)"
    r"[\w\s.,]{0,14}$",
    re.IGNORECASE,
)


# "twice a week", "four flights a week", "hundreds of interviews a day": a count of acts or
# things right before "a week" makes it a frequency, not a stay of a week
_FREQUENCY_BEFORE = re.compile(r"\b(?:once|twice|thrice)\s+$", re.IGNORECASE)
_COUNTED_BEFORE = (
    r"\b(?:{numbers}|thousand|million|dozens|hundreds|thousands|millions)"
    r"\s+(?:of\s+)?[a-z]+s\s+$"
)


def _rate_before(ctx: Context) -> bool:
    before = ctx.text[max(0, ctx.start - 32) : ctx.start]
    if _RATE_BEFORE.search(before[-24:]) or _FREQUENCY_BEFORE.search(before):
        return True
    words = "|".join(re.escape(w) for w in ctx.lex.numbers if w.isalpha() and len(w) > 2)
    return bool(re.search(_COUNTED_BEFORE.format(numbers=words), before, re.IGNORECASE))


def norm_set(g: Groups, ctx: Context) -> Norm | None:
    words = norm_words(g.get("set") or "")
    value = ctx.lex.sets.get(words)
    if value is None:
        return None
    if amount_rate_before(ctx):
        return None  # "save $2 million a year", "rise 8.5% annually": a rate of an amount
    # "twice a week", "four flights a week" are frequencies; "a year" alone is a duration
    if re.match(r"^(?:a|al|por) ", words) and not _rate_before(ctx):
        return None
    return Norm("SET", value, "exact")


def norm_holiday(g: Groups, ctx: Context) -> Norm | None:
    spec = ctx.lex.holidays.get(norm_words(g.get("holiday") or ""))
    if spec is None:
        return None
    year = year_of(g)
    explicit = year is not None

    def on(y: int) -> date:
        if ":" in spec:
            # "1:0:11+1": the day after the first Monday of November (Election Day)
            rule, _, after = spec.partition("+")
            n, wd, m = (int(x) for x in rule.split(":"))
            return nth_weekday(y, m, wd, n) + timedelta(days=int(after or 0))
        m, d = (int(x) for x in spec.split("-"))
        return date(y, m, d)

    if year is None:
        if ctx.anchor is None:
            return None
        a = ctx.anchor
        this = on(a.year)
        direction = (g.get("dir") or "").lower()
        if direction == "last":
            year = a.year if this < a else a.year - 1
        elif direction == "next":
            year = a.year if this > a else a.year + 1
        elif ctx.future:
            year = a.year if this >= a else a.year + 1
        else:
            year = a.year if this <= a else a.year - 1
    return Norm(
        "DATE",
        on(year).isoformat(),
        "exact" if explicit else "approximate",
        anchor=None if explicit else ctx.anchor,
        explicit=explicit,
    )


NORMALISERS: dict[str, Callable[[Groups, Context], Norm | None]] = {
    "date": norm_date,
    "numeric_date": norm_numeric_date,
    "second_day": norm_second_day,
    "year": norm_year,
    "decade": norm_decade,
    "spoken_year": norm_spoken_year,
    "decade_words": norm_decade_words,
    "century": norm_century,
    "weekday": norm_weekday,
    "weekday_set": norm_weekday_set,
    "weekday_shift": norm_weekday_shift,
    "weekday_time": norm_weekday_time,
    "date_time": norm_date_time,
    "week_of": norm_week_of,
    "deictic": norm_deictic,
    "deictic_time": norm_deictic_time,
    "tonight": norm_day_part,
    "clock": norm_clock,
    "ref": norm_ref,
    "set": norm_set,
    "holiday": norm_holiday,
    "season": norm_season,
    "quarter": norm_quarter,
    "quarter_adj": norm_quarter,
    "half_quarters": norm_half_quarters,
    "duration_past": norm_duration_past,
    "relative": norm_relative,
    "weekend": norm_weekend,
    "ago": norm_ago,
    "duration_span": norm_duration,
    "duration": norm_duration,
    "duration_bare": norm_duration_bare,
    "fiscal_year": norm_fiscal_year,
    "fiscal_year_rel": norm_fiscal_year_rel,
    "year_end": norm_year_end,
    "duration_long": norm_duration_long,
    "year_ago_adj": norm_year_ago_adj,
}
