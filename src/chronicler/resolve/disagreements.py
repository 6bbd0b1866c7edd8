"""Disagreements: attributes on which the sources of one merged event differ, side by side.

A value that merely refines another (a day inside a month, "Caracas" inside "a prison in
Caracas") is not a disagreement; two values that cannot both be true are.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Disagreement:
    event_id: str
    attribute: str
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, article ids saying it)


def attribute_values(event: MergedEvent) -> dict[str, dict[str, list[str]]]:
    """attribute -> value -> article ids, the event's date and location included."""
    table: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in event.members:
        if m.event.date.value and m.event.date.basis not in ("article", "unknown"):
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


def _compatible(attribute: str, a: str, b: str) -> bool:
    if attribute == "date":
        return dates_compatible(a, b, max_day_gap=0)
    fa, fb = fold(a), fold(b)
    return fa in fb or fb in fa


def find_disagreements(
    event: MergedEvent, extra: dict[str, dict[str, list[str]]] | None = None
) -> list[Disagreement]:
    """`extra` adds attribute values found elsewhere (who brokered it, per article)."""
    table = attribute_values(event)
    for attribute, values in (extra or {}).items():
        for value, article_ids in values.items():
            for article_id in article_ids:
                _add(table[attribute], value, article_id)
    out = []
    for attribute, values in sorted(table.items()):
        if len(values) < 2:
            continue
        # values that refine another (and share its sources) collapse into the longer one
        kept = sorted(values, key=lambda v: (-len(v), v))
        distinct: list[str] = []
        for value in kept:
            if not any(_compatible(attribute, value, d) for d in distinct):
                distinct.append(value)
        if len(distinct) < 2:
            continue
        sources = {
            d: sorted({a for v in values if _compatible(attribute, v, d) for a in values[v]})
            for d in distinct
        }
        articles = set().union(*(set(s) for s in sources.values()))
        if len(articles) < 2:
            continue  # one article contradicting itself is not a disagreement between sources
        out.append(
            Disagreement(
                event.id,
                attribute,
                tuple((d, tuple(sources[d])) for d in sorted(distinct)),
            )
        )
    return out
