"""Normalisers: one small function per rule kind, turning a match's named groups
into a TIMEX3 type and value at its own granularity.

Each has the signature `(groups, ctx) -> Norm | None`; None rejects the match
(a lower-case "may", a "quarter of the votes"). They never fill a missing day or
year with today's: a value is only as fine as the text supports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from chronicler.annotate.timex_calendar import (
    UNIT_GRANULARITY,
    coarser,
    fmt,
    last_weekday,
    next_weekday,
    nth_weekday,
    quarter_of,
    shift,
    to_date,
)
from chronicler.annotate.timex_lexicon import Lexicon, norm_words

Groups = dict[str, str | None]
# In a past-tense clause, a month and day up to this many days ahead of the anchor
# still reads as upcoming (a deadline, a scheduled date).
PAST_CLAUSE_FUTURE_DAYS = 90


@dataclass(frozen=True)
class Context:
    lex: Lexicon
    text: str
    start: int
    end: int
    anchor: date | None  # the article date
    ref: date | None  # the last date the text itself named (discourse)
    ref_granularity: str  # how precisely the text named it
    future: bool  # the clause around the expression is in the future tense
    past: bool = False  # ... or has a past-tense cue (and no future one)
    # the last quarter the text named as a fiscal one ("the fiscal first quarter"): year, number
    fiscal: tuple[int, int] | None = None
    # the text has just named a span of months reported on ("for the nine months"), in this
    # sentence or the one before, after its last reference: "a year earlier" is that span a
    # year back, which only its year can say
    months_span: bool = False


@dataclass(frozen=True)
class Norm:
    type: str
    value: str | None
    certainty: str = "exact"
    anchor: date | None = None  # the date a relative value was resolved against
    explicit: bool = False  # names its own year: may serve as a discourse reference
    end: int | None = None  # a narrower extent than the match, when the tail is not temporal
    start: int | None = None  # ... or when the head is not ("the" before "two-week")


# --- helpers -----------------------------------------------------------------


def _number(word: str | None, lex: Lexicon) -> float | str | None:
    """ "two" → 2, "14" → 14, "twenty-five" → 25, "several" → "X"."""
    if not word:
        return None
    w = norm_words(word)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
        return float(w.replace(",", "."))
    if re.fullmatch(r"\d+ 1/2", w):
        return float(w[:-4]) + 0.5  # "5 1/2 hours"
    if w in lex.numbers:
        v = lex.numbers[w]
        return v if isinstance(v, str) else float(v)
    total = 0.0
    for piece in re.split(r"[- ]|\s+y\s+", w):
        if piece not in lex.numbers:
            return None
        v = lex.numbers[piece]
        if isinstance(v, str):
            return "X"
        total += float(v)
    return total


def number_value(text: str, language: str) -> float | None:
    """A written number ("26", "twenty-six", "dieciséis") as a value; None for a vague
    quantity ("several", "dozens of") or anything else."""
    from chronicler.annotate.timex_lexicon import load_lexicon

    value = _number(text, load_lexicon(language))
    return value if isinstance(value, float) else None


# A half of these units in the next smaller one: "5 1/2 hours" is PT5H30M, not PT5.5H.
_HALF_UNIT = {"Y": ("Y", "6M", False), "M": ("M", "15D", False), "D": ("D", "12H", True),
              "H": ("H", "30M", True), "MIN": ("M", "30S", True)}  # fmt: skip


def _iso_duration(n: float | str, unit: str) -> str:
    """ISO 8601 duration in TIMEX3 style: P5Y, PT3H, P2Q, PXM, PT5H30M."""
    if isinstance(n, float) and n % 1 == 0.5 and unit in _HALF_UNIT:
        letter, half, half_is_time = _HALF_UNIT[unit]
        whole = f"{int(n)}{letter}" if int(n) else ""
        if unit in ("H", "MIN"):
            return f"PT{whole}{half}"
        return f"P{whole}{'T' if half_is_time else ''}{half}"
    count = "X" if isinstance(n, str) else (f"{n:g}")
    if unit == "FN":
        return f"P{'X' if isinstance(n, str) else f'{2 * n:g}'}W"
    if unit in ("DE", "CE"):
        # TIMEX3 counts decades and centuries in years: "two decades" is P20Y
        years = 10 if unit == "DE" else 100
        return "PXY" if isinstance(n, str) else f"P{n * years:g}Y"
    if unit in ("H", "MIN", "S"):
        return f"PT{count}{'M' if unit == 'MIN' else unit}"
    return f"P{count}{unit}"


def _month_number(word: str | None, ctx: Context) -> int | None:
    if word is None:
        return None
    if ctx.lex.months_capitalised and word[:1].islower():
        return None  # "may", "march" in lower case are verbs
    return ctx.lex.months.get(word.lower().rstrip("."))


def _year(groups: Groups) -> int | None:
    if groups.get("year"):
        return int(groups["year"])  # type: ignore[arg-type]
    if groups.get("year2"):
        yy = int(groups["year2"])  # type: ignore[arg-type]
        return 1900 + yy if yy >= 30 else 2000 + yy
    return None


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


def _part(word: str | None, ctx: Context) -> str | None:
    return ctx.lex.parts.get(norm_words(word)) if word else None


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
    year = _year(g)
    if year is None and g.get("century"):
        year = _spoken_year(g, ctx)  # "January nineteen ninety-seven"
        if year is None:
            return None
    explicit = year is not None
    if year is None:
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
    year = _year(g)
    if year is None:
        return None
    before = ctx.text[max(0, ctx.start - 2) : ctx.start]
    after = ctx.text[ctx.end : ctx.end + 12]
    # money, counts and ranges of numbers are not years
    if re.search(r"[$€£#]\s*$", before) or re.match(
        r"\s*(?:%|percent|per cent|por ciento|[,.]\d|\d)", after, re.IGNORECASE
    ):
        return None
    return Norm("DATE", f"{year:04d}", "exact", explicit=True)


def _spoken_year(g: Groups, ctx: Context) -> int | None:
    """ "nineteen ninety-four" → 1994, "two thousand and one" → 2001; None for no year."""
    century = norm_words(g.get("century") or "")
    if not century:
        return None
    lex = ctx.lex
    tens = lex.numbers.get(norm_words(g.get("tens") or ""), 0)
    ones = lex.numbers.get(norm_words(g.get("ones") or g.get("ones2") or ""), 0)
    if isinstance(tens, str) or isinstance(ones, str):
        return None
    if century == "nineteen":
        if not tens and not ones:
            return None  # just the number nineteen
        return 1900 + int(tens) + int(ones)
    if not ones:
        return None  # "two thousand" people
    return 2000 + int(tens) + int(ones)


def norm_spoken_year(g: Groups, ctx: Context) -> Norm | None:
    if g.get("century0"):
        # "two thousand" alone is a year only as "the year two thousand"
        said = ctx.text[ctx.start : ctx.end].lower().startswith("the year")
        return Norm("DATE", "2000", "exact", explicit=True) if said else None
    year = _spoken_year(g, ctx)
    if year is None:
        return None
    return Norm("DATE", f"{year:04d}", "exact", explicit=True)


def norm_decade(g: Groups, ctx: Context) -> Norm | None:
    if g.get("decade"):
        return Norm("DATE", g["decade"][:3], "exact", explicit=True)  # type: ignore[index]
    if g.get("decade2"):
        return Norm("DATE", "19" + g["decade2"][:1], "approximate")  # type: ignore[index]
    return None


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
    part = _part(g.get("part"), ctx)
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
    part = _part(g.get("part"), ctx)
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
    part = _part(g.get("part") or g.get("part0"), ctx)
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
    # "$5 a year", "twice a week" are rates; "a year" alone is a duration
    if re.match(r"^(?:a|al|por) ", words) and not _rate_before(ctx):
        return None
    return Norm("SET", value, "exact")


def norm_holiday(g: Groups, ctx: Context) -> Norm | None:
    spec = ctx.lex.holidays.get(norm_words(g.get("holiday") or ""))
    if spec is None:
        return None
    year = _year(g)
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


def _direction(g: Groups, ctx: Context) -> tuple[int, str] | None:
    if g.get("post"):
        return ctx.lex.post_directions.get(norm_words(g["post"] or ""))
    if g.get("dir"):
        return ctx.lex.directions.get(norm_words(g["dir"] or ""))
    return None


def _base(kind: str, ctx: Context) -> tuple[date | None, str]:
    """The date a relative expression counts from: the article date, or the
    last date the text named ("the next day", "a year earlier")."""
    if kind == "ref" and ctx.ref is not None:
        return ctx.ref, ctx.ref_granularity
    return ctx.anchor, "day"


def norm_season(g: Groups, ctx: Context) -> Norm | None:
    season = ctx.lex.seasons.get(norm_words(g.get("season") or ""))
    if season is None:
        return None
    year = _year(g) or _spoken_year(g, ctx)  # "the winter of nineteen ninety-four"
    if year is not None:
        return Norm("DATE", f"{year:04d}-{season}", "exact", explicit=True)
    direction = _direction(g, ctx)
    if direction is None and not (g.get("the") or g.get("mod")):
        return None  # a bare "fall" or "spring" is too often a verb or a noun
    direction = direction or (0, "dct")
    base, _ = _base(direction[1], ctx)
    if base is None:
        return Norm("DATE", f"XXXX-{season}", "inferred")
    return Norm("DATE", f"{base.year + direction[0]:04d}-{season}", "approximate", anchor=base)


def _last_completed_quarter(anchor: date) -> tuple[int, int]:
    q = quarter_of(anchor) - 1
    return (anchor.year, q) if q >= 1 else (anchor.year - 1, 4)


def norm_quarter(g: Groups, ctx: Context) -> Norm | None:
    word = (g.get("qword") or "").lower()
    ordinal_word = (g.get("ord") or "").lower()
    rel = (g.get("rel") or "").lower()
    matched = ctx.text[ctx.start : ctx.end].lower()
    half = word in ("half", "semestre")
    # "next year's first quarter", "last year's quarter": the quarter of that year
    year_rel = (g.get("yrel") or "").lower()
    if not ordinal_word and not rel and not year_rel and not matched.startswith(("the ", "el ")):
        return None  # "a quarter of the votes"
    if word == "period" and not rel and not g.get("year"):
        return None  # "the period" is rarely a calendar quarter
    if half and not ordinal_word:
        return None
    year = _year(g)
    a = ctx.anchor
    if ordinal_word:
        n = ctx.lex.ordinals.get(ordinal_word)
        if n is None or n < 1 or (half and n > 2):
            return None
        if year is None:
            if a is None:
                return Norm("DATE", f"XXXX-{'H' if half else 'Q'}{n}", "inferred")
            qrel = (g.get("qrel") or "").lower() or year_rel
            if qrel in ("last", "año"):
                year = a.year - 1
            elif qrel == "next":
                year = a.year + 1
            elif qrel:
                year = a.year
            else:
                current = (a.month - 1) // 6 + 1 if half else quarter_of(a)
                year = a.year if n <= current else a.year - 1
        yearback = (g.get("yearback") or "").lower()
        if yearback.startswith("last") and not _year(g) and a is not None:
            year = a.year - 1  # "the fourth quarter last year"
        elif rel in ("year-earlier", "year-ago") or yearback:
            year -= 1  # "the year-ago third quarter", "the third quarter a year earlier"
        return Norm("DATE", f"{year:04d}-{'H' if half else 'Q'}{n}", "approximate", anchor=a)
    if a is None:
        return Norm("DATE", "XXXX-QX", "inferred")
    if ctx.fiscal is not None and rel != "current" and not year_rel and not half:
        # a company that names its quarter as fiscal ("the fiscal first quarter") does not
        # keep calendar quarters: "the quarter ended Sept. 29", "the latest period" and "the
        # 1988 period" of its report are that quarter (of that year), not the calendar's
        fy, fq = ctx.fiscal
        if year is not None:
            fy = year
        elif rel in ("year-earlier", "year-ago", "same", "corresponding", "comparable") or g.get(
            "yearback"
        ):
            fy -= 1
        return Norm("DATE", f"{fy:04d}-Q{fq}", "approximate", anchor=a)
    if rel == "current":
        return Norm("DATE", fmt(a, "quarter"), "approximate", anchor=a)
    y, q = _last_completed_quarter(a)
    if year is None and year_rel:
        year = a.year + {"last": -1, "next": 1}.get(year_rel, 0)
    if year is not None:
        return Norm("DATE", f"{year:04d}-Q{q}", "approximate", anchor=a)
    if rel in ("year-earlier", "year-ago", "same", "corresponding", "comparable") or g.get(
        "yearback"
    ):
        y -= 1  # "the year-ago quarter", "the corresponding period last year"
    return Norm("DATE", f"{y:04d}-Q{q}", "approximate", anchor=a)


def norm_half_quarters(g: Groups, ctx: Context) -> Norm | None:
    """ "the first two quarters of 1990" is a half of that year, named by its year."""
    year = _year(g)
    if year is None:
        return None
    half = 1 if (g.get("span") or "").lower() == "first" else 2
    return Norm("DATE", f"{year:04d}-H{half}", "exact", explicit=True)


def norm_duration_past(g: Groups, ctx: Context) -> Norm | None:
    unit = ctx.lex.units.get((g.get("unit") or "").lower())
    if unit is None:
        return None
    return Norm("DURATION", _iso_duration(1, unit), "exact")


_WEEKEND_UNITS = ("weekend", "fin de semana")


def norm_relative(g: Groups, ctx: Context) -> Norm | None:
    unit_word = norm_words(g.get("unit") or "")
    direction = _direction(g, ctx)
    if direction is None:
        return None
    offset, kind = direction
    base, base_gran = _base(kind, ctx)
    if base is None:
        return Norm("DATE", None, "inferred")
    if unit_word in _WEEKEND_UNITS:
        d = shift(base, "W", offset)
        return Norm("DATE", fmt(d, "week") + "-WE", "approximate", anchor=base)
    part = _part(g.get("part"), ctx)
    if part:
        # "the next morning", "that same night": a part of the day after (or of) the day the
        # text named last; after a coarser reference (a month, a year) no day is known
        if base_gran != "day":
            return None
        day = base + timedelta(days=offset)
        return Norm("TIME", f"{day.isoformat()}T{part}", "approximate", anchor=base)
    unit = ctx.lex.units.get(unit_word)
    if unit is None or unit not in UNIT_GRANULARITY:
        return None
    gran = UNIT_GRANULARITY[unit]
    gran = coarser(gran, base_gran)  # "the next day" after "in 1998" is only "1998"
    d = shift(base, unit, offset)
    certainty = "exact" if kind == "dct" else "approximate"
    return Norm("DATE", fmt(d, gran), certainty, anchor=base)


def norm_weekend(g: Groups, ctx: Context) -> Norm | None:
    word = (g.get("dir") or "").lower()
    if word == "that":
        base, _ = _base("ref", ctx)
    else:
        base = ctx.anchor
    if base is None:
        return Norm("DATE", "XXXX-WXX-WE", "inferred")
    if word == "next" or (word in ("the", "this") and ctx.future):
        saturday = next_weekday(base, 5)
    elif word == "last":
        saturday = last_weekday(base - timedelta(days=2), 5)
    else:
        saturday = last_weekday(base, 5) if base.weekday() < 5 else base
    return Norm("DATE", fmt(saturday, "week") + "-WE", "approximate", anchor=base)


# "six weeks ago" names a week, as "a month ago" names a month: the ISO week, not a day
_AGO_GRANULARITY = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter",
                    "DE": "year", "CE": "year", "FN": "week", "H": "day", "MIN": "day",
                    "S": "day"}  # fmt: skip
_BACKWARD = ("ago", "hace", "atrás", "earlier", "before", "previously", "prior", "antes")
_FROM_TEXT = ("earlier", "later", "before", "after", "previously", "prior", "después",
              "antes", "más tarde")  # fmt: skip
# "two months before the invasion": anchored to an event, not to a date
# "two days after the judge ordered", "una semana después de que / del golpe": counted from
# an event the text names, not from the article's date
# ... or a gerund's clause ("a decade after exchanging communist rule for democracy")
_EVENT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|i|el|la|los|"
                          r"las|que|su|sus|de|del|[A-Z]\w+|[a-z]{2,}ing)\b")  # fmt: skip


def norm_ago(g: Groups, ctx: Context) -> Norm | None:
    n = _number(g.get("num"), ctx.lex)
    unit = ctx.lex.units.get(norm_words(g.get("unit") or ""))
    direction = norm_words(g.get("dir") or "")
    if n is None or unit is None:
        return None
    if direction in ("before", "after", "antes", "después") and _EVENT_AFTER.match(
        ctx.text[ctx.end : ctx.end + 20]
    ):
        unit_end = g.get("_unit_end")
        return Norm(
            "DURATION",
            _iso_duration(n, unit),
            "exact",
            end=int(unit_end) if unit_end else None,
        )
    sign = -1 if direction in _BACKWARD else 1
    if isinstance(n, str) and direction in _FROM_TEXT:
        # "A few days later": vague, and counted from the narrative's time, not the present:
        # no point in time, only the span ("a few days")
        unit_end = g.get("_unit_end")
        span_end = int(unit_end) if unit_end else None
        return Norm("DURATION", _iso_duration(n, unit), "approximate", end=span_end)
    if isinstance(n, str):
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "approximate")
    from_text = direction in _FROM_TEXT or (ctx.ref_granularity == "quarter" and unit == "Y")
    # "a year ago" after "the third quarter": that quarter a year before
    base, base_gran = _base("ref" if from_text else "dct", ctx)
    if base is None:
        return Norm("DATE", None, "inferred")
    whole = int(n) if n == int(n) else None
    if whole is None:
        return Norm("DATE", None, "inferred")
    moved = shift(base, "D" if unit == "FN" else unit, sign * whole * (14 if unit == "FN" else 1))
    gran = _AGO_GRANULARITY.get(unit, "day")
    if from_text and ctx.ref is not None:
        # "a year earlier" than "the third quarter" is that quarter a year before
        gran = base_gran
    if unit == "Y" and ctx.months_span:
        # "net for the nine months rose from $163 million a year earlier": the first nine
        # months of last year, no quarter nor day of it
        gran = "year"
    return Norm("DATE", fmt(moved, gran), "approximate", anchor=base)


# a modal, a subject pronoun or "hopes to" right before "one day" makes it "some day" (not
# "cut the wait to one day")
_SOMEDAY_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|can|may|might|shall|should|must|he|she|they|we|i|you|who)"
    r"|\b(?:hope[sd]?|hoping|want(?:s|ed)?|wish(?:es|ed)?|dream(?:s|ed)?|expect(?:s|ed)?)"
    r"\s+to)\s+$",
    re.IGNORECASE,
)
# "six months of base pay", "a year's salary" is pay measured in time
_PAY_AFTER = re.compile(
    r"(?:\s+of|['’]s?)\s+(?:(?:base|basic|regular|full|back|his|her|their)\s+)?"
    r"(?:pay|salary|salaries|wages?|rent|severance)\b",
    re.IGNORECASE,
)


def norm_duration(g: Groups, ctx: Context) -> Norm | None:
    n = _number(g.get("num"), ctx.lex)
    unit = ctx.lex.units.get(norm_words(g.get("unit") or ""))
    if n is None or unit is None:
        return None
    num_word = norm_words(g.get("num") or "")
    if unit == "S" and num_word in ("a", "an", "un", "una"):
        return None  # "a second term"
    if re.fullmatch(r"1\d{3}|20\d\d", num_word):
        return None  # "the 1988 second quarter": a year, not a count
    matched = ctx.text[ctx.start : ctx.end].lower()
    if matched.endswith("-old") or re.match(r"\s+old\b", ctx.text[ctx.end : ctx.end + 5]):
        return None  # ages are not time expressions
    if unit == "Q" and (num_word in ("a", "an", "un", "una") or "-quarter" in matched):
        return None  # "a quarter of", "three-quarters": fractions
    if (
        num_word == "one"
        and unit == "D"
        and _SOMEDAY_BEFORE.search(ctx.text[max(0, ctx.start - 20) : ctx.start])
    ):
        return None  # "hopes to one day fly", "he will one day lead": some day, no span
    if _PAY_AFTER.match(ctx.text, ctx.end):
        return None  # "a bonus of six months of base pay": an amount of money
    if isinstance(n, float) and "half" in matched:
        n += 0.5
    start = None
    if matched.startswith("the ") and re.search(r"\w-\w+$", matched):
        start = ctx.start + 4  # "the two-week (trip)": the article belongs to the noun
    return Norm("DURATION", _iso_duration(n, unit), "exact", start=start)


def norm_year_end(g: Groups, ctx: Context) -> Norm | None:
    """ "by year-end", "the full year": the article's year, as "the end of the year" is; the
    year before after "since" ("up 5% since year-end")."""
    if ctx.anchor is None:
        return Norm("DATE", "XXXX", "inferred")
    since = re.search(r"\bsince\s+$", ctx.text[max(0, ctx.start - 7) : ctx.start], re.IGNORECASE)
    year = ctx.anchor.year - (1 if since else 0)
    return Norm("DATE", f"{year:04d}", "approximate", anchor=ctx.anchor)


def norm_duration_long(g: Groups, ctx: Context) -> Norm | None:
    """ "a day-long strike" lasts a day (P1D), a "decades-long" conflict some decades (PXY)."""
    word = norm_words(g.get("unit") or "")
    unit = ctx.lex.units.get(word)
    if unit is None:
        return None
    return Norm("DURATION", _iso_duration("X" if word.endswith("s") else 1, unit), "approximate")


# how many years from the article's a fiscal year so named is: the latest one is closed
_FISCAL_YEAR_SHIFT = {"latest": -1, "most recent": -1, "last": -1, "previous": -1, "prior": -1,
                      "current": 0, "next": 1, "coming": 1}  # fmt: skip


def norm_fiscal_year_rel(g: Groups, ctx: Context) -> Norm | None:
    """ "the latest fiscal year": the last one closed, which (its end unknown) is told by
    the year before the article's; "the current fiscal year" by the article's."""
    shift_by = _FISCAL_YEAR_SHIFT.get(norm_words(g.get("rel") or ""))
    if shift_by is None:
        return None
    if ctx.anchor is None:
        return Norm("DATE", "XXXX", "inferred")
    return Norm("DATE", f"{ctx.anchor.year + shift_by:04d}", "approximate", anchor=ctx.anchor)


def norm_fiscal_year(g: Groups, ctx: Context) -> Norm | None:
    return Norm("DURATION", "P1Y", "exact")


def norm_year_ago_adj(g: Groups, ctx: Context) -> Norm | None:
    """ "year-earlier results": a year before the period in question, which in
    results reporting is the quarter just named, else the article's year."""
    if ctx.months_span:
        # "compared with year-earlier net" after "for the nine months": that span's year
        base = ctx.ref if ctx.ref is not None else ctx.anchor
        if base is None:
            return Norm("DATE", None, "inferred")
        return Norm("DATE", f"{base.year - 1:04d}", "approximate", anchor=base)
    if ctx.ref is not None and ctx.ref_granularity == "quarter":
        # a year before the period reported, the latest one: a quarter a year or more before
        # the last completed one is already the year-ago period ("the 1988 third quarter" in
        # an October 1989 report), not a period to count a year back from
        back = False
        if ctx.anchor is not None:
            y, q = _last_completed_quarter(ctx.anchor)
            back = (y * 4 + q) - (ctx.ref.year * 4 + quarter_of(ctx.ref)) >= 4
        moved = date(ctx.ref.year - (0 if back else 1), ctx.ref.month, 1)
        return Norm("DATE", fmt(moved, "quarter"), "approximate", ctx.ref)
    if ctx.anchor is None:
        return Norm("DATE", None, "inferred")
    return Norm("DATE", f"{ctx.anchor.year - 1:04d}", "approximate", anchor=ctx.anchor)


def norm_duration_bare(g: Groups, ctx: Context) -> Norm | None:
    word = g.get("unit") or g.get("unit_of") or g.get("unit_end") or ""
    unit = ctx.lex.units.get(norm_words(word))
    if unit is None:
        return None
    return Norm("DURATION", _iso_duration("X", unit), "approximate")


NORMALISERS: dict[str, Callable[[Groups, Context], Norm | None]] = {
    "date": norm_date,
    "second_day": norm_second_day,
    "year": norm_year,
    "decade": norm_decade,
    "spoken_year": norm_spoken_year,
    "decade_words": norm_decade_words,
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
