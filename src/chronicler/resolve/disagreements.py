"""Disagreements: attributes on which the sources of one merged event differ, side by side.

A value that merely refines another (a day inside a month, "Caracas" inside "a prison in
Caracas") is not a disagreement; two values that cannot both be true are. Charges and brokers
are lists, not single values: a source naming one more charge than another adds to it, so
those differ only when each source names something the other does not, and each source's
whole list is shown.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from chronicler.annotate.timex import find_time_expressions
from chronicler.annotate.timex_norm import number_value
from chronicler.resolve.config import load_config
from chronicler.resolve.merge import MergedEvent, dates_compatible
from chronicler.resolve.text import fold

# Attributes compared across sources; names follow the events stage's attribute names.
COMPARED = (
    "held_at",
    "charge",
    "charges",
    "term",
    "duration",
    "actor_count",
    "target_count",
    "count",
)

# Attributes that are a number of people: compared as numbers when both are written ones.
COUNTS = frozenset({"actor_count", "target_count", "count"})
_THOUSANDS = re.compile(r"\d{1,3}(?:[,.]\d{3})+")

# Attributes a source may give several values of at once: compared as each article's set.
SET_VALUED = frozenset({"charge", "charges", "brokers"})


@dataclass(frozen=True)
class Disagreement:
    event_id: str
    attribute: str
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, article ids saying it)


_UNSTATED_DATES = frozenset({"article", "unknown", "discourse"})


def attribute_values(event: MergedEvent) -> dict[str, dict[str, list[str]]]:
    """attribute -> value -> article ids, the event's date and location included."""
    table: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in event.members:
        # a date carried from an earlier sentence ("discourse") or the article's own is the
        # narrative's guess, not what the source says of this event
        if m.event.date.value and m.event.date.basis not in _UNSTATED_DATES:
            _add(table["date"], m.event.date.value, m.article_id)
        held_at = set()
        for name, value in m.event.attributes:
            if name in COMPARED and value:
                _add(table[name], value, m.article_id)
                held_at |= {value} if name == "held_at" else set()
        if m.event.location and m.event.location not in held_at:  # said once, under held_at
            _add(table["location"], m.event.location, m.article_id)
    return table


def _add(values: dict[str, list[str]], value: str, article_id: str) -> None:
    if article_id not in values[value]:
        values[value].append(article_id)


def count_value(text: str) -> float | None:
    """ "26", "1,150", "Twenty-six", "veinte" -> the number; None for "dozens", "several"."""
    text = text.strip()
    if _THOUSANDS.fullmatch(text):
        return float(re.sub(r"[,.]", "", text))
    english = number_value(text, "en")
    return english if english is not None else number_value(text, "es")


# Attributes that are a length of time ("six months", "cuatro meses"): compared as lengths
# when both read as one.
LENGTHS = frozenset({"term"})
# A length that goes on past its last count ("a year and a half", "dos años y medio") is
# not read as that count alone.
_LENGTH_GOES_ON = re.compile(r"^\s*(?:and|y|e|,)\s", re.IGNORECASE)
# What may stand between the counts of one length told in parts ("13 years and 9 months",
# "13 años y 9 meses", "two years, six months").
_PARTS_JOIN = re.compile(r"^\s*(?:,\s*)?(?:(?:and|y|e)\s+)?$", re.IGNORECASE)
# Months or days in one unit of each ISO duration designator: lengths in years and months
# compare with each other, weeks and days with each other.
_UNIT_SIZE = {"Y": ("M", 12), "M": ("M", 1), "W": ("D", 7), "D": ("D", 1)}
_ISO_LENGTH = re.compile(r"^P(\d+(?:\.\d+)?)([YMWD])$")
_DESIGNATORS = "YMWD"  # larger units first: a length told in parts names them in this order


@dataclass(frozen=True)
class Length:
    """A counted length in months ("M") or days ("D"); `approximate` when a word says the
    count is a round figure ("casi 14 años", "nearly 14 years")."""

    unit: str
    amount: float
    approximate: bool = False

    def agrees(self, other: Length, share: float) -> bool:
        """One length, or two within the approximation one of them states: "casi 14 años"
        (168 months, give or take `share` of it) and "13 years and 9 months" (165) agree;
        "six months" and "cuatro meses" do not."""
        if self.unit != other.unit:
            return False
        rounded = [x.amount for x in (self, other) if x.approximate]
        slack = share * max(rounded) if rounded else 0.0
        return abs(self.amount - other.amount) <= slack


@lru_cache(maxsize=1024)
def length_value(text: str) -> Length | None:
    """ "six months", "cuatro meses", "10 years in prison", "13 years and 9 months" -> 6, 4,
    120 and 165 months; None when the text is not one counted length (several, "dozens", or
    a count going on past its unit, "a year and a half")."""
    for language in ("en", "es"):
        found = [t for t in find_time_expressions(text, None, language) if t.type == "DURATION"]
        parts = [_ISO_LENGTH.match(t.value or "") for t in found]
        if not found or not all(parts) or _LENGTH_GOES_ON.match(text[found[-1].end :]):
            continue
        designators = [p.group(2) for p in parts if p]
        units = {_UNIT_SIZE[d][0] for d in designators}
        in_order = designators == sorted(set(designators), key=_DESIGNATORS.index)
        joined = all(_PARTS_JOIN.match(text[a.end : b.start]) for a, b in itertools.pairwise(found))
        if len(units) != 1 or not in_order or not joined:
            continue
        amount = sum(float(p.group(1)) * _UNIT_SIZE[p.group(2)][1] for p in parts if p)
        return Length(units.pop(), amount, _approximate(text[: found[0].end]))
    return None


def _approximate(text: str) -> bool:
    """A word of `approximate_words` (resolve.toml) before or in the count."""
    words = load_config().approximate_words
    return any(w in words for w in fold(text).split())


def _reads_as_lengths(attribute: str, values: dict[str, list[str]]) -> bool:
    """Every value of a length attribute reads as a counted length, in whatever language."""
    return attribute in LENGTHS and all(length_value(v) is not None for v in values)


def values_agree(attribute: str, a: str, b: str) -> bool:
    """Whether two sources' values of `attribute` can both be true (one refines the other)."""
    if attribute == "date":
        return dates_compatible(a, b, max_day_gap=0)
    if attribute in LENGTHS:
        # "six months" and "cuatro meses" differ; "18 months" is "a year and six months", and
        # "casi 14 años" is within its approximation of "13 years and 9 months"
        la, lb = length_value(a), length_value(b)
        if la is not None and lb is not None:
            return la.agrees(lb, load_config().approximate_share)
    if attribute in COUNTS:
        # "2" is no refinement of "26", and "Twenty-six" is "26"
        va, vb = count_value(a), count_value(b)
        if va is not None and vb is not None:
            return va == vb
    fa, fb = fold(a), fold(b)
    return fa in fb or fb in fa


# Attributes whose values read alike in any language: a date, a number of people, the
# resolved names of brokers (and a length of time, when every value reads as one).
_LANGUAGE_FREE = frozenset({"date", "brokers"}) | COUNTS


def find_disagreements(
    event: MergedEvent,
    extra: dict[str, dict[str, list[str]]] | None = None,
    languages: Mapping[str, str | None] | None = None,
) -> list[Disagreement]:
    """`extra` adds attribute values found elsewhere (who brokered it, per article).
    `languages` (article id -> language) keeps words apart: a place or a charge written in
    two languages ("police special operations base", "sede de la Dirección de Operaciones
    Especiales") is one value translated, so words differ only where two articles of one
    language differ; dates and counts are compared across languages."""
    table = attribute_values(event)
    for attribute, values in (extra or {}).items():
        for value, article_ids in values.items():
            for article_id in article_ids:
                _add(table[attribute], value, article_id)
    out = []
    for attribute, values in sorted(table.items()):
        if len(values) < 2:
            continue
        compare = _differing_sets if attribute in SET_VALUED else _differing_values
        found = compare(attribute, values)
        free = attribute in _LANGUAGE_FREE or _reads_as_lengths(attribute, values)
        if found and languages and not free:
            found = found if _within_one_language(attribute, values, languages) else ()
        if found:
            out.append(Disagreement(event.id, attribute, found))
    return out


def _within_one_language(
    attribute: str, values: dict[str, list[str]], languages: Mapping[str, str | None]
) -> bool:
    """Whether the articles of some one language give values that differ."""
    compare = _differing_sets if attribute in SET_VALUED else _differing_values
    for language in {languages.get(a) for ids in values.values() for a in ids}:
        same = {
            v: kept
            for v, ids in values.items()
            if (kept := [a for a in ids if languages.get(a) == language])
        }
        if len(same) > 1 and compare(attribute, same):
            return True
    return False


def _canonical(attribute: str, values: dict[str, list[str]]) -> dict[str, str]:
    """Each value -> the longest value it is compatible with ("treason" -> "charges of
    treason"), so refinements count as one value."""
    kept = sorted(values, key=lambda v: (-len(v), v))
    distinct: list[str] = []
    for value in kept:
        if not any(values_agree(attribute, value, d) for d in distinct):
            distinct.append(value)
    return {v: next(d for d in distinct if values_agree(attribute, v, d)) for v in values}


def _differing_values(
    attribute: str, values: dict[str, list[str]]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    canonical = _canonical(attribute, values)
    distinct = sorted(set(canonical.values()))
    if len(distinct) < 2:
        return ()
    sources = {
        d: sorted({a for v in values if values_agree(attribute, v, d) for a in values[v]})
        for d in distinct
    }
    articles = set().union(*(set(s) for s in sources.values()))
    if len(articles) < 2:
        return ()  # one article contradicting itself is not a disagreement between sources
    return tuple((d, tuple(sources[d])) for d in distinct)


def _differing_sets(
    attribute: str, values: dict[str, list[str]]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each article's list, when two articles each name a value the other does not."""
    canonical = _canonical(attribute, values)
    per_article: dict[str, set[str]] = defaultdict(set)
    for value, article_ids in values.items():
        for article_id in article_ids:
            per_article[article_id].add(canonical[value])
    lists = {frozenset(v) for v in per_article.values()}
    if not any(not a <= b and not b <= a for a in lists for b in lists):
        return ()  # every list is contained in a longer one: more detail, not a difference
    by_list: dict[str, list[str]] = defaultdict(list)
    for article_id, listed in per_article.items():
        by_list["; ".join(sorted(listed))].append(article_id)
    return tuple((listed, tuple(sorted(a))) for listed, a in sorted(by_list.items()))
