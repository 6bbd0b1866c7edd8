"""Later developments: stories one by their words, kept apart by their dates, are linked."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pytest

from chronicler.model import ProcessedArticle
from chronicler.resolve import resolve_new
from chronicler.resolve.config import StoryParams, load_config
from chronicler.resolve.stories import StoryFeatures, idf_table
from chronicler.resolve.story_threads import follow_links, story_day, threads
from chronicler.store import Store
from chronicler.store.resolved_views import export_sections

PARAMS = replace(
    StoryParams(),
    date_gap_years=0.16,
    date_factor=0.8,
    date_decay_years=0.33,
    follow_floor=0.2,
    follow_apart_share=0.5,
)
SHOOTING = {"e:dana merrow": 2.0, "w:deputy": 1.0, "w:shoot": 1.0, "w:gang": 1.0}
QUAKE = {"e:kandor island": 2.0, "w:earthquake": 1.0, "w:magnitude": 1.0}


def _report(name: str, terms: dict[str, float], published: str | None) -> StoryFeatures:
    return StoryFeatures(name, terms, "en", published=published)


def _idf(features: list[StoryFeatures]) -> dict[str, float]:
    df: dict[str, int] = {}
    for f in features:
        for t in f.terms:
            df[t] = df.get(t, 0) + 1
    return idf_table(df, len(features))


def test_a_later_development_follows_its_story() -> None:
    # the shooting's reports, the killer's trial two years on: one by their words, apart by
    # their dates; the later one follows, whichever label comes first
    trial = {**SHOOTING, "w:trial": 1.0}
    features = [
        _report("t1", trial, "2009-03-02"),
        _report("s1", SHOOTING, "2007-06-24"),
        _report("s2", SHOOTING, "2007-06-25"),
        _report("q1", QUAKE, "2007-06-24"),
    ]
    labels = [0, 1, 1, 2]
    assert follow_links(features, labels, _idf(features), PARAMS) == [(1, 0)]
    assert threads(labels, [(1, 0)]) == [0, 0, 0, 2]


def test_no_link_without_dates_apart_or_when_off() -> None:
    # two stories the dates do not keep apart are not a thread (the clustering kept them
    # apart for their words); undated ones cannot be ordered; a floor of 0 links nothing
    features = [
        _report("a", SHOOTING, "2007-06-24"),
        _report("b", {**SHOOTING, "w:vigil": 1.0}, "2007-06-26"),
        _report("c", SHOOTING, None),
    ]
    idf = _idf(features)
    assert follow_links(features[:2], [0, 1], idf, PARAMS) == []
    assert follow_links(features[1:], [0, 1], idf, PARAMS) == []
    apart = [features[0], _report("d", SHOOTING, "2010-01-05")]
    assert follow_links(apart, [0, 1], idf, PARAMS) == [(0, 1)]
    assert follow_links(apart, [0, 1], idf, replace(PARAMS, follow_floor=0.0)) == []


def test_words_of_another_happening_are_no_thread() -> None:
    features = [_report("a", SHOOTING, "2007-06-24"), _report("b", QUAKE, "2010-01-05")]
    assert follow_links(features, [0, 1], _idf(features), PARAMS) == []


def test_a_story_s_day_is_its_reports_median_fine_date() -> None:
    features = [
        _report("a", {}, "2007-06-24"),
        _report("b", {}, "2007"),  # a year only places nothing
        _report("c", {}, "2007-07-02"),
        _report("d", {}, "2007-06-30"),
    ]
    assert story_day(features) == "2007-06-30"
    assert story_day([_report("e", {}, None)]) is None
    assert story_day([StoryFeatures("f", {}, lead=("2007-05-01",))]) == "2007-05-01"


RELEASE = (
    "Venezuela freed former spy chief Miguel Rodríguez Torres on Saturday after five years "
    "in prison. Rodríguez Torres, a former major general, left for exile in Spain."
)
RELEASE_2 = (
    "The government released General Miguel Rodríguez Torres, the former spy chief held for "
    "five years in prison, and he left for exile in Spain on Saturday."
)
RETURN = (
    "Former spy chief Miguel Rodríguez Torres, freed after five years in prison and in exile "
    "in Spain since, returned to Venezuela on Saturday."
)


def test_a_stored_story_shows_its_later_development(
    store: Store,
    make_article: Callable[..., ProcessedArticle],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A release and, six years on, the freed man's return: two stories (the dates keep them
    apart), and `story ID` shows each the other, as earlier and as later."""
    from rich.console import Console

    import chronicler.resolve.config as config_module
    from chronicler.resolve.views import render_story, story_view

    names = ["Miguel Rodríguez Torres", "Rodríguez Torres"]
    articles = [
        make_article(RELEASE, names, published="2024-06-22"),
        make_article(RELEASE_2, names, published="2024-06-23"),
        make_article(RETURN, names, published="2030-07-04"),
    ]
    for a in articles:
        store.add(a, "test")
    ids = [a.article.id for a in articles]
    resolve_new(store, ids, use_embeddings=False)
    cfg = load_config()  # the shipped settings link them
    stories = {a: s["id"] for s in export_sections(store.con)["stories"] for a in s["article_ids"]}
    assert stories[ids[0]] == stories[ids[1]] != stories[ids[2]]
    first, later = story_view(store, stories[ids[0]]), story_view(store, stories[ids[2]])
    assert first is not None and later is not None
    assert [s["id"] for s in first["followed_by"]] == [later["id"]]
    assert [s["id"] for s in later["follows"]] == [first["id"]] and not later["followed_by"]
    out = io.StringIO()
    render_story(first, Console(file=out, width=200))
    assert f"followed by the later story {later['id'][:10]}…" in out.getvalue()
    unlinked = replace(cfg, stories=replace(cfg.stories, follow_floor=0.0))
    monkeypatch.setattr(config_module, "load_config", lambda: unlinked)
    view = story_view(store, ids[0])
    assert view is not None and view["followed_by"] == [] and view["follows"] == []


def test_story_titles_print_as_text_not_markup() -> None:
    """A title is article text: "[bold]" in it is printed as it stands, in the story's own
    table title and in its links to earlier and later stories."""
    from rich.console import Console

    from chronicler.resolve.views import render_story

    view = {
        "id": "a" * 40,
        "title": "Freed [bold]spy chief[/bold] returns",
        "articles": [
            {"outlet": "Efecto Cocuyo", "published": "2024-06-22", "title": "t", "lead": "l"}
        ],
        "events": [],
        "outlets": {},
        "names": {},
        "disagreements": [],
        "follows": [{"id": "b" * 40, "title": "Release of [red]prisoners[/red]"}],
        "followed_by": [],
    }
    out = io.StringIO()
    render_story(view, Console(file=out, width=200))
    text = out.getvalue()
    assert "[bold]spy chief[/bold]" in text and "Release of [red]prisoners[/red]" in text
