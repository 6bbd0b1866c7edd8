"""The read side of the resolve tables: stories, merged events, disagreements, actors and
custody as the CLI, the report and the export show them. Parameterised SQL only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import duckdb

from chronicler.model import DESCRIBED_LABEL
from chronicler.store.filters import country_filter, type_and_date_filters
from chronicler.store.resolved import has_resolve_tables, merged_ids


def list_stories(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    if not has_resolve_tables(con):
        return []
    rows = con.execute(
        "SELECT s.id, s.title, list(a.article_id ORDER BY a.position) FROM resolve_stories s "
        "JOIN resolve_articles a ON a.story_id = s.id GROUP BY s.id, s.title "
        "ORDER BY min(a.position)"
    ).fetchall()
    former = merged_ids(con)
    stories: list[dict[str, Any]] = []
    for story_id, title, article_ids in rows:
        story = {"id": story_id, "title": title, "article_ids": list(article_ids)}
        if story_id in former:  # optional in the export contract: absent when none
            story["merged_ids"] = former[story_id]
        stories.append(story)
    return stories


def _docs(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()
) -> list[dict[str, Any]]:
    """The JSON documents a query selecting one `doc` column returns, in its order."""
    return [json.loads(r[0]) for r in con.execute(sql, list(params)).fetchall()]


def story_events(con: duckdb.DuckDBPyConnection, story_id: str) -> list[dict[str, Any]]:
    return _docs(con, "SELECT doc FROM resolve_events WHERE story_id = ? ORDER BY id", [story_id])


def story_disagreements(con: duckdb.DuckDBPyConnection, story_id: str) -> list[dict[str, Any]]:
    return _docs(
        con,
        "SELECT doc FROM resolve_disagreements WHERE story_id = ? ORDER BY event_id",
        [story_id],
    )


def export_entities(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    entities: dict[str, dict[str, Any]] = {}
    for eid, type_, name in con.execute(
        "SELECT id, type, name FROM resolve_entities ORDER BY id"
    ).fetchall():
        entities[eid] = {"id": eid, "type": type_, "name": name, "aliases": [], "mentions": []}
    for eid, article_id, start, end, text, label in con.execute(
        'SELECT entity_id, article_id, start, "end", text, label FROM resolve_entity_mentions '
        "ORDER BY entity_id, article_id, start"
    ).fetchall():
        entity = entities.get(eid)
        if entity is None:
            continue
        if label == DESCRIBED_LABEL:  # a person only described: an actor of one article
            entity["unnamed"] = True
        entity["mentions"].append(
            {"article_id": article_id, "start": start, "end": end, "text": text}
        )
        if text != entity["name"] and text not in entity["aliases"]:
            entity["aliases"].append(text)
    return [e for e in entities.values() if e["mentions"]]


def top_entities(
    con: duckdb.DuckDBPyConnection, types: Sequence[str], limit: int = 10
) -> list[dict[str, Any]]:
    """The most reported actors of these types: name, surface forms, mentions, articles."""
    if not has_resolve_tables(con) or not types:
        return []
    marks = ", ".join("?" for _ in types)
    rows = con.execute(
        "SELECT e.id, e.type, e.name, count(*) AS n, count(DISTINCT m.article_id) AS docs, "
        "list(DISTINCT m.text ORDER BY m.text) FROM resolve_entities e "
        f"JOIN resolve_entity_mentions m ON m.entity_id = e.id WHERE e.type IN ({marks}) "
        "GROUP BY e.id, e.type, e.name ORDER BY docs DESC, n DESC, e.name LIMIT ?",
        [*types, limit],
    ).fetchall()
    return [
        {
            "id": r[0],
            "type": r[1],
            "name": r[2],
            "mentions": int(r[3]),
            "articles": int(r[4]),
            "aliases": [t for t in r[5] if t != r[2]],
        }
        for r in rows
    ]


def all_events(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every merged event document, oldest date first."""
    if not has_resolve_tables(con):
        return []
    docs = _docs(con, "SELECT doc FROM resolve_events")
    return sorted(docs, key=lambda e: (e["date"]["value"] or "9999", e["id"]))


def filtered_events(
    con: duckdb.DuckDBPyConnection,
    event_type: str | None = None,
    actor: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 200,
    country: str | None = None,
) -> list[dict[str, Any]]:
    """Merged events with the same filters as the event-mention listing, oldest first."""
    if not has_resolve_tables(con):
        return []
    date = "json_extract_string(doc, '$.date.value')"
    clauses, params = type_and_date_filters(
        "json_extract_string(doc, '$.type')",
        "json_extract_string(doc, '$.mode')",
        date,
        event_type,
        date_from,
        date_to,
    )
    clauses.insert(0, "1 = 1")
    if actor:
        clauses.append(
            "(strip_accents(lower(json_extract(doc, '$.actor_names')::VARCHAR)) LIKE ? "
            "OR strip_accents(lower(json_extract(doc, '$.target_names')::VARCHAR)) LIKE ? "
            "OR id IN (SELECT p.event_id FROM resolve_event_participants p "
            "JOIN resolve_entities e ON e.id = p.entity_id "
            "WHERE strip_accents(lower(e.name)) LIKE ?))"
        )
        params += [f"%{_fold_sql(actor)}%"] * 3
    by_country, country_params = country_filter(
        (
            "json_extract_string(doc, '$.actor_countries[*]')",
            "json_extract_string(doc, '$.target_countries[*]')",
        ),
        country,
    )
    clauses += by_country
    params += country_params
    params.append(limit)
    return _docs(
        con,
        f"SELECT doc FROM resolve_events WHERE {' AND '.join(clauses)} "
        f"ORDER BY {date} NULLS LAST, id LIMIT ?",
        params,
    )


def all_disagreements(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    if not has_resolve_tables(con):
        return []
    return _docs(con, "SELECT doc FROM resolve_disagreements ORDER BY story_id, event_id")


def all_custody(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    if not has_resolve_tables(con):
        return []
    return _docs(con, "SELECT doc FROM resolve_custody ORDER BY entity_id")


def find_entities(con: duckdb.DuckDBPyConnection, name: str) -> list[dict[str, Any]]:
    """Entities whose name or a mention matches `name` (case-insensitive substring)."""
    ids = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT e.id FROM resolve_entities e JOIN resolve_entity_mentions m "
            "ON m.entity_id = e.id WHERE strip_accents(lower(m.text)) LIKE ? "
            "OR strip_accents(lower(e.name)) LIKE ? ORDER BY e.id",
            [f"%{_fold_sql(name)}%", f"%{_fold_sql(name)}%"],
        ).fetchall()
    ]
    return [e for e in export_entities(con) if e["id"] in ids]


def _fold_sql(text: str) -> str:
    from chronicler.resolve.text import fold

    return fold(text).replace("%", "").replace("_", "")


def custody_of(con: duckdb.DuckDBPyConnection, entity_id: str) -> dict[str, Any] | None:
    row = con.execute("SELECT doc FROM resolve_custody WHERE entity_id = ?", [entity_id]).fetchone()
    return json.loads(row[0]) if row else None


def export_sections(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict[str, Any]]]:
    """The export contract's corpus-wide sections (ARCHITECTURE.md, schema_version 1)."""
    if not has_resolve_tables(con):
        return {}
    events = _docs(con, "SELECT doc FROM resolve_events ORDER BY story_id, id")
    return {
        "stories": list_stories(con),
        "entities": export_entities(con),
        "events": events,
        "disagreements": all_disagreements(con),
        "custody": all_custody(con),
    }
