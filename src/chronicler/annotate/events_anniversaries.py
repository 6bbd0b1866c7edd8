"""An act an anniversary marks, in both languages: "the tenth anniversary of the embassy
bombing", "el 50 aniversario de la primera prueba nuclear", "the bombing's centenary". It is
the past act, no happening of the article's day (the lead's ruling of the thirty-fourth
session): told with the anniversary's ordinal or number, it is dated that many years before
the article's year (year granularity, approximate; months, weeks or days before its date when
the count is told in those: "the three-month anniversary of the shooting"); told with none
("the anniversary of the massacre"), it is not kept. The anniversary nouns are each
language's `commemoration_nouns`; their numbers (ordinals, cardinals of "a 10-year
anniversary", a noun's own count as "centenary") its `anniversary_numbers`, as "word N"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from chronicler.annotate.events_recalled import trigger_root
from chronicler.model import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from chronicler.model import EventMention, PublicationDate

# A number in figures, ordinal or not: "10th", "50", "50º", "25.º", "10ª".
_FIGURES = re.compile(r"^(\d{1,3})(?:st|nd|rd|th|\.?º|\.?ª|°|o)?$", re.IGNORECASE)
# An anniversary is counted in years; more than this is a year misread as a count ("the 1989
# anniversary").
_MOST_YEARS = 500


def anniversary_of(token: Token, nouns: frozenset[str]) -> Token | None:
    """The anniversary noun whose "of"/"de" phrase or compound `token` is (through a
    coordination: "the anniversary of the bombing and the siege"), or None."""
    t = token
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    head = t.head
    if head.i == t.i:
        return None
    if t.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head  # English: "the anniversary of the bombing"
    elif t.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in ("de", "del") for c in t.children
    ):
        noun = head  # Spanish: "el aniversario del atentado"
    elif t.dep_ == "compound":
        noun = head  # "the bombing anniversary"
    else:
        return None
    return noun if {noun.lower_, noun.lemma_.lower()} & nouns else None


# Units an anniversary's count may be told in other than years ("the three-month anniversary
# of the shooting", "el aniversario de seis meses"), as the months each stands for; a week's
# or a day's count is dated to the day.
_MONTH_UNITS = frozenset({"month", "months", "mes", "meses"})
_DAY_UNITS = {"week": 7, "weeks": 7, "semana": 7, "semanas": 7, "day": 1, "days": 1, "día": 1}


def _told_count(noun: Token) -> list[Token]:
    """The words of the count on the anniversary noun: its modifiers before it, or after
    "number"/"número"."""
    return [
        t
        for c in noun.children
        if (c.i < noun.i and c.dep_ not in ("det", "poss", "case"))
        or c.lemma_.lower() in ("number", "número", "numero")
        for t in c.subtree
    ]


def years_marked(noun: Token, numbers: dict[str, int]) -> int | None:
    """How many years (or months, weeks, days: `_dated_back`) the anniversary `noun` counts: its
    own count ("centenary"), else its ordinal or number before it ("tenth", "twenty-fifth",
    "10-year", "el 50 aniversario", "vigésimo quinto") or after "number"/"número"; None when
    it tells none."""
    own = numbers.get(noun.lower_) or numbers.get(noun.lemma_.lower())
    if own:
        return own
    told = _told_count(noun)
    for t in told:
        if (m := _FIGURES.match(t.text)) and 0 < int(m.group(1)) <= _MOST_YEARS:
            return int(m.group(1))
    total = sum(numbers.get(t.lower_, 0) for t in told)
    return total if 0 < total <= _MOST_YEARS else None


def _dated_back(published: str, count: int, noun: Token) -> EventDate | None:
    """The date `count` years (or the unit the count is told in) before the article's date."""
    words = {t.lower_ for t in _told_count(noun)}
    if not published[:4].isdigit():
        return None
    year = int(published[:4])
    if words & _MONTH_UNITS or words & set(_DAY_UNITS):
        if len(published) < 7:
            return None
        if words & _MONTH_UNITS:
            months = year * 12 + int(published[5:7]) - 1 - count
            return EventDate(
                f"{months // 12:04d}-{months % 12 + 1:02d}", "sentence", "approximate", "month"
            )
        if len(published) < 10:
            return None
        step = max(_DAY_UNITS[w] for w in words if w in _DAY_UNITS)
        day = date.fromisoformat(published[:10]) - timedelta(days=step * count)
        return EventDate(day.isoformat(), "sentence", "approximate", "day")
    return EventDate(f"{year - count:04d}", "sentence", "approximate", "year")


def number_table(words: frozenset[str]) -> dict[str, int]:
    """`anniversary_numbers` ("tenth 10") as a table."""
    table: dict[str, int] = {}
    for entry in words:
        word, _, value = entry.rpartition(" ")
        if word and value.isdigit():
            table[word] = int(value)
    return table


def with_anniversary_dates(
    doc: Doc,
    events: Sequence[EventMention],
    published: PublicationDate,
    own_words: Callable[[str], frozenset[str]],
) -> list[EventMention]:
    """The events, each act an anniversary marks dated from the anniversary's count of years
    before the article's year, or left out when no count is told."""
    nouns = own_words("commemoration_nouns")
    numbers = number_table(own_words("anniversary_numbers"))
    out: list[EventMention] = []
    for ev in events:
        root = trigger_root(doc, ev)
        noun = anniversary_of(root, nouns) if root is not None else None
        if noun is None:
            out.append(ev)
            continue
        years = years_marked(noun, numbers)
        if years is None:
            continue  # "the anniversary of the massacre": when is not told
        dated = _dated_back(published.value or "", years, noun)
        out.append(replace(ev, date=dated) if dated is not None else ev)
    return out
