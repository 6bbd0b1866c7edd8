"""Normalisers of spans and periods: seasons, quarters and fiscal years, weekends,
relative periods ("last month", "the next two years"), "ago" and durations. Each has the
signature `(groups, ctx) -> Norm | None` of timex_rules."""

from __future__ import annotations

import re
from datetime import date, timedelta

from chronicler.annotate.timex_calendar import (
    UNIT_GRANULARITY,
    coarser,
    fmt,
    last_weekday,
    next_weekday,
    quarter_of,
    shift,
)
from chronicler.annotate.timex_lexicon import norm_words
from chronicler.annotate.timex_norm import (
    Context,
    Groups,
    Norm,
    amount_rate_before,
    day_part,
    iso_duration,
    number_word,
    spoken_year,
    year_of,
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
    year = year_of(g) or spoken_year(g, ctx)  # "the winter of nineteen ninety-four"
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
    year = year_of(g)
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
        if yearback.startswith("last") and not year_of(g) and a is not None:
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
    year = year_of(g)
    if year is None:
        return None
    half = 1 if (g.get("span") or "").lower() == "first" else 2
    return Norm("DATE", f"{year:04d}-H{half}", "exact", explicit=True)


def norm_duration_past(g: Groups, ctx: Context) -> Norm | None:
    unit = ctx.lex.units.get((g.get("unit") or "").lower())
    if unit is None:
        return None
    return Norm("DURATION", iso_duration(1, unit), "exact")


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
    part = day_part(g.get("part"), ctx)
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
    n = number_word(g.get("num"), ctx.lex)
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
            iso_duration(n, unit),
            "exact",
            end=int(unit_end) if unit_end else None,
        )
    sign = -1 if direction in _BACKWARD else 1
    if isinstance(n, str) and direction in _FROM_TEXT:
        # "A few days later": vague, and counted from the narrative's time, not the present:
        # no point in time, only the span ("a few days")
        unit_end = g.get("_unit_end")
        span_end = int(unit_end) if unit_end else None
        return Norm("DURATION", iso_duration(n, unit), "approximate", end=span_end)
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
    n = number_word(g.get("num"), ctx.lex)
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
    if num_word in ("a", "an", "un", "una") and amount_rate_before(ctx):
        return None  # "prices rose 3% a year": a rate of an amount, no span
    if _PAY_AFTER.match(ctx.text, ctx.end):
        return None  # "a bonus of six months of base pay": an amount of money
    if isinstance(n, float) and "half" in matched:
        n += 0.5
    start = None
    if matched.startswith("the ") and re.search(r"\w-\w+$", matched):
        start = ctx.start + 4  # "the two-week (trip)": the article belongs to the noun
    return Norm("DURATION", iso_duration(n, unit), "exact", start=start)


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
    return Norm("DURATION", iso_duration("X" if word.endswith("s") else 1, unit), "approximate")


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
    return Norm("DURATION", iso_duration("X", unit), "approximate")
