"""Stories across languages: a Spanish report of a happening joins the English one."""

from __future__ import annotations

from pathlib import Path

from chronicler.pipeline import ingest
from chronicler.settings import Settings
from chronicler.store import Store, resolved_views

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ROOT / "examples" / "000_efa963328c3ab4a0.txt"  # the spy chief's release, in English


def test_a_spanish_report_joins_the_english_story_and_other_news_stays_apart(
    tmp_path: Path, data_dir: Path, store: Store, settings: Settings
) -> None:
    spanish = data_dir / "cross_language" / "excarcelado_es.txt"
    unrelated = data_dir / "articles" / "release_es.txt"  # another release, another person
    report = ingest([ENGLISH, spanish, unrelated], store, settings)
    assert not report.failures
    languages = {a.source: a.language for a in map(store.load_article, report.stored)}
    assert languages[str(spanish)] == "es" and languages[str(ENGLISH)] == "en"
    by_source = {store.load_article(a).source: a for a in report.stored}
    groups = [set(s["article_ids"]) for s in resolved_views.list_stories(store.con)]
    together = {by_source[str(ENGLISH)], by_source[str(spanish)]}
    assert together in groups
    assert {by_source[str(unrelated)]} in groups
