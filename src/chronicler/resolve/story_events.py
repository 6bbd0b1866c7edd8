"""Per story: its members' event mentions merged into events with every source, their
disagreements and brokers; per person: the custody history read off their merged events.

Called by the resolve orchestrator (run.py) for each story whose members changed and each
person whose events did.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from chronicler.embedding import embed_many, encoder
from chronicler.model import EventMention, Participant
from chronicler.resolve import actors as actor_rules
from chronicler.resolve import described as unnamed
from chronicler.resolve.brokers import assign_brokers, broker_claims
from chronicler.resolve.config import ResolveConfig
from chronicler.resolve.custody import CustodyEvent, actor_step, custody_history
from chronicler.resolve.disagreements import find_disagreements
from chronicler.resolve.merge import MergedEvent, SourcedMention, merge_events
from chronicler.store import resolved as db
from chronicler.store.db import Store


def without_self(
    event: EventMention,
    actor_ids: frozenset[str],
    spans: list[tuple[int, int, str]],
    tagged: Sequence[tuple[int, int]],
    orgs: Mapping[str, str] | None = None,
) -> tuple[EventMention, frozenset[str]]:
    """The event without the targets that name only its own actors ("González had asked to
    be flown out": the asker resolved twice), except in a two-way act, whose sides are both
    ("X and Y clashed"); with the entities its kept targets name."""
    per_target = [(t, participant_ids([t], spans, tagged, orgs)) for t in event.targets]
    if ("reciprocal", "yes") not in event.attributes and actor_ids:
        per_target = [(t, ids) for t, ids in per_target if not ids or not ids <= actor_ids]
    target_ids = frozenset().union(*(ids for _, ids in per_target))
    if len(per_target) == len(event.targets):
        return event, target_ids
    return replace(event, targets=tuple(t for t, _ in per_target)), target_ids


def participant_ids(
    participants: Sequence[Participant],
    spans: list[tuple[int, int, str]],
    tagged: Sequence[tuple[int, int]],
    orgs: Mapping[str, str] | None = None,
) -> frozenset[str]:
    """The entities the participants name, from the article's entity spans (start, end, id);
    `tagged` are the spans of the names the annotate stage saw (its mentions); `orgs` the
    article's organisations by bare name, for a participant the tagger missed that is written
    as one of them ("la Fiscalía, que lo acusa")."""
    ids = set()
    for p in participants:
        own = {
            entity_id
            for start, end, entity_id in spans
            if start < p.end and p.start < end and _names(p, start, end, tagged)
        }
        if not own and p.label is None and orgs:
            org = actor_rules.named_like_organisation(p.text, orgs)
            own = {org} if org else own
        ids |= own
    return frozenset(ids)


def _names(p: Participant, start: int, end: int, tagged: Sequence[tuple[int, int]]) -> bool:
    """Whether the entity at start:end is the participant itself, not a name inside it.

    The annotate stage matches a participant to the name that heads or stands for it (its
    `label`; its offsets are then that name's). One it matched to none is a phrase headed by a
    common noun, an office, role or group ("the mayor of Caracas", "el alcalde de Cali", "the
    Zulia governor", "Maduro's opponents"), and the names it saw inside were passed over as
    modifiers: an unnamed office-holder is no entity, so it links to none (its words and
    country stay on the event). Only a name recovered after the tagger (a surname it missed,
    which the annotate stage could not see) may be such a phrase's head: when it ends the
    phrase ("the former minister López"; not "López's lawyer")."""
    if p.label is not None:
        return True
    if any(a < end and start < b for a, b in tagged):
        return False
    return end >= p.end


def rebuild_story_events(
    store: Store, story_id: str, config: ResolveConfig, use_embeddings: bool = True
) -> tuple[int, set[str]]:
    """Re-merge one story's events; returns (event count, people whose custody may change)."""
    con = store.con
    members = db.story_members(con, story_id)
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    named: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entity_id, article_id, start, end, text in db.entity_mentions_of_articles(con, members):
        if unnamed.is_described(entity_id):
            continue  # taken from the participants' own mark below, never by a span
        spans[article_id].append((start, end, entity_id))
        named[article_id].append((entity_id, text))
    # (a state tagged in one sentence and not in the next acts there too: "Belarus freed")
    orgs = {a: actor_rules.organisation_names(named[a], ("org:", "gpe:")) for a in members}
    rows = db.article_rows(con, members)
    published = {a: r["published"] for a, r in rows.items()}
    languages = {a: r["language"] for a, r in rows.items()}
    mentions: list[SourcedMention] = []
    sentences: dict[tuple[str, int], str] = {}
    # the unnamed people of each mention, added to its merged event after merging: events are
    # merged by named actors as before, and an unnamed one never makes two events differ
    described: dict[tuple[str, int], tuple[frozenset[str], frozenset[str]]] = {}
    for article_id in members:
        annotation = store.load_annotation(article_id)
        tagged = [(m.start, m.end) for m in annotation.mentions]
        for s in annotation.sentences:
            sentences[(article_id, s.index)] = s.text
        for idx, reported in enumerate(annotation.events):
            actor_ids = participant_ids(
                reported.actors, spans[article_id], tagged, orgs[article_id]
            )
            reported, target_ids = without_self(
                reported, actor_ids, spans[article_id], tagged, orgs[article_id]
            )
            seekers = reported.actors if seeks(reported) else ()
            described[(article_id, idx)] = (
                unnamed.described_ids(
                    article_id,
                    seekers,
                    [participant_ids([p], spans[article_id], tagged) for p in seekers],
                ),
                unnamed.described_ids(
                    article_id,
                    reported.targets,
                    [participant_ids([p], spans[article_id], tagged) for p in reported.targets],
                ),
            )
            mentions.append(
                SourcedMention(
                    article_id,
                    idx,
                    reported,
                    actor_ids,
                    target_ids,
                    published.get(article_id),
                    sentences.get((article_id, reported.sentence), ""),
                    participant_ids(  # (a two-way act's alleged side written as target too)
                        [p for p in (*reported.actors, *reported.targets) if p.alleged],
                        spans[article_id],
                        tagged,
                        orgs[article_id],
                    ),
                )
            )
    embed = embed_many if use_embeddings and encoder() is not None else None
    merged = merge_events(
        mentions,
        config.max_day_gap,
        embed,
        durative_modes=config.durative_modes,
        plural_pronouns=config.plural_pronouns,
        remanded=config.remand_attributes,
        general_modes=config.general_modes,
        plural_noun=config.plural_noun,
        building_nouns=config.building_nouns,
        retold_days=config.retold_days,
        own_day_gap=config.own_day_gap,
    )
    brokers = assign_brokers(merged, broker_claims(mentions))
    names = db.entity_names(con, {b for per in brokers.values() for b in per})
    docs, disagreements = [], []
    for event in merged:
        claimed = brokers.get(event.id, {})
        extra = {"brokers": {names.get(b, b): a for b, a in claimed.items()}} if claimed else {}
        doc = event_doc(event, story_id, sentences, list(claimed))
        for side, key in enumerate(("actors", "targets")):
            own = {i for m in event.members for i in described[(m.article_id, m.idx)][side]}
            doc[key] = sorted(set(doc[key]) | own)
        docs.append(doc)
        for d in find_disagreements(event, extra, languages):
            disagreements.append(
                {
                    "event_id": d.event_id,
                    "attribute": d.attribute,
                    "values": [{"value": v, "article_ids": list(a)} for v, a in d.values],
                }
            )
    old = set(db.story_participants(con, story_id))
    db.replace_story_events(con, story_id, docs, disagreements)
    new = {t for e in merged for t in e.target_ids}
    new |= {i for a, t in described.values() for i in a | t}
    return len(merged), {p for p in old | new if p.startswith("person:")}


def event_doc(
    event: MergedEvent,
    story_id: str,
    sentences: dict[tuple[str, int], str],
    brokers: list[str],
) -> dict[str, Any]:
    head: EventMention = event.members[0].event
    dated = next((m.event.date for m in event.members if m.event.date.value == event.date), None)
    attributes = []
    for m in event.members:
        for name, value in m.event.attributes:
            if name not in ("rule", "modal", "intent"):
                attributes.append({"name": name, "value": value, "article_id": m.article_id})
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "cameo": head.cameo,
        "story_id": story_id,
        "date": {
            "value": event.date,
            "basis": dated.basis if dated else "unknown",
            "certainty": dated.certainty if dated else "inferred",
        },
        "actors": sorted(event.actor_ids),
        "targets": sorted(event.target_ids),
        "actor_names": sorted({p.text for m in event.members for p in m.event.actors}),
        # the actors the sources only allege did it (charged, accused, arrested for it; one
        # source establishing it is enough to leave the mark off: MergedEvent)
        "alleged_actors": sorted(event.alleged_actor_ids),
        "alleged_actor_names": sorted(event.alleged_actor_names),
        "target_names": sorted({p.text for m in event.members for p in m.event.targets}),
        "actor_countries": sorted(
            {p.country for m in event.members for p in m.event.actors if p.country}
        ),
        "target_countries": sorted(
            {p.country for m in event.members for p in m.event.targets if p.country}
        ),
        "location": next((m.event.location for m in event.members if m.event.location), None),
        "brokers": brokers,
        "attributes": attributes,
        "num_sources": len(event.article_ids),
        "sources": [
            {
                "article_id": m.article_id,
                "sentence": sentences.get((m.article_id, m.event.sentence), ""),
                "start": m.event.sentence_start,
                "end": m.event.sentence_end,
                "trigger": m.event.trigger,
            }
            for m in evidence_order(event)
        ],
    }


def evidence_order(event: MergedEvent) -> list[SourcedMention]:
    """Members naming the most of the event's actors and targets first: the first source is
    the sentence shown for the event, and a bare 'they were all committed' merged into
    'Varela ... guaranteeing their safe arrival' does not say who did what."""
    return sorted(event.members, key=lambda m: -len(m.actor_ids | m.target_ids))


def seeks(event: EventMention) -> bool:
    """An act whose custody step is its actor's (a refuge taken)."""
    return actor_step(event.type, event.mode)


def rebuild_custody(con: Any, person_id: str) -> None:
    events = [CustodyEvent.from_doc(d) for d in db.events_of_entity(con, person_id)]
    if (article := unnamed.article_of(person_id)) is not None:
        # one only described is told of by its article alone: another report merged into its
        # event may tell of someone else (a named person, another unnamed one)
        events = [replace(e, article_ids=(article,)) for e in events if article in e.article_ids]
    episodes = custody_history(person_id, events)
    db.set_custody(
        con,
        person_id,
        {"entity_id": person_id, "episodes": [e.to_doc() for e in episodes]} if episodes else None,
    )
