"""End to end in Spanish: a Spanish article ingested gets events in the store, and a Spanish and
an English report of the same release merge into one event with both sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicler.pipeline import ingest
from chronicler.settings import DEFAULT_SPANISH_MODEL, Settings
from chronicler.store import Store, resolved_views

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _spanish_pipeline() -> None:
    pytest.importorskip(DEFAULT_SPANISH_MODEL, reason="make spanish installs it")


def test_a_spanish_article_gets_events_in_the_store(
    data_dir: Path, store: Store, settings: Settings
) -> None:
    report = ingest([data_dir / "events_es" / "iriarte_es.txt"], store, settings, resolve=False)
    assert not report.failures and len(report.stored) == 1
    article = store.load_article(report.stored[0])
    assert article.language == "es"
    events = store.load_annotation(article.id).events
    by_mode = {e.mode: e for e in events if not (e.negated or e.hypothetical or e.future)}
    release = by_mode["release"]
    assert release.type == "RETREAT" and release.cameo == "0841"
    assert release.date.value == "2024-05-18"
    assert "Iriarte" in release.targets[0].text
    assert article.text[release.trigger_start : release.trigger_end] == release.trigger
    arrest = by_mode["arrest"]
    assert arrest.date.value == "2022-11" and "DGCIM" in arrest.actors[0].text
    assert ("charge", "terrorismo") in by_mode["charge"].attributes
    assert ("held_at", "sede del Sebin") in by_mode["imprison"].attributes
    assert ("broker_of", "release") in by_mode["mediate"].attributes
    refused = [e for e in events if e.mode == "release" and e.negated]
    assert refused and "dirigentes" in refused[0].targets[0].phrase  # type: ignore[operator]


def test_spanish_and_english_reports_of_one_release_merge(
    data_dir: Path, store: Store, settings: Settings
) -> None:
    english = data_dir / "events_es" / "iriarte_en.txt"
    spanish = data_dir / "events_es" / "iriarte_es.txt"
    report = ingest([english, spanish], store, settings)
    assert not report.failures
    language = {store.load_article(a).language: a for a in report.stored}
    releases = [
        e
        for e in resolved_views.all_events(store.con)
        if e["mode"] == "release" and e["date"]["value"] == "2024-05-18"
    ]
    assert len(releases) == 1
    release = releases[0]
    assert {s["article_id"] for s in release["sources"]} == {language["en"], language["es"]}
    assert "person:tomas iriarte" in release["targets"]
    arrests = [e for e in resolved_views.all_events(store.con) if e["mode"] == "arrest"]
    assert len(arrests) == 1 and arrests[0]["num_sources"] == 2
    custody = {c["entity_id"]: c for c in resolved_views.all_custody(store.con)}[
        "person:tomas iriarte"
    ]
    charges = custody["episodes"][0]["charges"]
    assert "terrorism" in charges and "terrorismo" in charges
