"""Who brokered what: mediation events tied to the merged event they brought about.

The events stage marks a mediation whose clause names a release ("negotiated for the release",
"secured his freedom") with `broker_of`. Here each such claim goes to one merged event of its
article: the one whose targets it names, else, when it names none ("the release"), the one
told in the claim's own sentence ("sale de prisión gracias a la mediación de la Iglesia"),
else the article's most reported event of that mode, the one the article is about. A mediator
of one release is never the broker of another release the article mentions in passing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from chronicler.resolve.custody import custody_step
from chronicler.resolve.merge import MergedEvent, SourcedMention


@dataclass(frozen=True)
class BrokerClaim:
    article_id: str
    brokered: str  # what the clause says was brokered: "release", "freedom", "exchange"
    broker: str  # actor entity id
    target_ids: frozenset[str]  # whom the mediation was for, when the text says
    sentence: int = -1  # the claim's sentence in its article


def broker_claims(mentions: Sequence[SourcedMention]) -> list[BrokerClaim]:
    claims = []
    for m in mentions:
        if m.event.negated:
            continue
        for name, value in m.event.attributes:
            if name == "broker_of":
                claims += [
                    BrokerClaim(m.article_id, value, actor, m.target_ids, m.event.sentence)
                    for actor in sorted(m.actor_ids)
                ]
    return claims


def brokers_mode(brokered: str, mode: str | None) -> bool:
    """ "his freedom", "the liberation" and "the release" all broker a release."""
    if mode is None:
        return False
    step = custody_step(brokered)
    return brokered == mode or (step is not None and step == custody_step(mode))


def assign_brokers(
    events: Sequence[MergedEvent], claims: Sequence[BrokerClaim]
) -> dict[str, dict[str, list[str]]]:
    """event id -> broker entity id -> the articles that name that broker for it."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        candidates = [
            e
            for e in events
            if claim.article_id in e.article_ids and brokers_mode(claim.brokered, e.mode)
        ]
        if claim.target_ids:
            chosen = [e for e in candidates if e.target_ids & claim.target_ids]
        else:
            chosen = [e for e in candidates if _told_in(e, claim.article_id, claim.sentence)]
            chosen = chosen or candidates
            chosen = sorted(chosen, key=lambda e: (len(e.article_ids), e.date or ""))[-1:]
        for event in chosen:
            if claim.broker in event.target_ids:
                continue  # the person freed is not their own broker
            articles = out[event.id][claim.broker]
            if claim.article_id not in articles:
                articles.append(claim.article_id)
    return {k: dict(v) for k, v in out.items()}


def _told_in(event: MergedEvent, article_id: str, sentence: int) -> bool:
    return any(m.article_id == article_id and m.event.sentence == sentence for m in event.members)
