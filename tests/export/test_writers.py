from __future__ import annotations

from chronicler.export.writers import flatten_tables


def test_writers_child_tables_key_rows_by_their_parent() -> None:
    document = {
        "stories": [{"id": "s1", "title": "T", "article_ids": ["a1", "a2"]}],
        "entities": [
            {
                "id": "e1",
                "type": "PERSON",
                "name": "Ana",
                "aliases": [],
                "mentions": [{"article_id": "a1", "start": 0, "end": 3, "text": "Ana"}],
            }
        ],
        "events": [
            {
                "id": "v1",
                "date": {"value": "2020", "basis": "article", "certainty": "approximate"},
                "sources": [{"article_id": "a1", "sentence": "x", "start": 0, "end": 1}],
            }
        ],
        "custody": [{"entity_id": "e1", "episodes": [{"detained": "2019", "held_at": ["jail"]}]}],
    }
    tables = flatten_tables(document)
    assert tables["stories"] == [{"id": "s1", "title": "T", "article_ids": "a1; a2"}]
    assert tables["entities_mentions"][0]["entity_id"] == "e1"
    assert tables["events"][0]["date_value"] == "2020"
    assert tables["events_sources"][0]["event_id"] == "v1"
    assert tables["custody_episodes"][0] == {
        "custody_id": "e1",
        "position": 0,
        "detained": "2019",
        "held_at": "jail",
    }


def test_writers_a_null_object_leaves_its_columns_empty() -> None:
    """An article stored before topic readings were kept has `topic: null`: its row has the
    same `topic_*` columns as the others, empty, and no `topic` column of its own."""
    document = {
        "articles": [
            {"id": "a1", "topic": {"score": 0.5, "political": False}},
            {"id": "a2", "topic": None},
        ]
    }
    rows = flatten_tables(document)["articles"]
    assert rows[0] == {"id": "a1", "topic_score": 0.5, "topic_political": False}
    assert rows[1] == {"id": "a2", "topic_score": None, "topic_political": None}
