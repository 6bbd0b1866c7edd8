"""One event from many sources: event mentions of different articles (and of one article)
about the same happening merged, conservatively.

Two mentions are the same event when they share PLOVER type, their modes agree, their dates
are compatible at their own granularity ("2024-06" holds "2024-06-22"), and their resolved
participants do not contradict (when both name targets, the targets overlap). Merging runs
within a story, so an event is never glued to a look-alike from another happening.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from chronicler.model import EventMention
from chronicler.resolve.text import fold, stem


@dataclass(frozen=True)
class SourcedMention:
    """An event mention with where it came from and its participants resolved to actors."""

    article_id: str
    idx: int  # position of the mention in its article's annotation
    event: EventMention
    actor_ids: frozenset[str] = frozenset()
    target_ids: frozenset[str] = frozenset()
    published: str | None = None  # the article's date, for ordering and fallback


@dataclass(frozen=True)
class MergedEvent:
    id: str  # "<first article id>:<idx>" of its earliest source: stable across re-runs
    type: str
    mode: str | None
    date: str | None  # the most specific date the sources agree on
    members: tuple[SourcedMention, ...]

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(m.article_id for m in self.members))

    @property
    def actor_ids(self) -> frozenset[str]:
        return frozenset().union(*(m.actor_ids for m in self.members))

    @property
    def target_ids(self) -> frozenset[str]:
        return frozenset().union(*(m.target_ids for m in self.members))


def is_real(event: EventMention) -> bool:
    """Negated, hypothetical and future mentions are reported talk, not events."""
    return not (event.negated or event.hypothetical or event.future)


def dates_compatible(a: str | None, b: str | None, max_day_gap: int = 1) -> bool:
    """Unknown is compatible with anything; a coarser value with any value inside it."""
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        from datetime import date

        try:
            gap = abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
        except ValueError:
            return False
        return gap <= max_day_gap
    return False


def more_specific(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return a if len(a) >= len(b) else b


def modes_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or fold(a) == fold(b)


def participants_compatible(a: SourcedMention, b: SourcedMention) -> bool:
    """When both sides name targets, they must overlap; with no targets on either side, the
    actors must. Actors are not compared once targets agree: sources often name the state
    ("Venezuela", "the government", "Venezuelan authorities") in different words."""
    if a.target_ids and b.target_ids:
        return bool(a.target_ids & b.target_ids)
    if not a.target_ids and not b.target_ids and a.actor_ids and b.actor_ids:
        return bool(a.actor_ids & b.actor_ids)
    return True


def _fits(mention: SourcedMention, group: list[SourcedMention], date: str | None, gap: int) -> bool:
    head = group[0]
    if mention.event.type != head.event.type:
        return False
    if not all(modes_compatible(mention.event.mode, m.event.mode) for m in group):
        return False
    if not dates_compatible(mention.event.date.value, date, gap):
        return False
    return all(participants_compatible(mention, m) for m in group)


def merge_events(mentions: Sequence[SourcedMention], max_day_gap: int = 1) -> list[MergedEvent]:
    """Greedy, order-stable merging of one story's real event mentions into events."""
    ordered = sorted(
        (m for m in mentions if is_real(m.event)),
        key=lambda m: (m.published or "9999", m.article_id, m.idx),
    )
    groups: list[list[SourcedMention]] = []
    dates: list[str | None] = []
    for mention in ordered:
        for k, group in enumerate(groups):
            if _fits(mention, group, dates[k], max_day_gap):
                group.append(mention)
                dates[k] = more_specific(dates[k], mention.event.date.value)
                break
        else:
            groups.append([mention])
            dates.append(mention.event.date.value)
    events = []
    for group, date in zip(groups, dates, strict=True):
        head = group[0]
        mode = next((m.event.mode for m in group if m.event.mode), None)
        events.append(
            MergedEvent(f"{head.article_id}:{head.idx}", head.event.type, mode, date, tuple(group))
        )
    return events


# -- benchmark-facing: trigger clustering over gold mentions --------------------------------


@dataclass(frozen=True)
class TriggerMention:
    key: str
    lemma: str
    text: str
    sentence: str


def trigger_key(lemma: str) -> str:
    """Lemma folded and crudely stemmed, so "release"/"releasing"/"released" meet."""
    return " ".join(stem(w, drop_e=True) for w in fold(lemma).split())


def cluster_triggers(
    mentions: Sequence[TriggerMention],
    embed: Callable[[list[str]], np.ndarray] | None = None,
    threshold: float = 1.0,
) -> list[int]:
    """Cluster one story's trigger mentions: same stemmed lemma, and (with `embed`) lemmas
    whose embeddings are at least `threshold` alike ("kill"/"slay"), joined transitively."""
    keys = sorted({trigger_key(m.lemma) for m in mentions})
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    if embed is not None and threshold < 1.0 and len(keys) > 1:
        vectors = embed(keys)
        sims = vectors @ vectors.T
        for i in range(len(keys)):
            for j in range(i + 1, len(keys)):
                if sims[i, j] >= threshold:
                    parent[root(keys[i])] = root(keys[j])
    labels: dict[str, int] = {}
    return [labels.setdefault(root(trigger_key(m.lemma)), len(labels)) for m in mentions]
