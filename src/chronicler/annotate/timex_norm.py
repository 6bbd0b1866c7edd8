"""What every time-expression normaliser shares: the context a match is read in, the
normalised value it gives, and the readings of numbers, durations, years and parts of the
day that both the day-level rules (timex_rules) and the spans' (timex_spans) use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from chronicler.annotate.timex_lexicon import Lexicon, norm_words
from chronicler.annotate.timex_numeric import two_digit_year

Groups = dict[str, str | None]


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


def number_word(word: str | None, lex: Lexicon) -> float | str | None:
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

    value = number_word(text, load_lexicon(language))
    return value if isinstance(value, float) else None


# A half of these units in the next smaller one: "5 1/2 hours" is PT5H30M, not PT5.5H.
_HALF_UNIT = {"Y": ("Y", "6M", False), "M": ("M", "15D", False), "D": ("D", "12H", True),
              "H": ("H", "30M", True), "MIN": ("M", "30S", True)}  # fmt: skip


def iso_duration(n: float | str, unit: str) -> str:
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


# A two-digit year in a sentence may name a year ahead of its article ("the class of '15"
# written in 2012), up to this many; with no article date, the years up to 2029.
TWO_DIGIT_YEARS_AHEAD = 10
TWO_DIGIT_LATEST_UNANCHORED = 2029


def year_of(groups: Groups, anchor: date | None = None) -> int | None:
    """The year a match's groups name, four digits or two ("'98" → 1998, "'05" → 2005; with
    the article's date, the year ending so up to ten years after it)."""
    if groups.get("year"):
        return int(groups["year"])  # type: ignore[arg-type]
    if groups.get("year2"):
        yy = int(groups["year2"])  # type: ignore[arg-type]
        return two_digit_year(yy, latest_two_digit_year(anchor))
    return None


def latest_two_digit_year(anchor: date | None) -> int:
    """The latest year a two-digit year of a sentence may name (timex_numeric.two_digit_year)."""
    return anchor.year + TWO_DIGIT_YEARS_AHEAD if anchor else TWO_DIGIT_LATEST_UNANCHORED


def day_part(word: str | None, ctx: Context) -> str | None:
    """The TIMEX3 part of the day a word names ("morning" → MO, "noche" → NI), if any."""
    return ctx.lex.parts.get(norm_words(word)) if word else None


def spoken_year(g: Groups, ctx: Context) -> int | None:
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


# An amount of money or a share right before the unit: "save $500 million a year", "rise 8.5%
# annually", "C$17.9 million annually", "un 3 por ciento al año" measure a value per unit of
# time, a rate, which neither recurs as acts do ("twice a week": a frequency) nor lasts.
_AMOUNT_BEFORE = re.compile(
    r"(?:[$€£]\s?\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion|mil|millones))?"
    r"|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|por\s+ciento\b|cents?\b|dollars?\b|pesos\b"
    r"|euros?\b)"
    r"|\d[\d.,]*\s+(?:thousand|million|billion|trillion)\s+(?:dollars|pesos|euros)\b)"
    r"\s*$",
    re.IGNORECASE,
)


def amount_rate_before(ctx: Context) -> bool:
    """An amount of money or a percentage ends right before the match: a rate ("$2 million a
    year", "20% annually"), no time expression."""
    return bool(_AMOUNT_BEFORE.search(ctx.text[max(0, ctx.start - 40) : ctx.start]))
