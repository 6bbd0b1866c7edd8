"""Days a report's head names, as evidence that two reports tell one happening.

A report's head (its title, dateline and lead: its first lines) often names the calendar day
of its news with the year ("August 16, 2011", "Sep 18, 2013"). Two reports whose heads name
the same day, or days a day apart, are reports of one happening far more often than not (ECB+
train: of the pairs of documents whose heads name a shared day, 332 are one story and 1 is
not), even where their words differ: a blog post on a cable cut beside the wire reports of
it, a breaking-news item beside the day's full report. Words alone leave such a report just
under the attachment rule (stories.attach_small); the day lets it join.

The days travel with an article's terms (`d:YYYY-MM-DD`, stored with its words, so the store
path reads them back as the batch path does) but weigh nothing in the cosine (stories.idf_table
gives them no weight): they are read apart, here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import numpy as np

from chronicler.annotate.timex import find_time_expressions
from chronicler.clean.published import joined_numeric_dates

DAY_TERM = "d:"
# Tokenised or loosely spaced text ("August 16 , 2011", as ECB+'s and some extracted pages)
# reads as written text once a space before punctuation goes.
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+([,.;:!?)])")
_SPACE_AFTER_PAREN = re.compile(r"\([ \t]+")
_DAY_VALUE = re.compile(r"(?:18|19|20)\d\d-\d\d-\d\d")


def head_days(text: str, lines: int, language: str | None = "en") -> frozenset[str]:
    """The calendar days ("YYYY-MM-DD") the first `lines` lines of `text` name with their own
    year: no relative day ("on Tuesday") is resolved, as no anchor is given."""
    if lines <= 0:
        return frozenset()
    head = "\n".join(text.split("\n")[:lines])
    head = _SPACE_AFTER_PAREN.sub("(", _SPACE_BEFORE_PUNCT.sub(r"\1", head))
    # numeric dates spaced as tokens ("16 / 08 / 2011") are read as the clean stage reads them
    head = "\n".join(joined_numeric_dates(line) for line in head.split("\n"))
    days = set()
    for line in head.split("\n"):
        for t in find_time_expressions(line, None, language or "en"):
            value = t.value or ""
            if t.type in ("DATE", "TIME") and _DAY_VALUE.match(value):
                days.add(value[:10])
    return frozenset(days)


def day_terms(text: str, lines: int, language: str | None = "en") -> dict[str, float]:
    """The head's days as story terms (`d:YYYY-MM-DD`)."""
    return {f"{DAY_TERM}{d}": 1.0 for d in sorted(head_days(text, lines, language))}


def without_days(terms: Iterable[str]) -> list[str]:
    """The terms that are words, not head days: what the store's candidate blocking hashes. A
    day in the hash would move an article's band keys, so its candidates, for evidence the
    cosine does not weigh (two reports of one day share few enough words as it is)."""
    return [t for t in terms if not t.startswith(DAY_TERM)]


def days_of(terms: Mapping[str, float]) -> list[date]:
    out = []
    for t in terms:
        if t.startswith(DAY_TERM):
            try:
                out.append(date.fromisoformat(t[len(DAY_TERM) :]))
            except ValueError:
                continue
    return out


def day_agreement(terms: Sequence[Mapping[str, float]], window: int) -> np.ndarray:
    """[i, j]: 1 when the heads of articles i and j (i != j) name days at most `window` days
    apart, else 0 (also when either names none: no evidence)."""
    days = [days_of(t) for t in terms]
    n = len(days)
    out = np.zeros((n, n))
    for i in range(n):
        if not days[i]:
            continue
        for j in range(i + 1, n):
            if days[j] and min(abs((a - b).days) for a in days[i] for b in days[j]) <= window:
                out[i, j] = out[j, i] = 1.0
    return out
