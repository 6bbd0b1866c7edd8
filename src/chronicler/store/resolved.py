"""SQL the resolve stage runs on its tables: LSH bands, term statistics, stories, actors, merged
events, disagreements and custody. Parameterised SQL only; every lookup a new article makes
is a point query on an indexed key, so resolving one article never scans the store. What the
CLI, the report and the export read from these tables is in `resolved_views`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

import duckdb


def migrate_resolve(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 2: the resolve stage's tables."""
    statements = [
        # kind: 'dup' (near-duplicate shingles) or 'story' (content-word sets)
        # key folds kind, band and band hash into one BIGINT: DuckDB only answers equality
        # with an index scan on a single-column index.
        "CREATE TABLE resolve_lsh (key BIGINT NOT NULL, kind VARCHAR NOT NULL, "
        "band SMALLINT NOT NULL, article_id VARCHAR NOT NULL)",
        "CREATE INDEX idx_resolve_lsh ON resolve_lsh(key)",
        "CREATE TABLE resolve_counters (name VARCHAR PRIMARY KEY, n BIGINT NOT NULL)",
        "CREATE SEQUENCE resolve_position",
        "CREATE TABLE resolve_terms (term VARCHAR PRIMARY KEY, df INTEGER NOT NULL)",
        "CREATE TABLE resolve_article_terms (article_id VARCHAR NOT NULL, term VARCHAR NOT NULL, "
        "weight DOUBLE NOT NULL)",
        "CREATE INDEX idx_resolve_article_terms ON resolve_article_terms(article_id)",
        "CREATE INDEX idx_resolve_article_terms_term ON resolve_article_terms(term)",
        "CREATE TABLE resolve_articles (article_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL, "
        "duplicate_of VARCHAR, jaccard DOUBLE, language VARCHAR, published VARCHAR, "
        "position BIGINT NOT NULL DEFAULT nextval('resolve_position'), norm DOUBLE NOT NULL "
        "DEFAULT 1.0, norm_n BIGINT NOT NULL DEFAULT 0, embedding FLOAT[])",
        "CREATE INDEX idx_resolve_articles_story ON resolve_articles(story_id)",
        "CREATE TABLE resolve_stories (id VARCHAR PRIMARY KEY, title VARCHAR)",
        "CREATE TABLE resolve_label_votes (name VARCHAR NOT NULL, label VARCHAR NOT NULL, "
        "n INTEGER NOT NULL, PRIMARY KEY (name, label))",
        "CREATE INDEX idx_resolve_label_votes_name ON resolve_label_votes(name)",
        "CREATE TABLE resolve_entities (id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, "
        "name VARCHAR NOT NULL, block VARCHAR NOT NULL)",
        "CREATE INDEX idx_resolve_entities_block ON resolve_entities(block)",
        "CREATE TABLE resolve_entity_mentions (entity_id VARCHAR NOT NULL, article_id VARCHAR "
        'NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL, '
        "label VARCHAR NOT NULL)",
        "CREATE INDEX idx_resolve_entity_mentions_entity ON resolve_entity_mentions(entity_id)",
        "CREATE INDEX idx_resolve_entity_mentions_article ON resolve_entity_mentions(article_id)",
        "CREATE TABLE resolve_events (id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL, "
        "doc VARCHAR NOT NULL)",
        "CREATE INDEX idx_resolve_events_story ON resolve_events(story_id)",
        "CREATE TABLE resolve_event_participants (event_id VARCHAR NOT NULL, entity_id VARCHAR "
        "NOT NULL, role VARCHAR NOT NULL)",
        "CREATE INDEX idx_resolve_event_participants ON resolve_event_participants(entity_id)",
        "CREATE TABLE resolve_disagreements (event_id VARCHAR NOT NULL, story_id VARCHAR NOT "
        "NULL, doc VARCHAR NOT NULL)",
        "CREATE INDEX idx_resolve_disagreements_story ON resolve_disagreements(story_id)",
        "CREATE TABLE resolve_custody (entity_id VARCHAR PRIMARY KEY, doc VARCHAR NOT NULL)",
    ]
    for sql in statements:
        con.execute(sql)


def migrate_story_aliases(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 3: retired story id -> the live story it went into, so a saved or exported id
    still resolves after a merge or a regrouping empties its story."""
    con.execute(
        "CREATE TABLE resolve_story_aliases (retired_id VARCHAR PRIMARY KEY, "
        "story_id VARCHAR NOT NULL)"
    )
    con.execute("CREATE INDEX idx_resolve_story_aliases_story ON resolve_story_aliases(story_id)")


def migrate_mention_local_ids(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 4: the actor a mention's own article (and cross-article name linking) gave it,
    beside `entity_id`, the actor it stands for now: a story may bind the first to a full name
    another of its reports gives, and must undo that when the story's members change. NULL on
    rows written before: their `entity_id` is that actor."""
    con.execute("ALTER TABLE resolve_entity_mentions ADD COLUMN local_id VARCHAR")


def _each(
    con: duckdb.DuckDBPyConnection, sql: str, keys: Iterable[Any], *extra: Any
) -> list[tuple[Any, ...]]:
    """One indexed point query per key. A set-valued `IN (...)` makes DuckDB scan the table,
    which is exactly what an incremental resolve must never do."""
    rows: list[tuple[Any, ...]] = []
    for key in dict.fromkeys(keys):
        rows.extend(con.execute(sql, [key, *extra]).fetchall())
    return rows


def lsh_key(kind: str, band: int, value: int) -> int:
    digest = hashlib.blake2b(f"{kind}:{band}:{value}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


# -- LSH and terms -----------------------------------------------------------------------------


def add_bands(
    con: duckdb.DuckDBPyConnection, kind: str, article_id: str, keys: Sequence[int]
) -> None:
    con.executemany(
        "INSERT INTO resolve_lsh (key, kind, band, article_id) VALUES (?, ?, ?, ?)",
        [[lsh_key(kind, band, key), kind, band, article_id] for band, key in enumerate(keys)],
    )


def band_candidates(
    con: duckdb.DuckDBPyConnection, kind: str, keys: Sequence[int], limit: int
) -> list[str]:
    """Articles sharing at least one band key (one point query per band), most shared first."""
    found: dict[str, int] = {}
    rows = _each(
        con,
        "SELECT article_id FROM resolve_lsh WHERE key = ? LIMIT ?",
        [lsh_key(kind, band, key) for band, key in enumerate(keys)],
        limit,
    )
    for (article_id,) in rows:
        found[article_id] = found.get(article_id, 0) + 1
    ranked = sorted(found, key=lambda a: (-found[a], a))
    return ranked[:limit]


def term_df(con: duckdb.DuckDBPyConnection, terms: Iterable[str]) -> dict[str, int]:
    rows = _each(con, "SELECT term, df FROM resolve_terms WHERE term = ?", terms)
    return {t: int(df) for t, df in rows}


def add_terms(con: duckdb.DuckDBPyConnection, article_id: str, terms: dict[str, float]) -> None:
    if not terms:
        return
    con.executemany(
        "INSERT INTO resolve_terms (term, df) VALUES (?, 1) "
        "ON CONFLICT (term) DO UPDATE SET df = df + 1",
        [[t] for t in terms],
    )
    con.executemany(
        "INSERT INTO resolve_article_terms (article_id, term, weight) VALUES (?, ?, ?)",
        [[article_id, t, w] for t, w in terms.items()],
    )


def articles_with_terms(
    con: duckdb.DuckDBPyConnection, terms: Iterable[str], limit: int
) -> list[str]:
    """Articles sharing these (rare) terms; the caller passes only terms under a df cap."""
    counts: dict[str, int] = {}
    for (article_id,) in _each(
        con, "SELECT article_id FROM resolve_article_terms WHERE term = ? LIMIT ?", terms, limit
    ):
        counts[article_id] = counts.get(article_id, 0) + 1
    return sorted(counts, key=lambda a: (-counts[a], a))[:limit]


def article_terms(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {a: {} for a in article_ids}
    for article_id, term, weight in _each(
        con,
        "SELECT article_id, term, weight FROM resolve_article_terms WHERE article_id = ?",
        article_ids,
    ):
        out[article_id][term] = weight
    return out


def dated_acts(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
) -> dict[str, list[tuple[Any, ...]]]:
    """Article -> its event mentions as (sentence, date value, basis, granularity, told as
    done), what stories.lead_dates reads."""
    out: dict[str, list[tuple[Any, ...]]] = {a: [] for a in article_ids}
    for row in _each(
        con,
        "SELECT article_id, sentence, date_value, date_basis, date_granularity, "
        "NOT (negated OR hypothetical OR future) FROM event_mentions WHERE article_id = ?",
        article_ids,
    ):
        out[row[0]].append(tuple(row[1:]))
    return out


def document_count(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT n FROM resolve_counters WHERE name = 'articles'").fetchone()
    return int(row[0]) if row else 0


# -- articles and stories ------------------------------------------------------------------------


def article_rows(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    rows = _each(
        con,
        "SELECT article_id, story_id, language, published, norm, embedding, norm_n, position "
        "FROM resolve_articles WHERE article_id = ?",
        article_ids,
    )
    return {
        r[0]: {
            "story_id": r[1],
            "language": r[2],
            "published": r[3],
            "norm": r[4],
            "embedding": r[5],
            "norm_n": r[6],
            "position": r[7],
        }
        for r in rows
    }


def add_article(
    con: duckdb.DuckDBPyConnection,
    article_id: str,
    story_id: str,
    duplicate_of: str | None,
    jaccard: float | None,
    language: str | None,
    published: str | None,
    norm: float,
    embedding: Sequence[float] | None,
) -> None:
    con.execute(
        "INSERT INTO resolve_articles (article_id, story_id, duplicate_of, jaccard, language, "
        "published, norm, norm_n, embedding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            article_id,
            story_id,
            duplicate_of,
            jaccard,
            language,
            published,
            norm,
            document_count(con) + 1,
            embedding,
        ],
    )
    con.execute(
        "INSERT INTO resolve_counters (name, n) VALUES ('articles', 1) "
        "ON CONFLICT (name) DO UPDATE SET n = resolve_counters.n + 1"
    )


def set_norm(con: duckdb.DuckDBPyConnection, article_id: str, norm: float, n: int) -> None:
    con.execute(
        "UPDATE resolve_articles SET norm = ?, norm_n = ? WHERE article_id = ?",
        [norm, n, article_id],
    )


def story_position(con: duckdb.DuckDBPyConnection, story_id: str) -> int:
    """Position of the story's first article (its id): lower is older."""
    row = con.execute(
        "SELECT position FROM resolve_articles WHERE article_id = ?", [story_id]
    ).fetchone()
    return int(row[0]) if row else 2**62


def merge_story(con: duckdb.DuckDBPyConnection, from_id: str, into_id: str) -> None:
    """Move every article of one story into another and drop the emptied story."""
    con.execute("UPDATE resolve_articles SET story_id = ? WHERE story_id = ?", [into_id, from_id])
    drop_story(con, from_id, into_id)


def move_article(con: duckdb.DuckDBPyConnection, article_id: str, story_id: str) -> None:
    con.execute(
        "UPDATE resolve_articles SET story_id = ? WHERE article_id = ?", [story_id, article_id]
    )


def drop_story(con: duckdb.DuckDBPyConnection, story_id: str, into_id: str) -> None:
    """Forget a story that no article belongs to any more; its id becomes an alias of the
    story its articles went into."""
    con.execute("DELETE FROM resolve_stories WHERE id = ?", [story_id])
    retire_story(con, story_id, into_id)


def retire_story(con: duckdb.DuckDBPyConnection, story_id: str, into_id: str) -> None:
    """Record `story_id -> into_id`. Every alias points at a live story, so a chain (A into B,
    later B into C) is folded at write time: the ids that pointed at the retired story follow
    it, and the live target stops being an alias itself. Reads are one hop and loops cannot
    form."""
    if story_id == into_id:
        return
    con.execute("DELETE FROM resolve_story_aliases WHERE retired_id = ?", [into_id])
    con.execute(
        "UPDATE resolve_story_aliases SET story_id = ? WHERE story_id = ?", [into_id, story_id]
    )
    con.execute(
        "INSERT INTO resolve_story_aliases (retired_id, story_id) VALUES (?, ?) "
        "ON CONFLICT (retired_id) DO UPDATE SET story_id = excluded.story_id",
        [story_id, into_id],
    )


def story_alias(con: duckdb.DuckDBPyConnection, story_id: str) -> str | None:
    """The live story a retired story id went into; None for a live or unknown id. Walks the
    (normally one-hop) chain with a visited set, so a store written otherwise cannot loop."""
    if not has_story_aliases(con):
        return None
    seen = {story_id}
    current = story_id
    while True:
        row = con.execute(
            "SELECT story_id FROM resolve_story_aliases WHERE retired_id = ?", [current]
        ).fetchone()
        if row is None or row[0] in seen:
            return None if current == story_id else current
        current = row[0]
        seen.add(current)


def retired_ids_with_prefix(
    con: duckdb.DuckDBPyConnection, prefix: str, limit: int = 2
) -> list[str]:
    """Retired story ids starting with `prefix` (for `story ID` given a short id)."""
    if not has_story_aliases(con):
        return []
    rows = con.execute(
        "SELECT retired_id FROM resolve_story_aliases WHERE starts_with(retired_id, ?) "
        "ORDER BY retired_id LIMIT ?",
        [prefix, limit],
    ).fetchall()
    return [r[0] for r in rows]


def merged_ids(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Live story id -> the retired ids that now resolve to it."""
    if not has_story_aliases(con):
        return {}
    rows = con.execute(
        "SELECT story_id, list(retired_id ORDER BY retired_id) FROM resolve_story_aliases "
        "GROUP BY story_id"
    ).fetchall()
    return {r[0]: list(r[1]) for r in rows}


def article_title(con: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    row = con.execute("SELECT title FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


def is_resolved(con: duckdb.DuckDBPyConnection, article_id: str) -> bool:
    return (
        con.execute("SELECT 1 FROM resolve_articles WHERE article_id = ?", [article_id]).fetchone()
        is not None
    )


def ensure_story(con: duckdb.DuckDBPyConnection, story_id: str, title: str | None) -> None:
    """Create the story if new. A regrouping may name a story after a retired id again (its
    first article starts a story once more): the id is live, so it is no longer an alias."""
    con.execute("DELETE FROM resolve_story_aliases WHERE retired_id = ?", [story_id])
    con.execute(
        "INSERT INTO resolve_stories (id, title) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
        [story_id, title],
    )


def story_sizes(
    con: duckdb.DuckDBPyConnection, story_ids: Iterable[str], cap: int
) -> dict[str, int]:
    """Articles in each story, counted up to `cap` (a bounded, indexed count)."""
    sql = "SELECT count(*) FROM (SELECT 1 FROM resolve_articles WHERE story_id = ? LIMIT ?)"
    sizes = {}
    for story_id in dict.fromkeys(story_ids):
        row = con.execute(sql, [story_id, cap]).fetchone()
        sizes[story_id] = int(row[0]) if row else 0
    return sizes


def story_members(con: duckdb.DuckDBPyConnection, story_id: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "SELECT article_id FROM resolve_articles WHERE story_id = ? ORDER BY position",
            [story_id],
        ).fetchall()
    ]


# -- actors ------------------------------------------------------------------------------------


def add_label_votes(con: duckdb.DuckDBPyConnection, votes: Iterable[tuple[str, str]]) -> None:
    rows = [[n, lbl] for n, lbl in votes]
    if not rows:
        return  # an article naming no one (DuckDB refuses an empty executemany)
    con.executemany(
        "INSERT INTO resolve_label_votes (name, label, n) VALUES (?, ?, 1) "
        "ON CONFLICT (name, label) DO UPDATE SET n = n + 1",
        rows,
    )


def label_votes(con: duckdb.DuckDBPyConnection, names: Iterable[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for name, label, n in _each(
        con, "SELECT name, label, n FROM resolve_label_votes WHERE name = ?", names
    ):
        out.setdefault(name, {})[label] = int(n)
    return out


def entities_in_block(con: duckdb.DuckDBPyConnection, block: str, limit: int = 500) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "SELECT id FROM resolve_entities WHERE block = ? ORDER BY id LIMIT ?", [block, limit]
        ).fetchall()
    ]


def entities_extending(
    con: duckdb.DuckDBPyConnection, entity_id: str, limit: int = 50
) -> list[str]:
    """Entities whose id is `entity_id` with one more word ("person:edmundo gonzalez" ->
    "person:edmundo gonzalez urrutia"): a name that adds a second surname."""
    return [
        r[0]
        for r in con.execute(
            "SELECT id FROM resolve_entities WHERE starts_with(id, ?) "
            "AND position(' ' IN substr(id, ?)) = 0 ORDER BY id LIMIT ?",
            [entity_id + " ", len(entity_id) + 2, limit],
        ).fetchall()
    ]


def upsert_entity(
    con: duckdb.DuckDBPyConnection, entity_id: str, type_: str, name: str, block: str
) -> None:
    con.execute(
        "INSERT INTO resolve_entities (id, type, name, block) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = CASE WHEN "
        "length(excluded.name) > length(resolve_entities.name) OR (length(excluded.name) = "
        "length(resolve_entities.name) AND resolve_entities.name = upper(resolve_entities.name) "
        "AND excluded.name <> upper(excluded.name)) THEN excluded.name "
        "ELSE resolve_entities.name END",  # (a dateline's "YANGON" gives way to "Yangon")
        [entity_id, type_, name, block],
    )


def entity_forms(
    con: duckdb.DuckDBPyConnection, entity_id: str
) -> list[tuple[str, str | None, int]]:
    """Each way the corpus writes the entity, with its report's language and how often:
    (text, language, count)."""
    rows = con.execute(
        "SELECT m.text, a.language, count(*) FROM resolve_entity_mentions m JOIN articles a "
        "ON a.id = m.article_id WHERE m.entity_id = ? GROUP BY m.text, a.language",
        [entity_id],
    ).fetchall()
    return [(r[0], r[1], int(r[2])) for r in rows]


def rename_entity(con: duckdb.DuckDBPyConnection, entity_id: str, name: str) -> None:
    con.execute("UPDATE resolve_entities SET name = ? WHERE id = ?", [name, entity_id])


def add_entity_mentions(
    con: duckdb.DuckDBPyConnection, rows: Sequence[tuple[str, str, int, int, str, str]]
) -> None:
    """Rows of (entity id, article, start, end, text, label); the entity id is also the
    mention's own actor (`local_id`) until a story binds it."""
    if rows:
        con.executemany(
            'INSERT INTO resolve_entity_mentions (entity_id, article_id, start, "end", text, '
            "label, local_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [[*r, r[0]] for r in rows],
        )


def person_keys_of_articles(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
) -> list[tuple[str, str, str]]:
    """(article, own actor key, current entity id) of each article's people, one row per
    distinct pair (one indexed query per article)."""
    return [
        (r[0], r[1], r[2])
        for r in _each(
            con,
            "SELECT DISTINCT article_id, coalesce(local_id, entity_id), entity_id "
            "FROM resolve_entity_mentions WHERE article_id = ? AND label = 'PERSON' "
            "ORDER BY 2, 3",
            article_ids,
        )
    ]


def bind_mentions(
    con: duckdb.DuckDBPyConnection, article_id: str, local_id: str, entity_id: str
) -> None:
    """Point an article's mentions of its own actor `local_id` at `entity_id` (itself: unbind)."""
    con.execute(
        "UPDATE resolve_entity_mentions SET local_id = coalesce(local_id, entity_id), "
        "entity_id = ? WHERE article_id = ? AND coalesce(local_id, entity_id) = ?",
        [entity_id, article_id, local_id],
    )


def relabel_mentions(
    con: duckdb.DuckDBPyConnection,
    old_id: str,
    new_id: str,
    label: str,
    same_name: Any,
    skip_article: str,
) -> set[str]:
    """Point the mentions of `old_id` whose text `same_name` accepts (outside `skip_article`)
    at `new_id` with `label`, as the article's own actor too; drop `old_id` when none is left.
    Returns the articles whose mentions moved."""
    rows = con.execute(
        'SELECT article_id, start, "end", text FROM resolve_entity_mentions WHERE entity_id = ?',
        [old_id],
    ).fetchall()
    moved = [r for r in rows if r[0] != skip_article and same_name(r[3])]
    for article_id, start, end, _ in moved:
        con.execute(
            "UPDATE resolve_entity_mentions SET entity_id = ?, label = ?, local_id = ? "
            'WHERE entity_id = ? AND article_id = ? AND start = ? AND "end" = ?',
            [new_id, label, new_id, old_id, article_id, start, end],
        )
    if moved and len(moved) == len(rows):
        con.execute("DELETE FROM resolve_entities WHERE id = ?", [old_id])
        con.execute("DELETE FROM resolve_custody WHERE entity_id = ?", [old_id])
    return {r[0] for r in moved}


def story_of_article(con: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    row = con.execute(
        "SELECT story_id FROM resolve_articles WHERE article_id = ?", [article_id]
    ).fetchone()
    return str(row[0]) if row else None


def entity_mentions_of_articles(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]
) -> list[tuple[str, str, int, int, str]]:
    return [
        (r[0], r[1], int(r[2]), int(r[3]), r[4])
        for r in _each(
            con,
            'SELECT entity_id, article_id, start, "end", text FROM resolve_entity_mentions '
            "WHERE article_id = ?",
            article_ids,
        )
    ]


# -- events, disagreements, custody ----------------------------------------------------------


def replace_story_events(
    con: duckdb.DuckDBPyConnection,
    story_id: str,
    events: Sequence[dict[str, Any]],
    disagreements: Sequence[dict[str, Any]],
) -> None:
    # An event is named by its first report ("article:idx"): when regrouping moves that report
    # to this story, the story it left may still hold the event under that id until it is
    # rebuilt in its turn, so the id is taken over here (the other story's rebuild no longer
    # lists it).
    ids = [event["id"] for event in events]
    old = [
        r[0]
        for r in con.execute(
            "SELECT id FROM resolve_events WHERE story_id = ? OR list_contains(?, id)",
            [story_id, ids],
        ).fetchall()
    ]
    for event_id in old:
        con.execute("DELETE FROM resolve_event_participants WHERE event_id = ?", [event_id])
    con.execute(
        "DELETE FROM resolve_events WHERE story_id = ? OR list_contains(?, id)", [story_id, ids]
    )
    con.execute("DELETE FROM resolve_disagreements WHERE story_id = ?", [story_id])
    for event in events:
        con.execute(
            "INSERT INTO resolve_events (id, story_id, doc) VALUES (?, ?, ?)",
            [event["id"], story_id, json.dumps(event, ensure_ascii=False)],
        )
        rows = [[event["id"], e, "actor"] for e in event["actors"]]
        rows += [[event["id"], e, "target"] for e in event["targets"]]
        if rows:
            con.executemany(
                "INSERT INTO resolve_event_participants (event_id, entity_id, role) "
                "VALUES (?, ?, ?)",
                rows,
            )
    for d in disagreements:
        con.execute(
            "INSERT INTO resolve_disagreements (event_id, story_id, doc) VALUES (?, ?, ?)",
            [d["event_id"], story_id, json.dumps(d, ensure_ascii=False)],
        )


def events_of_entity(con: duckdb.DuckDBPyConnection, entity_id: str) -> list[dict[str, Any]]:
    """Each event the entity takes part in, once: one who is both actor and target (a refuge
    taken, told by one source with the seeker as its actor, by another as its target) is
    still one event, not one per role."""
    return [
        json.loads(r[0])
        for r in con.execute(
            "SELECT e.doc FROM resolve_events e WHERE e.id IN "
            "(SELECT p.event_id FROM resolve_event_participants p WHERE p.entity_id = ?) "
            "ORDER BY e.id",
            [entity_id],
        ).fetchall()
    ]


def set_custody(con: duckdb.DuckDBPyConnection, entity_id: str, doc: dict[str, Any] | None) -> None:
    con.execute("DELETE FROM resolve_custody WHERE entity_id = ?", [entity_id])
    if doc and doc.get("episodes"):
        con.execute(
            "INSERT INTO resolve_custody (entity_id, doc) VALUES (?, ?)",
            [entity_id, json.dumps(doc, ensure_ascii=False)],
        )


# -- views ---------------------------------------------------------------------------------------


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
    ).fetchone()
    return bool(row and row[0])


def has_resolve_tables(con: duckdb.DuckDBPyConnection) -> bool:
    return has_table(con, "resolve_stories")


def has_story_aliases(con: duckdb.DuckDBPyConnection) -> bool:
    """False for a store of an older schema opened read-only (no migration ran)."""
    return has_table(con, "resolve_story_aliases")


def article_texts(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> dict[str, str]:
    return {
        r[0]: r[1] for r in _each(con, "SELECT id, text FROM articles WHERE id = ?", article_ids)
    }


def entity_names(con: duckdb.DuckDBPyConnection, entity_ids: Iterable[str]) -> dict[str, str]:
    return {
        r[0]: r[1]
        for r in _each(con, "SELECT id, name FROM resolve_entities WHERE id = ?", entity_ids)
    }


def story_participants(con: duckdb.DuckDBPyConnection, story_id: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT p.entity_id FROM resolve_event_participants p JOIN resolve_events e "
            "ON e.id = p.event_id WHERE e.story_id = ?",
            [story_id],
        ).fetchall()
    ]


def unresolved_article_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Stored articles the resolve stage has not linked yet (an interrupted run, or
    `ingest --no-resolve`), oldest first."""
    rows = con.execute(
        "SELECT a.id FROM articles a LEFT JOIN resolve_articles r ON r.article_id = a.id "
        "WHERE r.article_id IS NULL ORDER BY a.ingested_at, a.id"
    ).fetchall()
    return [r[0] for r in rows]
