from __future__ import annotations

from pathlib import Path

import pytest

from chronicler.store import Store, resolved_views
from chronicler.store import db as store_db
from chronicler.store import resolved as db
from chronicler.store.migrations import MIGRATIONS


def test_retired_story_resolves_to_the_story_it_went_into(store: Store) -> None:
    db.drop_story(store.con, "b", "a")
    assert db.story_alias(store.con, "b") == "a"
    assert db.story_alias(store.con, "a") is None  # live ids are not aliases
    assert db.story_alias(store.con, "unknown") is None


def test_chains_fold_to_the_live_story(store: Store) -> None:
    db.drop_story(store.con, "a", "b")
    db.merge_story(store.con, "b", "c")  # the merge path records its alias too
    assert db.story_alias(store.con, "a") == "c"
    assert db.story_alias(store.con, "b") == "c"
    assert db.merged_ids(store.con) == {"c": ["a", "b"]}


def test_an_id_back_in_use_is_no_alias_and_no_loop_forms(store: Store) -> None:
    db.drop_story(store.con, "a", "b")
    # a regrouping names a story after `a` again, and `b` is later folded into it
    db.ensure_story(store.con, "a", None)
    assert db.story_alias(store.con, "a") is None
    db.drop_story(store.con, "b", "a")
    assert db.story_alias(store.con, "b") == "a"
    assert db.story_alias(store.con, "a") is None
    assert db.merged_ids(store.con) == {"a": ["b"]}


def test_a_looping_store_still_answers(store: Store) -> None:
    """Written by hand, not by retire_story: the walk must stop rather than spin."""
    store.con.execute(
        "INSERT INTO resolve_story_aliases (retired_id, story_id) VALUES ('x', 'y'), ('y', 'x')"
    )
    assert db.story_alias(store.con, "x") in {"x", "y"}


def test_retired_ids_match_by_prefix(store: Store) -> None:
    db.drop_story(store.con, "abc1", "zzz")
    db.drop_story(store.con, "abd2", "zzz")
    assert db.retired_ids_with_prefix(store.con, "abc") == ["abc1"]
    assert db.retired_ids_with_prefix(store.con, "ab") == ["abc1", "abd2"]
    assert db.retired_ids_with_prefix(store.con, "%") == []  # parameters, not patterns


def test_a_store_from_before_aliases_reads_and_then_upgrades(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.duckdb"
    with monkeypatch.context() as old_code:  # a store of schema version 2, as it was written
        old_code.setattr(store_db, "MIGRATIONS", MIGRATIONS[:2])
        Store.open(path).close()
    with Store.open(path, read_only=True) as old:
        assert db.story_alias(old.con, "a") is None
        assert db.retired_ids_with_prefix(old.con, "a") == []
        assert resolved_views.list_stories(old.con) == []
    with Store.open(path) as upgraded:
        db.drop_story(upgraded.con, "b", "a")
        assert db.story_alias(upgraded.con, "b") == "a"
