"""Custody histories: per person, episodes detained -> charged -> held at -> released -> exile.

Steps come from merged events whose target is the person and whose mode maps onto a custody
step (the mapping is data: resolve.toml [custody]). Episodes are cut at each detention that
follows a release; each step keeps its date and sources, brokers are named.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from chronicler.resolve.merge import MergedEvent
from chronicler.settings import data_path

STEPS = ("detained", "charged", "sentenced", "released", "exile", "died")


@dataclass(frozen=True)
class Step:
    step: str
    date: str | None
    event_id: str
    article_ids: tuple[str, ...]


@dataclass
class Episode:
    steps: list[Step] = field(default_factory=list)
    held_at: list[str] = field(default_factory=list)
    charges: list[str] = field(default_factory=list)
    brokers: list[str] = field(default_factory=list)  # entity ids or names

    def first(self, step: str) -> Step | None:
        return next((s for s in self.steps if s.step == step), None)


@lru_cache(maxsize=1)
def _step_stems() -> dict[str, tuple[str, ...]]:
    doc = tomllib.loads(data_path("resolve", "resolve.toml").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in doc.get("custody", {}).items()}


def custody_step(mode: str | None, event_type: str | None = None) -> str | None:
    """The custody step a mode belongs to, if any."""
    for candidate in (mode, event_type):
        if not candidate:
            continue
        low = candidate.lower()
        for step in STEPS:
            if any(low.startswith(s) for s in _step_stems().get(step, ())):
                return step
    return None


def _date_key(event: MergedEvent) -> tuple[str, str]:
    earliest = min((m.published or "9999" for m in event.members), default="9999")
    return (event.date or earliest, event.id)


def custody_history(
    person_id: str, events: Sequence[MergedEvent], broker_ids: dict[str, list[str]] | None = None
) -> list[Episode]:
    """Episodes for one person from the merged events that name them as target."""
    broker_ids = broker_ids or {}
    steps = []
    for event in events:
        if person_id not in event.target_ids:
            continue
        step = custody_step(event.mode, event.type)
        if step:
            steps.append((event, step))
    steps.sort(key=lambda pair: (_date_key(pair[0]), STEPS.index(pair[1])))
    episodes: list[Episode] = []
    for event, step in steps:
        if not episodes or (step == "detained" and episodes[-1].first("released")):
            episodes.append(Episode())
        episode = episodes[-1]
        episode.steps.append(Step(step, event.date, event.id, tuple(event.article_ids)))
        for m in event.members:
            for name, value in m.event.attributes:
                target = {"held_at": episode.held_at, "charges": episode.charges,
                          "brokers": episode.brokers}.get(name)
                if target is not None and value not in target:
                    target.append(value)
        for broker in broker_ids.get(event.id, []):
            if broker not in episode.brokers:
                episode.brokers.append(broker)
    return episodes
