"""Read models for the views: the export contract's sections and the report's summaries."""

from __future__ import annotations

import json
from typing import Any

from chronicler.store.db import Store
from chronicler.store.filters import country_filter, type_and_date_filters
from chronicler.store.resolved import has_table

# The contract names five bases; chronicler's finer ones fold into them, and the fine basis
# is kept beside it as `published_basis_detail`.
_CONTRACT_BASIS = {
    "dateline": "dateline",
    "byline": "dateline",
    "copyright": "copyright",
    "header": "header",
    "metadata": "header",
    "url": "header",
    "inferred": "inferred",
    "unknown": "unknown",
}


def outlet_names(store: Store, article_ids: list[str]) -> dict[str, str]:
    """article id -> its outlet, else the wire that wrote it, else its source file: how
    views name a source (resolve.views.source_name)."""
    rows = store.query(
        "SELECT id, coalesce(outlet, wire, source) FROM articles WHERE list_contains(?, id)",
        [article_ids],
    )
    return {r[0]: r[1] for r in rows}


def export_articles(store: Store) -> list[dict[str, Any]]:
    """Every article, with its topic reading (`topic`, null for one stored before readings
    were kept)."""
    topics = topic_readings(store)
    rows = store.query(
        "SELECT id, source, source_id, url, title, outlet, wire, published, published_basis, "
        "published_confidence, published_note, language, text FROM articles "
        "ORDER BY ingested_at, id"
    )
    return [
        {
            "id": r[0],
            "source": r[3] or r[1],
            "source_id": r[2],
            "title": r[4],
            "outlet": r[5],
            "wire": r[6],
            "published": r[7],
            "published_basis": _CONTRACT_BASIS.get(r[8], "unknown"),
            "published_basis_detail": r[8],
            "published_confidence": r[9],
            "published_note": r[10],
            "language": r[11],
            "text": r[12],
            "file": r[1],
            "topic": topics.get(r[0]),
        }
        for r in rows
    ]


def topic_readings(store: Store, article_ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """article id -> its topic reading (annotate/topic.py) as ingest stored it, with the rates
    per 100 words it is built from, and whether its events were kept; every article's, or
    those of `article_ids`. An article stored before readings were kept has none, nor has any
    in a store of that time opened read-only (no migration ran)."""
    if not has_table(store.con, "article_topics"):
        return {}
    sql = (
        "SELECT article_id, judged, political, score, words, sentences, political_words, "
        "public_affairs_words, peoples_and_states, events_kept, events_left_out "
        "FROM article_topics"
    )
    params: list[Any] = []
    if article_ids is not None:
        sql += " WHERE list_contains(?, article_id)"
        params.append(article_ids)
    readings = {}
    for r in store.query(sql, params):
        words = r[4]
        readings[r[0]] = {
            "judged": r[1],
            "political": r[2],
            "score": r[3],
            "political_rate": _per_100(r[6], words),
            "public_affairs_rate": _per_100(r[7], words),
            "names_rate": _per_100(r[8], words),
            "words": words,
            "sentences": r[5],
            "political_words": r[6],
            "public_affairs_words": r[7],
            "peoples_and_states": r[8],
            "events_kept": r[9],
            "events_left_out": r[10],
        }
    return readings


def _per_100(count: int, words: int) -> float:
    return round(100.0 * count / words, 2) if words else 0.0


def export_mention_entities(store: Store) -> list[dict[str, Any]]:
    """Entities before corpus-wide resolution: one per exact name and label."""
    rows = store.query(
        'SELECT label, text, article_id, start, "end" FROM mentions '
        "WHERE label IN ('PERSON', 'ORG', 'GPE', 'LOC', 'FAC') "
        "ORDER BY label, text, article_id, start"
    )
    entities: dict[tuple[str, str], dict[str, Any]] = {}
    for label, text, article_id, start, end in rows:
        key = (label, text)
        entity = entities.setdefault(
            key,
            {
                "id": f"{label.lower()}:{text}",
                "type": label,
                "name": text,
                "aliases": [],
                "mentions": [],
            },
        )
        entity["mentions"].append(
            {"article_id": article_id, "start": start, "end": end, "text": text}
        )
    return list(entities.values())


def export_event_mentions(store: Store) -> list[dict[str, Any]]:
    """Events before cross-article merging: one per mention, with its one source."""
    rows = store.query(
        "SELECT e.article_id, e.idx, e.type, e.mode, e.cameo, e.date_value, e.date_basis, "
        "e.date_certainty, e.location, e.actors_json, e.targets_json, s.text, e.sentence_start, "
        "e.sentence_end, e.attributes_json, e.trigger FROM event_mentions e "
        "JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence "
        "WHERE NOT (e.negated OR e.hypothetical OR e.future) ORDER BY e.article_id, e.idx"
    )
    events = []
    for r in rows:
        actors = [_participant_id(p) for p in json.loads(r[9])]
        targets = [_participant_id(p) for p in json.loads(r[10])]
        events.append(
            {
                "id": f"{r[0]}:{r[1]}",
                "type": r[2],
                "mode": r[3],
                "cameo": r[4],
                "story_id": None,
                "date": {"value": r[5], "basis": r[6], "certainty": r[7]},
                "actors": actors,
                "targets": targets,
                # the actors the text only alleges did it (charged, accused, arrested for it)
                # (with a two-way act's alleged side written as its target)
                "alleged_actors": [
                    _participant_id(p)
                    for p in json.loads(r[9]) + json.loads(r[10])
                    if p.get("alleged")
                ],
                "actor_countries": participant_countries(json.loads(r[9])),
                "target_countries": participant_countries(json.loads(r[10])),
                "location": r[8],
                "trigger": r[15],
                "attributes": [{"name": a[0], "value": a[1]} for a in json.loads(r[14])],
                "sources": [{"article_id": r[0], "sentence": r[11], "start": r[12], "end": r[13]}],
            }
        )
    return events


def participant_countries(participants: list[dict[str, Any]]) -> list[str]:
    """The distinct countries stored participants act for (older stores have none)."""
    return sorted({p["country"] for p in participants if p.get("country")})


def _participant_id(participant: dict[str, Any]) -> str:
    label = (participant.get("label") or "span").lower()
    return f"{label}:{participant.get('text')}"


# -- report ---------------------------------------------------------------------------------


def top_mentioned(store: Store, label: str, limit: int = 10) -> list[tuple[str, int, int]]:
    """(name, mentions, articles) for the most mentioned names with this label."""
    return [
        (r[0], int(r[1]), int(r[2]))
        for r in store.query(
            "SELECT text, count(*) AS n, count(DISTINCT article_id) AS docs FROM mentions "
            "WHERE label = ? GROUP BY text ORDER BY n DESC, docs DESC, text LIMIT ?",
            [label, limit],
        )
    ]


def dated_timeline(store: Store, limit: int = 40) -> list[dict[str, Any]]:
    """Time expressions with a calendar value, oldest first, with their sentence."""
    rows = store.query(
        "SELECT t.value, t.text, t.certainty, a.outlet, a.id, s.text FROM time_expressions t "
        "JOIN articles a ON a.id = t.article_id "
        "JOIN sentences s ON s.article_id = t.article_id AND s.idx = t.sentence "
        "WHERE t.type IN ('DATE', 'TIME') AND t.value IS NOT NULL "
        "AND regexp_matches(t.value, '^[0-9]{4}') "
        "ORDER BY t.value, a.id, t.start LIMIT ?",
        [limit],
    )
    return [
        {
            "value": r[0],
            "text": r[1],
            "certainty": r[2],
            "outlet": r[3],
            "article_id": r[4],
            "sentence": r[5],
        }
        for r in rows
    ]


# an event mention one of whose participants was resolved to an actor of the name asked for
_RESOLVED_PARTICIPANT = (
    "EXISTS (SELECT 1 FROM resolve_entity_mentions m JOIN resolve_entities en "
    "ON en.id = m.entity_id WHERE m.article_id = e.article_id AND en.name ILIKE ? "
    "AND list_contains(CAST(json_extract(e.actors_json, '$[*].start') AS INTEGER[]) "
    "|| CAST(json_extract(e.targets_json, '$[*].start') AS INTEGER[]), m.start))"
)


def event_rows(
    store: Store,
    event_type: str | None = None,
    actor: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    include_unreal: bool = False,
    limit: int = 200,
    country: str | None = None,
) -> list[dict[str, Any]]:
    """Event mentions with filters; date bounds compare ISO prefixes, so "2018" covers 2018-03."""
    clauses = ["1 = 1"]
    params: list[Any] = []
    if not include_unreal:
        clauses.append("NOT (e.negated OR e.hypothetical OR e.future)")
    if actor:
        by_name = ["e.actors_json ILIKE ?", "e.targets_json ILIKE ?"]
        params += [f"%{actor}%", f"%{actor}%"]
        if has_table(store.con, "resolve_entity_mentions"):
            by_name.append(_RESOLVED_PARTICIPANT)  # "he", or "Torres", of the actor named
            params.append(f"%{actor}%")
        clauses.append(f"({' OR '.join(by_name)})")
    type_dates, type_date_params = type_and_date_filters(
        "e.type", "e.mode", "e.date_value", event_type, date_from, date_to
    )
    clauses += type_dates
    params += type_date_params
    by_country, country_params = country_filter(
        (
            "json_extract_string(e.actors_json, '$[*].country')",
            "json_extract_string(e.targets_json, '$[*].country')",
        ),
        country,
    )
    clauses += by_country
    params += country_params
    params.append(limit)
    rows = store.query(
        "SELECT e.article_id, e.idx, e.type, e.mode, e.cameo, e.date_value, e.date_certainty, "
        "e.trigger, e.actors_json, e.targets_json, e.location, s.text, a.outlet, "
        "e.negated, e.hypothetical, e.future, e.sentence_start, e.sentence_end, "
        "e.attributes_json "
        "FROM event_mentions e JOIN articles a ON a.id = e.article_id "
        "JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence "
        f"WHERE {' AND '.join(clauses)} "
        "ORDER BY e.date_value NULLS LAST, e.article_id, e.idx LIMIT ?",
        params,
    )
    parsed = [(r, json.loads(r[8]), json.loads(r[9])) for r in rows]
    names = resolved_names(store, [r[0] for r, _, _ in parsed])

    def resolved(article_id: str, participants: list[dict[str, Any]]) -> list[str]:
        # the actor each participant was resolved to ("Torres", or "he" bound to it, is
        # "Miguel Rodríguez Torres"); a group no actor stands for keeps its own words (a
        # participant with no span, -1, matches none)
        return [
            names.get((article_id, p.get("start", -1), p.get("end", -1)), str(p["text"]))
            for p in participants
        ]

    return [
        {
            "article_id": r[0],
            "idx": r[1],
            "type": r[2],
            "mode": r[3],
            "cameo": r[4],
            "date": r[5],
            "certainty": r[6],
            "trigger": r[7],
            "actors": [p["text"] for p in actors],
            "targets": [p["text"] for p in targets],
            "actors_resolved": resolved(r[0], actors),
            "targets_resolved": resolved(r[0], targets),
            # (older stores' participants have no mark: none alleged; a two-way act's alleged
            # side written as its target is one too)
            "alleged_actors": [p["text"] for p in actors + targets if p.get("alleged")],
            "actor_countries": participant_countries(actors),
            "target_countries": participant_countries(targets),
            "location": r[10],
            "sentence": r[11],
            "outlet": r[12],
            "flags": [
                n for n, f in (("negated", r[13]), ("hypothetical", r[14]), ("future", r[15])) if f
            ],
            "start": r[16],
            "end": r[17],
            # a statement of intent names the act it announces ("SANCTION/discontinue")
            "announces": next((v for k, v in json.loads(r[18]) if k == "announces"), None),
        }
        for r, actors, targets in parsed
    ]


def resolved_names(store: Store, article_ids: list[str]) -> dict[tuple[str, int, int], str]:
    """The resolved actor's name of each entity mention of these articles, by its span."""
    if not article_ids or not has_table(store.con, "resolve_entity_mentions"):
        return {}
    ids = sorted(set(article_ids))
    marks = ", ".join("?" for _ in ids)
    rows = store.query(
        'SELECT m.article_id, m.start, m."end", e.name FROM resolve_entity_mentions m '
        f"JOIN resolve_entities e ON e.id = m.entity_id WHERE m.article_id IN ({marks})",
        ids,
    )
    return {(r[0], r[1], r[2]): r[3] for r in rows}
