from __future__ import annotations

from chronicler.store import Store
from chronicler.store.resolved import add_label_votes, label_votes, story_sizes


def test_story_sizes_count_each_story_up_to_a_cap(store: Store) -> None:
    store.con.execute(
        "INSERT INTO resolve_articles (article_id, story_id, language, published, position) "
        "SELECT 'a' || i, CASE WHEN i < 5 THEN 'big' ELSE 'small' END, 'en', NULL, i "
        "FROM range(6) t(i)"
    )
    assert story_sizes(store.con, ["big", "small", "gone"], 3) == {"big": 3, "small": 1, "gone": 0}
    assert story_sizes(store.con, ["big"], 100) == {"big": 5}


def test_an_article_naming_no_one_adds_no_label_votes(store: Store) -> None:
    """An article with no entity mentions gives no votes: no error (DuckDB refuses an empty
    executemany, which failed a whole ingest), and the votes of others still count."""
    add_label_votes(store.con, [])
    add_label_votes(store.con, [("quito", "GPE")])
    assert label_votes(store.con, ["quito"]) == {"quito": {"GPE": 1}}


def test_an_event_taken_over_by_the_story_its_first_report_moved_to(store: Store) -> None:
    """An event is named by its first report; when regrouping moves that report to another
    story, the story rebuilt first takes the event's id over instead of failing on it."""
    from chronicler.store.resolved import replace_story_events

    event = {"id": "report1:0", "actors": [], "targets": []}
    replace_story_events(store.con, "old-story", [event], [])
    replace_story_events(store.con, "new-story", [event], [])
    rows = store.con.execute("SELECT id, story_id FROM resolve_events").fetchall()
    assert rows == [("report1:0", "new-story")]
