from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import pytest

from chronicler.model import EventDate, EventMention, Mention, Participant, ProcessedArticle
from chronicler.resolve import resolve_new
from chronicler.store import Store
from chronicler.store.resolved import lsh_key
from chronicler.store.resolved_views import export_sections

RELEASE = (
    "Venezuela freed former spy chief Miguel Rodríguez Torres on Saturday after five years "
    "in prison. Rodríguez Torres, a former major general, left for exile in Spain. Former "
    "Spanish president José Luis Rodríguez Zapatero negotiated the release."
)
RELEASE_2 = (
    "The government released General Miguel Rodriguez Torres, held in the cells of the "
    "military counterintelligence directorate for five years, and he flew into exile in "
    "Spain. Jose Luis Zapatero mediated the release of the former spy chief."
)
OTHER = (
    "Parliament speaker Jorge Rodriguez announced that a large number of prisoners would be "
    "freed, days after Delcy Rodriguez took over. People gathered outside El Rodeo jail."
)


def _add(store: Store, *articles) -> list[str]:  # type: ignore[no-untyped-def]
    for a in articles:
        store.add(a, "test")
    return [a.article.id for a in articles]


def test_resolve_groups_stories_and_merges_release(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    a = make_article(
        RELEASE,
        ["Miguel Rodríguez Torres", "Rodríguez Torres", "José Luis Rodríguez Zapatero"],
        [("RETREAT", "release", "Miguel Rodríguez Torres", "2024-06-22")],
    )
    b = make_article(
        RELEASE_2,
        ["Miguel Rodriguez Torres", "Jose Luis Zapatero"],
        [("RETREAT", "release", "Miguel Rodriguez Torres", "2024-06")],
    )
    c = make_article(OTHER, ["Jorge Rodriguez", "Delcy Rodriguez"])
    ids = _add(store, a, b, c)
    result = resolve_new(store, ids, use_embeddings=False)
    assert result.articles == 3
    sections = export_sections(store.con)
    stories = {tuple(s["article_ids"]) for s in sections["stories"]}
    assert stories == {(ids[0], ids[1]), (ids[2],)}
    (release,) = [e for e in sections["events"] if e["mode"] == "release"]
    assert {s["article_id"] for s in release["sources"]} == {ids[0], ids[1]}
    assert release["targets"] == ["person:miguel rodriguez torres"]
    people = {e["id"] for e in sections["entities"] if e["type"] == "PERSON"}
    assert {"person:jorge rodriguez", "person:delcy rodriguez"} <= people
    assert "person:jose luis zapatero" not in people  # linked to the full name
    (custody,) = sections["custody"]
    assert custody["entity_id"] == "person:miguel rodriguez torres"
    assert custody["episodes"][0]["released"] == "2024-06-22"


def test_resolve_is_idempotent_and_story_ids_stable(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    a = make_article(RELEASE, ["Miguel Rodríguez Torres"])
    b = make_article(RELEASE_2, ["Miguel Rodriguez Torres"])
    ids = _add(store, a, b)
    resolve_new(store, ids[:1], use_embeddings=False)
    first = export_sections(store.con)["stories"]
    resolve_new(store, ids, use_embeddings=False)
    again = resolve_new(store, ids, use_embeddings=False)
    assert again.articles == 0
    (story,) = export_sections(store.con)["stories"]
    assert story["id"] == first[0]["id"] == ids[0]


def test_near_duplicate_joins_original_story(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    a = make_article(RELEASE, ["Miguel Rodríguez Torres"])
    b = make_article(RELEASE + " Reporting by wire staff.", ["Miguel Rodríguez Torres"])
    ids = _add(store, a, b)
    result = resolve_new(store, ids, use_embeddings=False)
    assert result.duplicates == 1
    (story,) = export_sections(store.con)["stories"]
    assert story["article_ids"] == ids


def test_new_article_in_100k_store_does_not_scan(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    """100k synthetic articles' LSH rows, terms and story rows, 2,000 of them colliding with
    the new article on a band: candidates stay capped and lookups stay fast."""
    con = store.con
    probe = make_article(RELEASE, ["Miguel Rodríguez Torres"])
    _add(store, probe)
    from chronicler.resolve import dedup
    from chronicler.resolve.config import load_config
    from chronicler.resolve.stories import story_terms

    cfg = load_config()
    sp = cfg.stories
    terms = story_terms(
        probe.article.text, probe.annotation.mentions, sp.entity_weight, sp.bigrams, sp.binary
    )
    key0 = dedup.band_keys(dedup.minhash(terms.keys(), sp.num_perm), sp.bands)[0]
    n, bands = 100_000, cfg.stories.bands
    con.execute(
        "INSERT INTO resolve_articles (article_id, story_id, language, published, position) "
        "SELECT 'syn' || i, 'syn' || (i // 3), 'en', '2020-01-01', i FROM range(?) t(i)",
        [n],
    )
    con.execute(
        "INSERT INTO resolve_lsh (key, kind, band, article_id) "
        "SELECT CASE WHEN b = 0 AND i < 2000 THEN ? ELSE (hash(i * 64 + b) // 2)::BIGINT "
        "END, 'story', b, 'syn' || i FROM range(?) t(i), range(?) u(b)",
        [lsh_key("story", 0, key0), n, bands],
    )
    con.execute("INSERT INTO resolve_counters (name, n) VALUES ('articles', ?)", [n])
    con.execute(
        "INSERT INTO resolve_terms (term, df) SELECT 'w:syn' || i, 1 FROM range(?) t(i)", [n]
    )
    con.execute(
        "INSERT INTO resolve_article_terms (article_id, term, weight) "
        "SELECT 'syn' || i, 'w:syn' || i, 1.0 FROM range(?) t(i)",
        [n],
    )
    # Bounded work is shown by the candidate count, not by a clock (speed lives in bench/).
    result = resolve_new(store, [probe.article.id], use_embeddings=False)
    assert result.articles == 1
    assert result.candidates_compared == [cfg.stories.max_candidates]


GUARDSMEN = (
    "Sixteen national guardsmen who rose up against Nicolás Maduro in April have fled the "
    "Panamanian embassy in Caracas after seven months and crossed into Colombia."
)


def test_article_of_another_happening_starts_its_own_story(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    """Through the store, one article at a time, with the shipped threshold: the release
    articles share a story, the guardsmen and the mass prisoner release stay apart."""
    a = make_article(RELEASE, ["Miguel Rodríguez Torres", "Rodríguez Torres"])
    b = make_article(RELEASE_2, ["Miguel Rodriguez Torres", "Jose Luis Zapatero"])
    c = make_article(GUARDSMEN, ["Nicolás Maduro"])
    d = make_article(OTHER, ["Jorge Rodriguez", "Delcy Rodriguez"])
    ids = _add(store, a, b, c, d)
    for article_id in ids:
        resolve_new(store, [article_id], use_embeddings=False)
    stories = {tuple(s["article_ids"]) for s in export_sections(store.con)["stories"]}
    assert stories == {(ids[0], ids[1]), (ids[2],), (ids[3],)}


def test_regrouping_moves_an_early_misplaced_article_out(
    store: Store,
    make_article: Callable[..., ProcessedArticle],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An article placed in the wrong story (here forced by a near-zero threshold) is moved
    out when a later article regroups the neighbourhood: the story keeps its first article's
    id and the article that left starts a story under its own id."""
    from dataclasses import replace

    import chronicler.resolve.run as run
    from chronicler.resolve.config import load_config

    cfg = load_config()
    a = make_article(RELEASE, ["Miguel Rodríguez Torres", "Rodríguez Torres"])
    # another happening that names the spy chief in passing: blocking brings them together
    c = make_article(
        GUARDSMEN
        + " They asked Colombia for asylum and told reporters about the months they spent inside"
        + " the building, sleeping on sofas. Their lawyer also defends Rodríguez Torres.",
        ["Nicolás Maduro", "Rodríguez Torres"],
    )
    b = make_article(RELEASE_2, ["Miguel Rodriguez Torres", "Jose Luis Zapatero"])
    ids = _add(store, a, c, b)
    lax = replace(cfg, stories=replace(cfg.stories, threshold=1e-6, recluster=False))
    assert cfg.stories.recluster
    monkeypatch.setattr(run, "load_config", lambda: lax)
    resolve_new(store, ids[:2], use_embeddings=False)
    assert {tuple(s["article_ids"]) for s in export_sections(store.con)["stories"]} == {
        (ids[0], ids[1])
    }
    # a threshold well clear of the passing mention's share (about 0.09), whatever is shipped
    strict = replace(cfg, stories=replace(cfg.stories, threshold=0.12))
    monkeypatch.setattr(run, "load_config", lambda: strict)
    result = resolve_new(store, ids[2:], use_embeddings=False)
    stories = {s["id"]: tuple(s["article_ids"]) for s in export_sections(store.con)["stories"]}
    assert stories == {ids[0]: (ids[0], ids[2]), ids[1]: (ids[1],)}
    assert {ids[0], ids[1]} <= result.regrouped_stories


SPY_CHIEF_AND_SPEAKER = (
    "Miguel Rodríguez Torres, the former spy chief freed on Saturday, thanked parliament "
    "speaker Jorge Rodriguez, who had announced that a large number of prisoners would be "
    "freed after Delcy Rodriguez took over."
)


@pytest.mark.parametrize("recluster", [False, True], ids=["merge", "regroup"])
def test_an_article_bridging_two_stories_keeps_the_retired_id_resolvable(
    store: Store,
    make_article: Callable[..., ProcessedArticle],
    monkeypatch: pytest.MonkeyPatch,
    recluster: bool,
) -> None:
    """Two stories apart, then an article close to both makes them one (by a merge, or by
    regrouping the neighbourhood): the younger story's id leads to the one it went into,
    through `story ID` and the export, and re-running changes nothing."""
    import io
    from dataclasses import replace

    import jsonschema
    from rich.console import Console

    import chronicler.resolve.run as run
    from chronicler.export.contract import build_export
    from chronicler.resolve.config import load_config
    from chronicler.resolve.views import render_story, story_view
    from chronicler.settings import data_path

    cfg = load_config()
    a = make_article(RELEASE, ["Miguel Rodríguez Torres", "Rodríguez Torres"])
    b = make_article(OTHER, ["Jorge Rodriguez", "Delcy Rodriguez"])
    c = make_article(
        SPY_CHIEF_AND_SPEAKER, ["Miguel Rodríguez Torres", "Jorge Rodriguez", "Delcy Rodriguez"]
    )
    ids = _add(store, a, b, c)
    apart = replace(cfg, stories=replace(cfg.stories, threshold=0.9, recluster=False))
    monkeypatch.setattr(run, "load_config", lambda: apart)
    resolve_new(store, ids[:2], use_embeddings=False)
    assert len(export_sections(store.con)["stories"]) == 2
    together = replace(cfg, stories=replace(cfg.stories, threshold=1e-6, recluster=recluster))
    monkeypatch.setattr(run, "load_config", lambda: together)
    result = resolve_new(store, ids[2:], use_embeddings=False)
    assert (ids[1], ids[0]) in result.merged_stories

    (story,) = export_sections(store.con)["stories"]
    assert story["id"] == ids[0] and story["merged_ids"] == [ids[1]]
    view = story_view(store, ids[1][:10])
    assert view is not None and view["id"] == ids[0] and view["merged_from"] == ids[1]
    out = io.StringIO()
    render_story(view, Console(file=out, width=200))
    assert f"story {ids[1][:10]}… was merged into {ids[0][:10]}…" in out.getvalue()
    direct = story_view(store, ids[0])
    assert direct is not None and direct["merged_from"] is None
    names = list(direct["names"])
    assert names == sorted(names)  # ordered, not by hash: `story --json` output can be diffed

    document = build_export(store, "test")
    schema = json.loads(data_path("export", "schema_v1.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["stories"][0]["merged_ids"] == [ids[1]]

    again = resolve_new(store, ids, use_embeddings=False)
    assert again.articles == 0
    assert export_sections(store.con)["stories"] == [story]


def test_a_chain_of_merges_resolves_to_the_last_story(
    store: Store,
    make_article: Callable[..., ProcessedArticle],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three stories apart; one bridge folds the third into the second, a later one folds the
    second into the first: both retired ids lead to the first story, not to each other."""
    from dataclasses import replace

    import chronicler.resolve.run as run
    from chronicler.resolve.config import load_config
    from chronicler.resolve.views import story_view

    cfg = load_config()
    a = make_article(RELEASE, ["Miguel Rodríguez Torres", "Rodríguez Torres"])
    b = make_article(OTHER, ["Jorge Rodriguez", "Delcy Rodriguez"])
    d = make_article(GUARDSMEN, ["Nicolás Maduro"])
    speaker_and_guardsmen = make_article(
        "Jorge Rodriguez said the sixteen national guardsmen who rose up against Nicolás Maduro "
        "had fled the Panamanian embassy in Caracas.",
        ["Jorge Rodriguez", "Nicolás Maduro"],
    )
    c = make_article(
        SPY_CHIEF_AND_SPEAKER, ["Miguel Rodríguez Torres", "Jorge Rodriguez", "Delcy Rodriguez"]
    )
    ids = _add(store, a, b, d, speaker_and_guardsmen, c)
    apart = replace(cfg, stories=replace(cfg.stories, threshold=0.9, recluster=False))
    monkeypatch.setattr(run, "load_config", lambda: apart)
    resolve_new(store, ids[:3], use_embeddings=False)
    together = replace(cfg, stories=replace(cfg.stories, threshold=1e-6, recluster=False))
    monkeypatch.setattr(run, "load_config", lambda: together)
    resolve_new(store, ids[3:4], use_embeddings=False)
    assert {s["id"] for s in export_sections(store.con)["stories"]} == {ids[0], ids[1]}
    resolve_new(store, ids[4:], use_embeddings=False)
    (story,) = export_sections(store.con)["stories"]
    assert story["id"] == ids[0] and story["merged_ids"] == sorted([ids[1], ids[2]])
    for retired in ids[1:3]:
        view = story_view(store, retired)
        assert view is not None and view["id"] == ids[0] and view["merged_from"] == retired


def test_resolved_events_do_not_take_a_place_for_the_office_held_there(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    """Through the store: the export's arrest of 'the mayor of Caracas' has no target entity
    (the city is an entity of the article, not of the event); its name and country stay."""
    text = "Police arrested the mayor of Caracas on Monday."
    base = make_article(text)
    start = text.index("mayor")
    mayor = Participant("mayor of Caracas", start, start + 16, role="government", country="VEN")
    at = text.index("Caracas")
    caracas = Mention(at, at + 7, "Caracas", "GPE", 0)
    arrest = EventMention(
        type="COERCE",
        mode="arrest",
        cameo="111",
        trigger="arrested",
        trigger_start=7,
        trigger_end=15,
        sentence=0,
        sentence_start=0,
        sentence_end=len(text),
        targets=(mayor,),
        date=EventDate("2024-06-17", "sentence", "exact"),
    )
    annotation = replace(base.annotation, mentions=(caracas,), events=(arrest,))
    (article_id,) = _add(store, replace(base, annotation=annotation))
    resolve_new(store, [article_id], use_embeddings=False)
    sections = export_sections(store.con)
    (event,) = sections["events"]
    assert event["targets"] == []
    assert event["target_names"] == ["mayor of Caracas"]
    assert event["target_countries"] == ["VEN"]
    assert any(e["id"] == "gpe:caracas" for e in sections["entities"])


@pytest.mark.parametrize(
    ("attach_size", "min_story", "joins"),
    [(0, 2, False), (4, 2, True), (4, 3, False)],
    ids=["off", "into-two-reports", "story-too-small"],
)
def test_regrouping_folds_a_lone_article_into_an_established_story(
    store: Store,
    make_article: Callable[..., ProcessedArticle],
    monkeypatch: pytest.MonkeyPatch,
    attach_size: int,
    min_story: int,
    joins: bool,
) -> None:
    """The store's regrouping clusters as the batch path does, attachment included: an
    article under the threshold joins the story it is near only when attachment is on and the
    story has at least attach_min_story articles."""
    from dataclasses import replace

    import chronicler.resolve.run as run
    from chronicler.resolve.config import load_config

    cfg = load_config()
    a = make_article(RELEASE, ["Miguel Rodríguez Torres", "Rodríguez Torres"])
    b = make_article(RELEASE_2, ["Miguel Rodriguez Torres", "Jose Luis Zapatero"])
    c = make_article(
        GUARDSMEN + " Their lawyer also defends Rodríguez Torres.",
        ["Nicolás Maduro", "Rodríguez Torres"],
    )
    ids = _add(store, a, b, c)
    settings = replace(
        cfg.stories,
        threshold=0.12,  # well above the passing mention's share, whatever is shipped
        recluster_floor=1e-6,
        attach_size=attach_size,
        attach_floor=1e-6,
        attach_min_story=min_story,
        attach_reach=0.0,
        attach_margin=0.0,
        attach_year_share=0.0,
        attach_cohesion=0.0,
    )
    monkeypatch.setattr(run, "load_config", lambda: replace(cfg, stories=settings))
    for article_id in ids:
        resolve_new(store, [article_id], use_embeddings=False)
    stories = {tuple(s["article_ids"]) for s in export_sections(store.con)["stories"]}
    assert stories == ({tuple(ids)} if joins else {(ids[0], ids[1]), (ids[2],)})


@pytest.mark.parametrize(
    ("reach", "year_share", "cohesion", "joins"),
    [
        (0.0, 0.0, 0.0, True),
        (1.0, 0.0, 0.0, False),
        (0.0, 1.0, 0.0, False),
        (0.0, 0.0, 0.9, False),
    ],
    ids=["no-rule", "reach", "years", "cohesion"],
)
def test_regrouping_applies_the_attachment_rules(
    store: Store,
    make_article: Callable[..., ProcessedArticle],
    monkeypatch: pytest.MonkeyPatch,
    reach: float,
    year_share: float,
    cohesion: float,
    joins: bool,
) -> None:
    """The store's regrouping passes the reach, year and cohesion rules to attachment as the
    batch path does: an article under the threshold that matches none of the story's reports
    closely, names only years the story's reports do not, or is far less alike the story than
    its two reports of one release are to each other, stays apart when the rule is on."""
    a = make_article(
        RELEASE + " It happened in 2023.", ["Miguel Rodríguez Torres", "Rodríguez Torres"]
    )
    b = make_article(
        RELEASE_2 + " That was in 2023.", ["Miguel Rodriguez Torres", "Jose Luis Zapatero"]
    )
    c = make_article(
        GUARDSMEN + " Their lawyer also defends Rodríguez Torres, as in 2019.",
        ["Nicolás Maduro", "Rodríguez Torres"],
    )
    ids = _add(store, a, b, c)
    stories = _stories_one_at_a_time(
        store,
        ids,
        monkeypatch,
        attach_reach=reach,
        attach_year_share=year_share,
        attach_cohesion=cohesion,
    )
    assert stories == ({tuple(ids)} if joins else {(ids[0], ids[1]), (ids[2],)})


def _stories_one_at_a_time(  # type: ignore[no-untyped-def]
    store: Store, ids: list[str], monkeypatch: pytest.MonkeyPatch, **rules
) -> set[tuple[str, ...]]:
    """The stories the store's regrouping makes, articles resolved one at a time, with
    attachment open to any small cluster (threshold 0.12, floors at zero) and `rules` set."""
    import chronicler.resolve.run as run
    from chronicler.resolve.config import load_config

    cfg = load_config()
    settings = replace(
        cfg.stories,
        threshold=0.12,
        recluster_floor=1e-6,
        attach_size=4,
        attach_floor=1e-6,
        attach_min_story=2,
        attach_margin=0.0,
        **rules,
    )
    monkeypatch.setattr(run, "load_config", lambda: replace(cfg, stories=settings))
    for article_id in ids:
        resolve_new(store, [article_id], use_embeddings=False)
    return {tuple(s["article_ids"]) for s in export_sections(store.con)["stories"]}


def _relabelled(article: ProcessedArticle, labels: dict[str, str]) -> ProcessedArticle:
    """The article with its mentions of these names given these labels."""
    mentions = tuple(
        replace(m, label=labels.get(m.text, m.label)) for m in article.annotation.mentions
    )
    return replace(article, annotation=replace(article.annotation, mentions=mentions))


def test_a_later_report_settling_a_label_vote_moves_the_earlier_mentions(
    store: Store, make_article: Callable[..., ProcessedArticle]
) -> None:
    """The first report tagged "Lilian Tintori" an organisation and "Attock" a LOC (the
    Spanish model has no GPE), the second a person and a GPE: the corpus's vote now reads a
    person and a place, so the first report's mentions move to those actors, whichever
    report came first."""
    first = _relabelled(
        make_article("Lilian Tintori marched in Attock on Monday.", ["Lilian Tintori", "Attock"]),
        {"Lilian Tintori": "ORG", "Attock": "LOC"},
    )
    second = _relabelled(
        make_article("Police stopped Lilian Tintori near Attock.", ["Lilian Tintori", "Attock"]),
        {"Attock": "GPE"},
    )
    ids = _add(store, first, second)
    resolve_new(store, ids[:1], use_embeddings=False)
    resolve_new(store, ids[1:], use_embeddings=False)
    entities = {e["id"]: e for e in export_sections(store.con)["entities"]}
    assert "org:lilian tintori" not in entities and "loc:attock" not in entities, entities
    assert len(entities["person:lilian tintori"]["mentions"]) == 2
    assert len(entities["gpe:attock"]["mentions"]) == 2


MUTINY = (
    "Eleven soldiers who mutinied against President Hector Valdivia left the Brazilian embassy "
    "in Montevallo on Tuesday, where they had slept on mattresses in a storeroom for seven "
    "months. Their commander, a major who once guarded the palace, wrote to reporters that the "
    "group crossed the border on foot in small groups at night. Relatives said the families "
    "would join them abroad. The major described cooking rice on a camping stove, reading "
    "scripture in a circle and keeping fit with bottles of water as weights. Army units in the "
    "border provinces were ordered to watch for the men, whose photographs were sent to every "
    "barracks. Opposition leader Ramona Icaza, freed from house arrest by the mutineers, had "
    "phoned the ambassador to find them refuge."
)
ICAZA_ABROAD = (
    "Opposition leader Ramona Icaza arrived in Lisbon after slipping out of Montevallo, ending "
    "eighteen months as a guest in the ambassador's residence. She flew from a neighbouring "
    "capital and was greeted at the airport by her husband and children, who moved there last "
    "year. The foreign minister said the government had granted her residence and would not "
    "hand her over. A former mayor and economist, Icaza was sentenced to twelve years for "
    "inciting unrest after street marches and spent four years in a military prison before "
    "judges let her serve the rest at home. Her party said she would tour European capitals to "
    "press for new elections. Soldiers who mutinied against the president had freed her."
)


@pytest.mark.parametrize("lead_dates", [False, True])
def test_a_report_dated_only_by_its_year_is_placed_by_its_lead(
    tmp_path, make_article: Callable[..., ProcessedArticle], monkeypatch, lead_dates: bool
) -> None:  # type: ignore[no-untyped-def]
    """A report whose publication date is only a year (inferred from its text) and a report
    of another happening 18 months later that retells the first as background share names,
    places and words; the dates their leads give their news keep them apart."""
    import chronicler.resolve.run as run
    from chronicler.resolve.config import load_config

    def day_dated(article: ProcessedArticle) -> ProcessedArticle:
        events = tuple(
            replace(e, date=replace(e.date, granularity="day")) for e in article.annotation.events
        )
        return replace(article, annotation=replace(article.annotation, events=events))

    mutiny = day_dated(
        make_article(
            MUTINY,
            ["Hector Valdivia", "Ramona Icaza"],
            [("RETREAT", "flee", "Eleven soldiers", "2031-03-04")],
            published="2031",
        )
    )
    abroad = day_dated(
        make_article(
            ICAZA_ABROAD,
            ["Ramona Icaza", "Icaza"],
            [("COERCE", "exile", "Ramona Icaza", "2032-09-18")],
            published="2032-09-20",
        )
    )
    cfg = load_config()
    monkeypatch.setattr(
        run,
        "load_config",
        lambda: replace(cfg, stories=replace(cfg.stories, lead_dates=lead_dates)),
    )
    with Store.open(tmp_path / f"lead-{lead_dates}.duckdb") as store:
        ids = _add(store, mutiny, abroad)
        resolve_new(store, ids, use_embeddings=False)
        stories = {tuple(s["article_ids"]) for s in export_sections(store.con)["stories"]}
    # without the leads nothing tells them apart: the shared background joins them
    assert stories == ({(ids[0],), (ids[1],)} if lead_dates else {(ids[0], ids[1])})


@pytest.mark.parametrize("c_day, joins", [("2023-03-04", True), ("2023-06-04", False)])
def test_regrouping_reads_the_head_days_as_the_batch_path_does(
    store: Store,
    make_article: Callable[..., ProcessedArticle],
    monkeypatch: pytest.MonkeyPatch,
    c_day: str,
    joins: bool,
) -> None:
    """The days a report's head names are stored with its terms and read back by the
    store's regrouping (story_dates): an article the cohesion rule keeps apart joins the story
    when its head names a day within a day of one a story's report's head names."""
    a = make_article("March 3, 2023\n" + RELEASE, ["Miguel Rodríguez Torres", "Rodríguez Torres"])
    b = make_article(RELEASE_2, ["Miguel Rodriguez Torres", "Jose Luis Zapatero"])
    c = make_article(
        c_day + "\n" + GUARDSMEN + " Their lawyer also defends Rodríguez Torres.",
        ["Nicolás Maduro", "Rodríguez Torres"],
    )
    ids = _add(store, a, b, c)
    stories = _stories_one_at_a_time(
        store,
        ids,
        monkeypatch,
        attach_reach=0.0,
        attach_year_share=0.0,
        attach_cohesion=0.9,
        day_lines=3,
        attach_day_floor=1e-6,
        attach_day_window=1,
        attach_day_cohesion=0.0,
    )
    assert stories == ({tuple(ids)} if joins else {(ids[0], ids[1]), (ids[2],)})
