"""Publication date of an article: candidates from metadata, dateline, byline, URL,
copyright line and page header, checked against what the text says about itself.

Cascade of `find_publication_date`:
1. candidates, each with a basis and a prior confidence (data/dates/published.toml):
   declared metadata (JSONL/WARC), byline, dateline (incl. a line that is only a
   date, "2026-01-09 HKT 07:01"), URL path, HTML meta, copyright year, page header;
2. evidence from the body: the latest year it narrates outside future-tense clauses,
   durations that end about now ("in March 2018 ... spent nearly five years" → 2023),
   and bare month/day references ("in January", "on April 30"), which news only uses
   for the last twelve months or so;
3. the first candidate, in order of trust, that the evidence does not contradict wins.
   A contradicted header or copyright date is never returned: the value is then
   inferred from the evidence at its honest granularity ("2019"), or null, and
   `note` says what was rejected and why.

The time-expression grammar (annotate/timex) is a pure, stage-independent function of
text; it is reused here so that "June 24, 2023" is read the same way everywhere.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any

from chronicler.annotate.quotes import inside_quotation
from chronicler.annotate.timex import (
    clause_window,
    find_time_expressions,
    sentence_sides,
    sentence_window,
)
from chronicler.annotate.timex_lexicon import load_lexicon
from chronicler.annotate.timex_numeric import numeric_order, read_numeric_date, two_digit_year
from chronicler.model import DeclaredMetadata, PublicationDate
from chronicler.settings import data_path

_ISO = re.compile(r"^\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?:[T ]|\s*$)")
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-]([0-3]\d)(?:/|-|\.|$)")
_URL_COMPACT = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)(?:/|-|_|\.|$)")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:])")
# a numeric date or a clock time as tokenised text writes it ("16 / 08 / 2011", "2013 - 09 - 26",
# "08 . 07 . 2012", "13 : 42"): the date grammar reads them only written together
_SPACED_NUMERIC_DATE = re.compile(
    r"(?<![\d/.:-])(\d{1,4})[ \t]*([/.-])[ \t]*(\d{1,2})[ \t]*\2[ \t]*(\d{4}|\d{2})(?![\d/])"
)
_SPACED_CLOCK = re.compile(r"(?<![\d:])(\d{1,2})[ \t]*:[ \t]*(\d\d)(?:[ \t]*:[ \t]*(\d\d))?(?!\d)")
# a clock time written with a dot, as British pages do, spaced as tokens: "08 . 23 BST",
# "02 . 16PM IST"; only before a time zone or a.m./p.m. ("5 . 9 - magnitude" is a number)
_SPACED_DOTTED_CLOCK = re.compile(
    r"(?<![\d.])([0-2]?\d)[ \t]*\.[ \t]*([0-5]\d)(?=[ \t]*(?:[AaPp]\.?[ \t]?[Mm]\b|[A-Z]{2,4}\b))"
)

# month-named dates in shapes of page furniture (month_named_dates): "May. 3", "November 27 -
# 2005", "Dec - 19 - 05", "19-Dec-2005"
_MONTH_DOT = re.compile(r"\b([^\W\d_]{3,10})\.(?=[ \t]*\d{1,2}\b)")
_MONTH_DAY_DASH_YEAR = re.compile(
    r"\b([^\W\d_]{3,10})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?[ \t]*,?[ \t]*[-–][ \t]*((?:19|20)\d\d)\b"
)
_HYPHENATED_MONTH_DATE = re.compile(
    r"\b(?:([^\W\d_]{3,10})[ \t]*-[ \t]*(\d{1,2})[ \t]*-[ \t]*(\d{4}|\d\d)"
    r"|(\d{1,2})[ \t]*-[ \t]*([^\W\d_]{3,10})[ \t]*-[ \t]*(\d{4}|\d\d))(?![\d:])"
)


@dataclass(frozen=True)
class Candidate:
    value: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    basis: str
    confidence: float
    source: str  # the text it came from, for the note


@dataclass(frozen=True)
class Evidence:
    latest_year: int | None  # the latest year the body tells in a past-tense clause
    duration_year: int | None  # a year implied by "in 2018 ... spent five years"
    bare_refs: int  # month/day/weekday references without a year
    event_year: int | None = None  # "last year's election" + "the 2018 election" → 2019
    past_months: tuple[int, ...] = ()  # months named without a year in past-tense clauses


@dataclass(frozen=True)
class WireDay:
    """A wire dateline's day and month without a year ("Santiago de Cuba, 16 ene (EFE).-"),
    with the weekdays its lead names for a day of its own week ("este jueves")."""

    month: int
    day: int
    weekdays: tuple[int, ...]  # ISO weekdays, in the order the lead names them
    weekday_text: str  # the first of them as written


@cache
def _config() -> dict[str, Any]:
    with open(data_path("dates", "published.toml"), "rb") as fh:
        return tomllib.load(fh)


def _year(value: str) -> int:
    return int(value[:4])


# --- parsing one date string ---------------------------------------------------


def parse_date_string(text: str) -> str | None:
    """A date string from metadata at its own granularity ("2023-06-24", "2023-06")."""
    if not text or not text.strip():
        return None
    m = _ISO.match(text)
    if m:
        return "-".join(p for p in m.groups() if p)
    try:
        return parsedate_to_datetime(text).date().isoformat()  # RFC 2822 (WARC, RSS)
    except (TypeError, ValueError, IndexError):
        pass
    for t in find_time_expressions(text, None):
        usable = t.granularity in ("day", "month", "year", "time")
        if t.type in ("DATE", "TIME") and t.value and t.value[:4].isdigit() and usable:
            return t.value[:10]
    return _dateparser_day(text)


def _dateparser_day(text: str) -> str | None:
    """Last resort for odd metadata formats ("24/06/2023 10:00"): dateparser, strict, so
    that it only answers when day, month and year are all in the string."""
    import dateparser  # slow to import; most strings never get here

    parsed = dateparser.parse(
        text, languages=["en", "es"], settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY"}
    )
    return parsed.date().isoformat() if parsed else None


def _explicit_dates(line: str, language: str = "en") -> list[tuple[int, int, str]]:
    """(start, end, value) of the dates with their own year on a line, read first in the
    page's language: "11/06/2022" on a Spanish page is 11 June (day first), not 6 November."""
    found = []
    # page furniture is often in the site's language, which is mostly the article's
    for read_as in (language, *(other for other in ("en", "es") if other != language)):
        for t in find_time_expressions(line, None, read_as):
            v = t.value or ""
            if t.type in ("DATE", "TIME") and _names_a_year(v) and t.granularity in ("day", "time"):
                found.append((t.start, t.end, v[:10]))
        if found:
            break
    return found


def joined_numeric_dates(line: str, today: date | None = None) -> str:
    """`line` with its numeric dates and clock times written together, as the date grammar
    reads them: tokenised text spaces them ("16 / 08 / 2011 - 13 : 42" → "2011-08-16 -
    13:42"). A date whose order its numbers settle (a year first, a day over 12) is written
    ISO; a dotted one is day first ("08 . 07 . 2012", 8 July: dots are the day-first
    countries' mark); one with two readings keeps its slashes, for the page's language to
    order ("05 / 02 / 2013"). A two-digit year is of this century up to today's year, else
    of the last ("12 / 16 / 08" → 2008). A clock time with a dot before a zone or a.m./p.m.
    is joined too ("08 . 23 BST" → "08.23 BST")."""
    line = _SPACED_CLOCK.sub(lambda m: ":".join(p for p in m.groups() if p is not None), line)
    line = _SPACED_DOTTED_CLOCK.sub(r"\1.\2", line)
    this_year = (today or date.today()).year
    return _SPACED_NUMERIC_DATE.sub(lambda m: _numeric_date(m, this_year), line)


def month_named_dates(line: str, language: str = "en", today: date | None = None) -> str:
    """`line` with the month-named dates page furniture writes in shapes the date grammar
    does not read put in one it reads: a dot after a full month name ("May. 3, 2013" → "May 3,
    2013"), a dash for the comma before the year ("November 27 - 2005" → "November 27,
    2005"), a month name between hyphens ("Dec - 19 - 05", "19-Dec-2005" → "Dec 19, 2005"; a
    two-digit year as `joined_numeric_dates` reads it). For date lines only: in running text
    "in May. 3 people died" ends a sentence."""
    months = {**load_lexicon("en").months, **load_lexicon(language).months}
    this_year = (today or date.today()).year

    def month(word: str) -> bool:
        return word.lower() in months

    def year(text: str) -> str:
        return text if len(text) == 4 else str(two_digit_year(int(text), this_year))

    def dotted(m: re.Match[str]) -> str:
        return m[1] if month(m[1]) else m[0]

    def dashed_year(m: re.Match[str]) -> str:
        return f"{m[1]} {m[2]}, {m[3]}" if month(m[1]) else m[0]

    def hyphenated(m: re.Match[str]) -> str:
        name, day = (m[1], m[2]) if m[1] else (m[5], m[4])
        number = m[3] or m[6]
        return f"{name} {int(day)}, {year(number)}" if month(name) else m[0]

    line = _MONTH_DOT.sub(dotted, line)
    line = _MONTH_DAY_DASH_YEAR.sub(dashed_year, line)
    return _HYPHENATED_MONTH_DATE.sub(hyphenated, line)


def _numeric_date(m: re.Match[str], this_year: int) -> str:
    first, separator, middle, last = m[1], m[2], m[3], m[4]
    if len(first) == 4:  # year, month, day
        if len(last) == 4:
            return m[0]
        try:
            return date(int(first), int(middle), int(last)).isoformat()
        except ValueError:
            return m[0]
    if len(first) > 2 or (separator == "-" and len(last) != 4):
        # (a hyphen between small numbers is a score or a range as often: "3 - 1 - 10")
        return m[0]
    # the order and century rules the time grammar of sentences reads numeric dates by
    # (annotate/timex_numeric): a page's own date is never ahead of today
    if numeric_order(first, separator, middle) is None:
        # two readings: the slashes stay, for the page's language to order them
        year = int(last) if len(last) == 4 else two_digit_year(int(last), this_year)
        return f"{int(first)}/{int(middle)}/{year}"
    day = read_numeric_date(first, separator, middle, last, this_year, "month_first")
    return day.isoformat() if day else m[0]


# --- candidates -----------------------------------------------------------------


def find_wire_day(input_text: str) -> WireDay | None:
    """The day and month of a wire dateline that gives no year, and the weekdays its lead
    sentence names for that week; None when no line near the top opens with such a dateline."""
    lines_cfg = _config()["lines"]
    wire_day = re.compile(lines_cfg["wire_day"])
    other_week = re.compile(lines_cfg["other_week"], re.IGNORECASE)
    lines = [ln.strip() for ln in input_text.splitlines() if ln.strip()]
    for line in lines[: int(lines_cfg["top"])]:
        m = wire_day.match(line)
        if m is None:
            continue
        month_day = _month_day(m["day"])
        if month_day is None:
            return None
        lead = re.split(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ\"“])", line[m.end() :], maxsplit=1)[0]
        named = [
            t
            for language in ("es", "en")
            for t in find_time_expressions(lead, None, language)
            if re.fullmatch(r"XXXX-WXX-[1-7]", t.value or "")
            and not other_week.search(lead[max(0, t.start - 12) : t.end])
        ]
        named.sort(key=lambda t: t.start)
        weekdays = tuple(dict.fromkeys(int((t.value or "")[-1]) for t in named))
        return WireDay(*month_day, weekdays, named[0].text if named else "")
    return None


def _month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of "16 ene", "16 ene." or "Jan. 16": a day and a month name or its
    abbreviation in either language (the time grammar wants "16 de enero" in running text)."""
    m = re.fullmatch(r"(\d{1,2})\s+([^\W\d]+)\.?|([^\W\d]+)\.?\s+(\d{1,2})", text.strip())
    if m is None:
        return None
    day, word = (m[1], m[2]) if m[1] else (m[4], m[3])
    for language in ("es", "en"):
        month = load_lexicon(language).months.get(word.lower())
        if month is not None and 1 <= int(day) <= 31:
            return month, int(day)
    return None


def weekday_year(wire: WireDay, ev: Evidence, today: date) -> int | None:
    """The first year, from the latest one the body narrates up to today, in which the
    dateline's day falls on the first weekday its lead names; a named event's year or a
    duration's must agree. Weekdays of a date repeat only every five, six or eleven years,
    so a short span rarely holds two candidates; none is guessed without a named year."""
    if ev.latest_year is None or not wire.weekdays:
        return None
    for year in range(ev.latest_year, today.year + 1):
        try:
            day = date(year, wire.month, wire.day)
        except ValueError:  # 29 February of a common year
            continue
        if day > today or day.isoweekday() != wire.weekdays[0]:
            continue
        if ev.event_year is not None and year != ev.event_year:
            return None
        if ev.duration_year is not None and abs(year - ev.duration_year) > 1:
            return None
        return year
    return None


def _line_candidates(input_text: str, language: str = "en") -> list[Candidate]:
    cfg = _config()
    conf = cfg["confidence"]
    lines_cfg = cfg["lines"]
    byline = re.compile(lines_cfg["byline"], re.IGNORECASE)
    dateline = re.compile(lines_cfg["dateline"])
    furniture = re.compile(lines_cfg["furniture"], re.IGNORECASE)
    rest_only = re.compile(lines_cfg["date_only_rest"])
    out: list[Candidate] = []
    lines = [ln.strip() for ln in input_text.splitlines() if ln.strip()]
    for line in lines[: int(lines_cfg["top"])]:
        # tokenised text ("August 17 , 2011", corpora such as ECB+ and some scrapes) puts a
        # space before punctuation, which hides the year from the date grammar
        line = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", joined_numeric_dates(line))
        line = month_named_dates(line, language)
        is_dateline = bool(dateline.search(line))
        if is_dateline:
            line = line[:100]  # a wire dateline opens the first paragraph
        elif len(line) > 160:
            continue  # a paragraph, not a date line
        dates = _explicit_dates(line, language)
        if not dates:
            continue
        start, end, value = dates[0]
        rest = (line[:start] + " " + line[end:]).strip()
        if byline.search(line):
            out.append(Candidate(value, "byline", conf["byline"], line))
        elif "|" in line or furniture.search(line):
            out.append(Candidate(value, "header", conf["header"], line))
        elif is_dateline or rest_only.match(rest):
            out.append(Candidate(value, "dateline", conf["dateline"], line))
    return out


def _url_candidate(url: str | None) -> Candidate | None:
    if not url:
        return None
    conf = _config()["confidence"]["url"]
    for pattern in (_URL_DAY, _URL_COMPACT):
        m = pattern.search(url)
        if m:
            try:
                d = date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
            return Candidate(d.isoformat(), "url", conf, url)
    m = _URL_MONTH.search(url)
    return Candidate(f"{m[1]}-{m[2]}", "url", conf, url) if m else None


def _copyright_candidate(input_text: str) -> Candidate | None:
    pattern = re.compile(_config()["lines"]["copyright"], re.IGNORECASE)
    years = [m[1] for m in pattern.finditer(input_text)]
    if not years:
        return None
    year = max(years)
    return Candidate(year, "copyright", _config()["confidence"]["copyright"], f"© {year}")


def find_candidates(
    input_text: str,
    declared: DeclaredMetadata,
    meta_date: str | None = None,
    language: str = "en",
) -> list[Candidate]:
    """Every date the page offers for itself, most article-bound first; numeric dates on its
    lines are read as `language` writes them."""
    conf = _config()["confidence"]
    out: list[Candidate] = []
    if declared.date and (v := parse_date_string(declared.date)):
        out.append(Candidate(v, "metadata", conf["metadata"], declared.date))
    lines = _line_candidates(input_text, language)
    out.extend(c for c in lines if c.basis in ("byline", "dateline"))
    if (u := _url_candidate(declared.url)) is not None:
        out.append(u)
    if meta_date and (v := parse_date_string(meta_date)):
        out.append(Candidate(v, "metadata", conf["html_meta"], meta_date))
    if (c := _copyright_candidate(input_text)) is not None:
        out.append(c)
    out.extend(c for c in lines if c.basis == "header")
    return out


# --- evidence from the body -------------------------------------------------------


def body_evidence(body: str, language: str = "en", today: date | None = None) -> Evidence:
    """What the body says about its own date, without trusting any candidate."""
    cfg = _config()["evidence"]
    lex = load_lexicon(language)
    before_cue = re.compile(cfg["duration_before"], re.IGNORECASE)
    after_cue = re.compile(cfg["duration_after"], re.IGNORECASE)
    # a year a schedule or a span's end points to may lie ahead of the writing, whatever the
    # clause's tense ("was due to be released in June 2010", "guaranteed to make through 2017")
    planned_cue = re.compile(cfg["planned_before"] + r"\s*$", re.IGNORECASE)
    now_year = (today or date.today()).year
    years: list[int] = []
    spans: list[int] = []
    bare = 0
    past_months: set[int] = set()
    for t in find_time_expressions(body, None, language):
        v = t.value or ""
        window = clause_window(body, t.start, t.end)
        future = bool(lex.future.search(window))
        # only a year told in a past-tense clause bounds the article's date from below:
        # "the 2020 election", "a 2025 deadline" may lie ahead of it
        told = not future and bool(lex.past.search(sentence_window(body, t.start, t.end)))
        if told and planned_cue.search(body[max(0, t.start - 48) : t.start]):
            told = False
        if (
            t.type in ("DATE", "TIME")
            and _names_a_year(v)
            and told
            and not _attributive(body, t.start, t.end)
            # what a speaker says of a year ("'... to land humans on the Moon by 2024,' he
            # said") is his plan or his past, not when the article was written
            and not inside_quotation(*sentence_sides(body, t.start, t.end))
        ):
            if int(v[:4]) <= now_year:
                years.append(int(v[:4]))
        elif v.startswith("XXXX") and not future:
            bare += 1
            if re.fullmatch(r"XXXX-\d\d", v) and told:
                past_months.add(int(v[5:7]))
        elif t.type == "DURATION" and re.fullmatch(r"P\d+Y", v):
            before = body[max(0, t.start - 24) : t.start]
            after = body[t.end : t.end + 20]
            # "after five years in prison" counts; "a 99-year lease" is no elapsed time
            if (before_cue.search(before) or after_cue.match(after)) and int(v[1:-1]) <= int(
                cfg["max_duration_years"]
            ):
                spans.append(int(v[1:-1]))
    latest = max(years) if years else None
    duration_year = None
    if latest is not None and spans:
        guess = latest + max(spans)
        duration_year = guess if guess <= now_year else None
    return Evidence(
        latest, duration_year, bare, _named_event_year(body), tuple(sorted(past_months))
    )


def _names_a_year(value: str) -> bool:
    """ "2018", "2018-03-04": a value that starts with a whole year; a decade ("194" for the
    1940s) or a century ("19") names none."""
    return len(value) >= 4 and value[:4].isdigit()


def _attributive(body: str, start: int, end: int) -> bool:
    """A year that modifies a noun ("its 2025 bond") rather than placing an event: before a
    lower-case word, or inside a noun phrase a determiner, a possessive or a superlative opens
    before a name ("the newest 2020 Democratic presidential hopeful", "Sanders' 2020
    campaign"; not "in 2020 Trump won")."""
    cfg = _config()["attributive"]
    m = re.match(r"[ \t]+([a-záéíóúñ]+)", body[end : end + 24])
    if m is not None and m[1] not in cfg["function_words"]:
        return True
    named = re.match(r"[ \t]+[A-Z][a-z]+", body[end : end + 24]) is not None
    before = re.search(r"(\S+)[ \t]+$", body[max(0, start - 24) : start])
    if not named or before is None:
        return False
    word = before[1].lower()
    return (
        word in cfg["determiners"]
        or re.search(r"(?:'s|’s|s'|s’)$", word) is not None
        or (word.endswith("est") and len(word) > 4)
    )


def _named_event_year(body: str) -> int | None:
    """The year implied by "last year's election" when the text also names "the 2018
    election": the same event, counted from the article's own year."""
    cfg = _config()["named_events"]
    named: dict[str, set[int]] = {}
    for pattern in cfg["absolute"]:
        for m in re.finditer(pattern, body, re.IGNORECASE):
            named.setdefault(_stem(m["noun"]), set()).add(int(m["year"]))
    implied = set()
    for pattern in cfg["relative"]:
        for m in re.finditer(pattern, body, re.IGNORECASE):
            offset = cfg["offsets"].get(m["dir"].lower())
            years = named.get(_stem(m["noun"]), set())
            if offset is not None and len(years) == 1:
                implied.add(next(iter(years)) + int(offset))
    return implied.pop() if len(implied) == 1 else None


def _stem(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun


def _contradiction(c: Candidate, ev: Evidence, weak: bool) -> str | None:
    """Why the body contradicts a candidate, or None."""
    year = _year(c.value)
    if ev.latest_year is not None and year < ev.latest_year:
        return f"the text narrates {ev.latest_year} in the past tense"
    if not weak:
        return None
    if ev.event_year is not None and year != ev.event_year:
        return f"the text dates a named event relative to {ev.event_year}"
    month = int(c.value[5:7]) if len(c.value) >= 7 else None
    later = [m for m in ev.past_months if month is not None and m > month]
    if later:
        return f"the text speaks of month {later[-1]} of its year in the past tense"
    if ev.duration_year is not None and abs(year - ev.duration_year) > 1:
        return f"durations in the text point to about {ev.duration_year}"
    if (
        ev.duration_year is None
        and ev.latest_year is not None
        and ev.bare_refs
        and year > ev.latest_year + 1
    ):
        return (
            f"the text dates events by bare month/day ({ev.bare_refs}x) and names no year "
            f"after {ev.latest_year}"
        )
    return None


def _inferred(
    ev: Evidence, rejected: list[str], wire: WireDay | None, today: date
) -> PublicationDate:
    conf = _config()["confidence"]
    why = "; ".join(rejected)
    prefix = f"rejected {why}; " if why else ""
    year = weekday_year(wire, ev, today) if wire is not None else None
    if wire is not None and year is not None:
        return PublicationDate(
            value=f"{year:04d}-{wire.month:02d}-{wire.day:02d}",
            basis="inferred",
            confidence=conf["inferred_weekday"],
            note=(
                f"{prefix}inferred: the dateline's day falls on the weekday its lead names "
                f"({wire.weekday_text!r}) first in {year}, counting from the latest named "
                f"year {ev.latest_year}"
            ),
        )
    if ev.event_year is not None:
        return PublicationDate(
            value=str(ev.event_year),
            basis="inferred",
            confidence=conf["inferred_event"],
            note=f"{prefix}inferred from a named event dated relative to the article",
        )
    if ev.duration_year is not None:
        return PublicationDate(
            value=str(ev.duration_year),
            basis="inferred",
            confidence=conf["inferred_duration"],
            note=f"{prefix}inferred from a duration counted from {ev.latest_year}",
        )
    if ev.latest_year is not None and ev.bare_refs:
        return PublicationDate(
            value=str(ev.latest_year + 1),
            basis="inferred",
            confidence=conf["inferred_recent"],
            note=(
                f"{prefix}inferred: bare month/day references after the latest named year "
                f"{ev.latest_year}"
            ),
        )
    return PublicationDate(
        value=None, basis="unknown", confidence=0.0, note=f"{prefix}no usable date".strip()
    )


def _corroborated(c: Candidate, candidates: Sequence[Candidate], weak: set[str]) -> bool:
    """Another candidate of another basis, neither of them a page's own (header, copyright),
    gives the same day."""
    if c.basis in weak or len(c.value) < 10:
        return False
    return any(
        o.basis != c.basis and o.basis not in weak and o.value == c.value for o in candidates
    )


def find_publication_date(
    input_text: str,
    body: str,
    declared: DeclaredMetadata,
    meta_date: str | None = None,
    today: date | None = None,
) -> PublicationDate:
    """The article's publication date, its basis, a confidence, and a note on rejects."""
    weak_bases = set(_config()["weak"]["bases"])
    language = "es" if _looks_spanish(body) else "en"
    candidates = find_candidates(input_text, declared, meta_date, language)
    ev = body_evidence(body, language, today)
    rejected: list[str] = []
    for c in candidates:
        if _corroborated(c, candidates, weak_bases):
            # two sources of the article's own date agree to the day: years the body tells
            # are plans or schedules read as past ("the first crewed Orion flight in 2022")
            return PublicationDate(c.value, c.basis, c.confidence, None)  # type: ignore[arg-type]
        why = _contradiction(c, ev, c.basis in weak_bases)
        if why is None:
            confidence = c.confidence
            # agreement with the body's own evidence raises trust a little
            if ev.duration_year is not None and abs(_year(c.value) - ev.duration_year) <= 1:
                confidence = min(1.0, confidence + 0.1)
            note = f"passed over {'; '.join(rejected)}" if rejected else None
            return PublicationDate(c.value, c.basis, round(confidence, 2), note)  # type: ignore[arg-type]
        rejected.append(f"{c.basis} {c.value} ({why})")
    return _inferred(ev, rejected, find_wire_day(input_text), today or date.today())


_SPANISH_HINTS = re.compile(r"\b(?:el|los|las|que|del|por|una|según|años)\b", re.IGNORECASE)
_ENGLISH_HINTS = re.compile(r"\b(?:the|and|that|was|with|for|said)\b", re.IGNORECASE)


def _looks_spanish(body: str) -> bool:
    """Cheap guess for the grammar to use; the clean stage's language id runs later."""
    sample = body[:3000]
    return len(_SPANISH_HINTS.findall(sample)) > 2 * len(_ENGLISH_HINTS.findall(sample))
