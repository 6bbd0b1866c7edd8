from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chronicler.pipeline import ingest, pipeline_version
from chronicler.settings import Settings
from chronicler.store import Store, resolved_views


def _corpus(tmp_path: Path, data_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(data_dir / "articles", folder)
    return folder


def test_pipeline_ingests_a_folder_and_reingest_is_a_no_op(
    tmp_path: Path, data_dir: Path, store: Store, settings: Settings
) -> None:
    corpus = _corpus(tmp_path, data_dir)
    first = ingest([corpus], store, settings)
    assert first.ok and len(first.stored) == 2
    counts = {
        t: store.query(f"SELECT count(*) FROM {t}")[0][0]
        for t in ("articles", "sentences", "mentions", "time_expressions", "event_mentions")
    }
    assert counts["sentences"] > 5 and counts["mentions"] > 3
    again = ingest([corpus], store, settings)
    assert again.stored == [] and again.already_stored == 2
    for table, count in counts.items():
        assert store.query(f"SELECT count(*) FROM {table}")[0][0] == count


def test_pipeline_bad_files_are_reported_and_the_batch_goes_on(
    tmp_path: Path, data_dir: Path, store: Store, settings: Settings
) -> None:
    corpus = _corpus(tmp_path, data_dir)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.html").write_bytes(b"\x00\x01\x02PNG" * 100)
    (corpus / "hostile.html").write_text(
        "<html><head><script>alert(1)</script></head><body><iframe src=x></iframe>"
        "<p onclick='x()'>" + "<div>" * 5000 + "</p></body></html>",
        encoding="utf-8",
    )
    report = ingest([corpus], store, settings)
    assert len(report.stored) == 2
    reasons = {Path(f.source).name: f.reason for f in report.failures}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["image.html"]
    assert "hostile.html" in reasons  # nothing readable left, but no crash
    assert len(store.failures()) == len(report.failures)


def test_pipeline_counts_files_of_types_it_does_not_read(
    tmp_path: Path, data_dir: Path, store: Store, settings: Settings
) -> None:
    corpus = _corpus(tmp_path, data_dir)
    (corpus / "README.md").write_text("about this crawl", encoding="utf-8")
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")
    report = ingest([corpus], store, settings, resolve=False)
    assert report.ok and len(report.stored) == 2  # skipping is no failure
    assert report.skipped == {".md": 1, ".pdf": 1}


def test_pipeline_interrupted_ingest_resumes_without_duplicates(
    tmp_path: Path,
    data_dir: Path,
    store: Store,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus = _corpus(tmp_path, data_dir)
    original_add = Store.add
    calls = {"n": 0}

    def crash_on_second(self: Store, processed, version):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the process dies between two articles
        return original_add(self, processed, version)

    monkeypatch.setattr(Store, "add", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], store, Settings(db_path=settings.db_path, batch_size=1))
    assert store.article_count() == 1
    monkeypatch.setattr(Store, "add", original_add)
    resumed = ingest([corpus], store, settings)
    assert len(resumed.stored) == 1 and resumed.already_stored == 1
    assert store.article_count() == 2
    ids = store.article_ids()
    assert len(set(ids)) == 2


def test_pipeline_version_names_the_model(settings: Settings) -> None:
    version = pipeline_version(settings)
    assert "chronicler-" in version and settings.spacy_model in version


def test_pipeline_version_names_every_data_table_and_own_component(settings: Settings) -> None:
    import tomllib

    from chronicler.settings import data_path

    version = pipeline_version(settings)
    for folder, name in (
        ("clean", "boilerplate"),
        ("dates", "event_dates"),
        ("resolve", "resolve"),
        ("resolve", "aliases"),
    ):
        with data_path(folder, f"{name}.toml").open("rb") as fh:
            assert str(tomllib.load(fh)["version"]) in version, name
    assert "chronicler_parse_mending_v62" in version


def test_pipeline_articles_left_unresolved_are_resolved_later(
    tmp_path: Path, data_dir: Path, store: Store, settings: Settings
) -> None:
    from chronicler.pipeline import resolve_pending
    from chronicler.store.resolved import unresolved_article_ids

    corpus = _corpus(tmp_path, data_dir)
    ingest([corpus], store, settings, resolve=False)
    assert len(unresolved_article_ids(store.con)) == 2
    assert resolve_pending(store)
    assert unresolved_article_ids(store.con) == []
    assert resolve_pending(store) is None


def test_pipeline_a_person_held_is_custody_and_a_festival_held_is_none(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    """Two sentences: an arrest, then the same person held by agents while a festival is
    held (vocabulary 1.124.0): one imprisonment of the activist, observed in the custody that
    the arrest began, and nothing held of the festival."""
    text = tmp_path / "held.txt"
    text.write_text(
        "Activist held for two days in Caracas\n\n"
        "CARACAS, Venezuela (AP) — Police arrested the activist Marta Reyes in Caracas on "
        "Monday, March 3, 2025. Intelligence agents held Marta Reyes for two days at El "
        "Helicoide, while a music festival was held in a park nearby.\n",
        encoding="utf-8",
    )
    report = ingest([text], store, settings)
    assert report.ok
    article = store.load_article(report.stored[0])
    held = [e for e in store.load_annotation(article.id).events if e.mode == "imprison"]
    assert len(held) == 1 and held[0].trigger == "held"
    assert "agents" in held[0].actors[0].text and "Reyes" in held[0].targets[0].text
    imprisoned = [e for e in resolved_views.all_events(store.con) if e["mode"] == "imprison"]
    assert [e["targets"] for e in imprisoned] == [["person:marta reyes"]]
    custody = {c["entity_id"]: c for c in resolved_views.all_custody(store.con)}
    steps = custody["person:marta reyes"]["episodes"][0]["steps"]
    assert [(s["step"], s["date"]) for s in steps] == [("detained", "2025-03-03")]


@pytest.mark.parametrize("keep", [False, True])
def test_pipeline_an_article_not_read_as_political_news_is_stored_without_events(
    tmp_path: Path, data_dir: Path, store: Store, settings: Settings, keep: bool
) -> None:
    """A game review's "the boss attacks you" is no political event: the review is stored
    (text, entities, dates) with no event mentions, and the report says so; the news
    articles beside it keep theirs. `keep_unpolitical_events` keeps every article's."""
    from dataclasses import replace

    corpus = _corpus(tmp_path, data_dir)
    shutil.copy(data_dir / "topic" / "game_review.txt", corpus / "review.txt")
    settings = replace(settings, keep_unpolitical_events=keep)
    report = ingest([corpus], store, settings, resolve=False)
    assert report.ok and len(report.stored) == 3
    events = {
        store.load_article(i).source.rsplit("/", 1)[-1]: store.load_annotation(i).events
        for i in report.stored
    }
    assert all(events[name] for name in events if name != "review.txt")
    if keep:
        assert events["review.txt"] and not report.unpolitical
        readings = [store.load_topic(i) for i in report.stored]
        assert all(r is not None and r.events_kept for r in readings)
        assert sum(not r.political for r in readings if r is not None) == 1
        assert "topic-gate:off" in pipeline_version(settings)
    else:
        assert events["review.txt"] == ()
        [(article_id, left_out)] = report.unpolitical.items()
        assert store.load_article(article_id).source.endswith("review.txt") and left_out > 0
        reading = store.load_topic(article_id)  # stored, so views can say why
        assert reading is not None and not reading.political
        assert not reading.events_kept and reading.events_left_out == left_out
        assert "topic-gate" not in pipeline_version(settings)
