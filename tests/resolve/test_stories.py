from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from chronicler.resolve.config import load_config
from chronicler.resolve.stories import (
    DatedAct,
    StoryFeatures,
    assign,
    background_share,
    cluster,
    date_gap,
    idf_table,
    lead_dates,
    similarity_matrix,
    story_terms,
    time_factor,
)

DOCS = [
    "Venezuela freed former spy chief Miguel Rodríguez Torres, who left for exile in Spain.",
    "Miguel Rodriguez Torres, the former intelligence chief, was freed and flew to Spain.",
    "Former spy chief Rodríguez Torres released by Venezuela; Zapatero brokered his exile.",
    "Sixteen national guardsmen who revolted against Maduro fled the Panamanian embassy.",
    "The guardsmen who rose up in April escaped the embassy in Caracas after seven months.",
    "A magnitude 6 earthquake struck northern Chile, damaging buildings in Antofagasta.",
]


def _features() -> list[StoryFeatures]:
    weight = load_config().stories.entity_weight
    return [StoryFeatures(str(i), story_terms(t, [], weight)) for i, t in enumerate(DOCS)]


def test_cluster_groups_same_happening_without_k() -> None:
    feats = _features()
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.terms.keys())
    params = load_config().stories
    idf = idf_table(df, len(feats), params.idf_power, params.min_df)
    labels = cluster(similarity_matrix(feats, idf, params), 0.1)  # short texts: low cosines
    assert labels[0] == labels[1] == labels[2]
    assert labels[3] == labels[4]
    assert len({labels[0], labels[3], labels[5]}) == 3


def test_assign_picks_best_story_above_threshold() -> None:
    assert assign({"s1": [0.5, 0.3], "s2": [0.2]}, 0.2) == "s1"
    assert assign({"s1": [0.1]}, 0.2) is None


def test_stories_above_lists_every_story_that_clears() -> None:
    from chronicler.resolve.stories import stories_above

    assert stories_above({"old": [0.3], "new": [0.5, 0.4], "far": [0.1]}, 0.2) == ["new", "old"]


def test_story_terms_word_pairs_and_presence() -> None:
    terms = story_terms("Klitschko stopped Tony Thompson. Thompson fell.", [], 2.0, True, True)
    assert "b:tony thompson" in terms
    assert terms["w:thompson"] == 1.0  # presence, not a count


TWINS = [
    "Wladimir Klitschko stopped Hasim Rahman in the seventh round in Mannheim to retain his "
    "heavyweight titles.",
    "Hasim Rahman was stopped in the seventh round in Mannheim by Klitschko, who kept the "
    "IBF and WBO heavyweight titles.",
    "Tony Thompson was stopped in the sixth round in Bern as Wladimir Klitschko kept his "
    "heavyweight titles.",
    "A magnitude 6 earthquake struck northern Chile, damaging buildings in Antofagasta.",
]


def test_twin_events_score_under_one_events_reports() -> None:
    """Two fights of one champion: the opponent, the round and the city decide."""
    params = load_config().stories
    feats = [
        StoryFeatures(
            str(i), story_terms(t, [], params.entity_weight, params.bigrams, params.binary)
        )
        for i, t in enumerate(TWINS)
    ]
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.terms.keys())
    matrix = similarity_matrix(feats, idf_table(df, len(feats)), params)
    assert matrix[0, 1] > matrix[0, 2] + 0.1
    assert matrix[0, 1] > matrix[1, 2] + 0.1


def test_term_prior_is_loaded_and_versioned() -> None:
    config = load_config()
    assert "+term_prior:" in config.version
    prior = config.term_prior
    assert 0.0 < prior["earthquake"] < prior["release"] < prior["people"] < 1.0
    assert "2008" not in prior  # numbers stay rare: the word lists fold their digits


def test_background_share_of_words_pairs_and_names() -> None:
    prior = {"police": 0.1, "say": 0.5}
    assert background_share("w:police", prior) == 0.1
    assert background_share("w:tornado", prior) == 0.0  # unlisted: rare
    assert background_share("b:police say", prior) == 0.05
    assert background_share("e:police", prior) == 0.1  # a one-word name weighs as its word
    assert background_share("e:maria police", prior) == 0.0  # a full name is rare


def test_prior_tells_common_words_from_rare_ones_in_a_young_store() -> None:
    """Two articles: by their own counts every shared term weighs the same; the background
    prior already weighs a common word down and a name up."""
    df = {"w:people": 2, "w:earthquake": 2, "e:gempa sari": 2}
    flat = idf_table(df, 2)
    assert flat["w:people"] == flat["w:earthquake"] == flat["e:gempa sari"]
    prior = load_config().term_prior
    idf = idf_table(df, 2, prior=prior, prior_weight=1000)
    assert idf["w:people"] < idf["w:earthquake"] < idf["e:gempa sari"]
    # a big store's own counts outweigh the prior
    counts = {"w:people": 5, "w:earthquake": 50_000}
    big = idf_table(counts, 100_000, prior=prior, prior_weight=1000)
    assert big["w:people"] > big["w:earthquake"]


def test_stories_above_can_average_over_the_whole_story() -> None:
    from chronicler.resolve.stories import stories_above

    scores = {"big": [0.5], "small": [0.3]}
    assert stories_above(scores, 0.2) == ["big", "small"]
    # one look-alike among ten articles is not enough to join a story
    assert stories_above(scores, 0.2, {"big": 10, "small": 1}) == ["small"]


def test_neighbourhood_averages_over_the_whole_story() -> None:
    from chronicler.resolve.stories import neighbourhood

    scores = {"big": [0.2], "small": [0.2], "far": [0.01]}
    # "big" has 4 articles and blocking brought one: 0.2 / 4 = 0.05
    assert neighbourhood(scores, {"big": 4, "small": 1, "far": 1}, 0.06) == ["small"]
    assert neighbourhood(scores, {"big": 4, "small": 1, "far": 1}, 0.05) == ["big", "small"]


def test_regroup_names_each_cluster_by_its_oldest_article() -> None:
    from chronicler.resolve.stories import regroup

    # a, b, c were one story "a"; the new article d clusters with c, which splits off
    assert regroup(["a", "b", "c", "d"], [0, 0, 1, 1]) == {"a": "a", "b": "a", "c": "c", "d": "c"}
    # the story keeps its id whatever cluster numbers the clustering gives
    assert regroup(["a", "b", "d"], [5, 5, 5]) == {"a": "a", "b": "a", "d": "a"}


def test_terms_with_digits_weigh_more() -> None:
    terms = story_terms("Klitschko beat Thompson in 2008, his 51st win.", [], 2.0, True, True, 2.0)
    assert terms["w:2008"] == terms["w:51st"] == terms["b:thompson 2008"] == 2.0
    assert terms["w:klitschko"] == 1.0


def test_date_gap_at_the_shared_granularity() -> None:
    assert date_gap("2026-03-01", "2026-03-31") == 30 / 365.25
    assert date_gap("2026-03-01", "2023-03") == 3.0  # months: the day is not known for both
    assert date_gap("2023-06-09", "2026") == 3.0  # years
    assert date_gap("2026", None) is None
    assert date_gap("2026-03-01", "2023", "month") is None  # a year-only date is too coarse
    assert date_gap("2026-03-01", "2023-06", "day") is None


def test_time_factor_lowers_only_articles_published_far_apart() -> None:
    params = replace(
        load_config().stories,
        date_gap_years=1.0,
        date_factor=0.5,
        date_decay_years=0.0,
        date_granularity="month",
    )
    release_2023 = StoryFeatures("a", {}, published="2023-10-20")
    follow_up = StoryFeatures("b", {}, published="2023-10-22")
    release_2026 = StoryFeatures("c", {}, published="2026-01-09")
    undated = StoryFeatures("d", {})
    assert time_factor(release_2023, follow_up, params) == 1.0
    assert time_factor(release_2023, release_2026, params) == 0.5
    assert time_factor(release_2023, undated, params) == 1.0
    assert time_factor(release_2023, release_2026, replace(params, date_gap_years=0.0)) == 1.0


def _two_blocks(story: int, near: float) -> np.ndarray:
    """A story of `story` articles (pairwise 0.3), one article at `near` from each of them, and
    one far from everything."""
    n = story + 2
    matrix = np.full((n, n), 0.01)
    matrix[:story, :story] = 0.3
    matrix[story, :story] = matrix[:story, story] = near
    np.fill_diagonal(matrix, 1.0)
    return matrix


def test_attach_small_folds_a_lone_report_into_the_established_story() -> None:
    from chronicler.resolve.stories import attach_small

    matrix = _two_blocks(6, 0.05)
    labels = cluster(matrix, 0.08)
    assert len(set(labels)) == 3  # under the threshold the lone report stands apart
    attached = attach_small(matrix, labels, 4, 0.04, 5)
    assert attached[6] == attached[0]
    assert attached[7] != attached[0]  # the far article stays alone
    assert attach_small(matrix, labels, 0, 0.04, 5) == labels  # off
    assert attach_small(matrix, labels, 4, 0.06, 5) == labels  # under the floor


def test_attach_small_leaves_a_story_of_few_reports_alone() -> None:
    from chronicler.resolve.stories import attach_small

    # next to a story of three reports, a loosely similar article may be a happening of its own
    matrix = _two_blocks(3, 0.05)
    labels = cluster(matrix, 0.08)
    assert attach_small(matrix, labels, 4, 0.04, 5) == labels
    assert attach_small(matrix, labels, 4, 0.04, 3)[3] == labels[0]


def test_cluster_stories_applies_the_configured_attachment() -> None:
    from chronicler.resolve.stories import cluster_stories

    params = replace(
        load_config().stories,
        threshold=0.08,
        attach_size=4,
        attach_floor=0.04,
        attach_min_story=5,
        attach_reach=0.0,
        attach_margin=0.0,
        attach_year_share=0.0,
        attach_cohesion=0.0,
    )
    labels = cluster_stories(_two_blocks(6, 0.05), params)
    assert labels[6] == labels[0] and labels[7] != labels[0]
    assert len(set(cluster_stories(_two_blocks(6, 0.05), replace(params, attach_size=0)))) == 3


def test_years_disagree_only_when_both_name_years_and_share_none() -> None:
    from chronicler.resolve.stories import combine, named_years, years_disagree

    quake_2005 = StoryFeatures("a", story_terms("A quake hit Qeshm in November 2005.", [], 2.0))
    quake_2008 = StoryFeatures("b", story_terms("Qeshm was shaken in 2008, as in 2005?", [], 2.0))
    quake_2008_only = StoryFeatures("c", story_terms("The 2008 quake on Qeshm island.", [], 2.0))
    undated = StoryFeatures("d", story_terms("A quake hit Qeshm island, 5.6 in size.", [], 2.0))
    assert named_years(quake_2005.terms) == {"2005"}
    assert not years_disagree(quake_2005, quake_2008)  # 2005 in both
    assert years_disagree(quake_2005, quake_2008_only)
    assert not years_disagree(quake_2005, undated)  # no evidence either way
    params = replace(load_config().stories, year_penalty=0.02, date_gap_years=0.0)
    assert combine(0.1, quake_2005, quake_2008_only, params) == 0.1 - 0.02
    assert combine(0.1, quake_2005, undated, params) == 0.1
    assert combine(0.1, quake_2005, quake_2008_only, replace(params, year_penalty=0.0)) == 0.1


def test_reached_is_the_share_of_a_story_a_cluster_matches_at_the_threshold() -> None:
    from chronicler.resolve.stories import reached

    matrix = np.array(
        [
            [1.0, 0.3, 0.3, 0.09],
            [0.3, 1.0, 0.3, 0.05],
            [0.3, 0.3, 1.0, 0.05],
            [0.09, 0.05, 0.05, 1.0],
        ]
    )
    onehot = np.array([[1.0, 1.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0]])
    share = reached(matrix, onehot, 0.08)
    assert share[1, 0] == 1 / 3  # the lone article matches one of the story's three reports
    assert share[0, 0] == 1.0
    assert reached(matrix, onehot, 0.1)[1, 0] == 0.0


def test_attach_small_with_reach_needs_a_close_match_in_the_story() -> None:
    from chronicler.resolve.stories import attach_small

    # a report close to one of the story's reports (a follow-up retelling part of it) and a
    # lone article of the same setting, as near on average but close to none
    matrix = _two_blocks(6, 0.05)
    retelling = matrix.copy()
    retelling[6, :6] = retelling[:6, 6] = [0.1, 0.1, 0.04, 0.04, 0.02, 0.02]  # mean 0.053
    labels = cluster(retelling, 0.08)
    assert attach_small(retelling, labels, 4, 0.04, 3, 0.3, 0.08)[6] == labels[0]
    assert attach_small(retelling, labels, 4, 0.04, 3, 0.4, 0.08)[6] != labels[0]
    flat = cluster(matrix, 0.08)
    assert attach_small(matrix, flat, 4, 0.04, 3)[6] == flat[0]  # reach off
    assert attach_small(matrix, flat, 4, 0.04, 3, 0.3, 0.08)[6] != flat[0]


def _story_of_cohesion(inner: float, near: float) -> np.ndarray:
    """Six reports of one happening that score `inner` with each other, and a seventh article
    that scores `near` with each of them."""
    matrix = np.full((7, 7), near)
    matrix[:6, :6] = inner
    np.fill_diagonal(matrix, 1.0)
    return matrix


def test_cohesion_is_a_clusters_average_similarity_between_its_own_articles() -> None:
    from chronicler.resolve.stories import cohesion

    matrix = _story_of_cohesion(0.3, 0.05)
    matrix[0, 1] = matrix[1, 0] = 0.6  # one close pair lifts the average of the 15 pairs
    onehot = np.array([[1.0] * 6 + [0.0], [0.0] * 6 + [1.0]])
    found = cohesion(matrix, onehot)
    assert found[0] == pytest.approx((14 * 0.3 + 0.6) / 15)
    assert np.isnan(found[1])  # one article: no pair


def test_attach_small_with_cohesion_weighs_the_floor_by_how_alike_the_story_is() -> None:
    from chronicler.resolve.stories import attach_small

    # the same loosely similar article (0.05 with every report) beside a tightly told story
    # (its reports 0.3 alike: a title fight every outlet tells with one opponent and venue) and
    # beside a loosely told one (0.09 alike: a happening told from many angles)
    tight, loose = _story_of_cohesion(0.3, 0.05), _story_of_cohesion(0.09, 0.05)
    for matrix, joins in ((tight, False), (loose, True)):
        labels = cluster(matrix, 0.08)
        assert labels[6] != labels[0]  # under the threshold it stands apart
        assert attach_small(matrix, labels, 4, 0.04, 2)[6] == labels[0]  # rule off: joins
        attached = attach_small(matrix, labels, 4, 0.04, 2, cohesion_share=0.5)
        assert (attached[6] == labels[0]) is joins


def test_cluster_stories_reads_attach_cohesion() -> None:
    from chronicler.resolve.stories import cluster_stories

    params = replace(
        load_config().stories,
        threshold=0.08,
        attach_size=4,
        attach_floor=0.04,
        attach_min_story=2,
        attach_reach=0.0,
        attach_margin=0.0,
        attach_year_share=0.0,
        attach_conflict_share=0.0,
    )
    tight = _story_of_cohesion(0.3, 0.05)
    assert cluster_stories(tight, replace(params, attach_cohesion=0.5))[6] != 0
    assert cluster_stories(tight, replace(params, attach_cohesion=0.0))[6] == 0


def test_attach_small_with_margin_needs_a_clear_nearest_story() -> None:
    from chronicler.resolve.stories import attach_small

    # two stories of three; an article at 0.06 from the first and 0.05 from the second
    matrix = np.full((7, 7), 0.01)
    matrix[:3, :3] = matrix[3:6, 3:6] = 0.3
    matrix[6, :3] = matrix[:3, 6] = 0.06
    matrix[6, 3:6] = matrix[3:6, 6] = 0.05
    np.fill_diagonal(matrix, 1.0)
    labels = cluster(matrix, 0.08)
    assert attach_small(matrix, labels, 1, 0.04, 3, margin=0.005)[6] == labels[0]
    assert attach_small(matrix, labels, 1, 0.04, 3, margin=0.02)[6] == labels[6]


def test_year_conflicts_and_disagree_read_the_years_both_articles_name() -> None:
    from chronicler.resolve.stories import attach_small, disagree, year_conflicts

    texts = [
        "Qeshm quake of 2005 kills ten.",
        "The 2005 quake on Qeshm island.",
        "Qeshm island shaken again in 2008.",
        "A quake hit Qeshm island.",
    ]
    feats = [StoryFeatures(str(i), story_terms(t, [], 2.0)) for i, t in enumerate(texts)]
    conflicts = year_conflicts(feats)
    assert conflicts[0, 1] == 0.0 and conflicts[0, 2] == 1.0 and np.isnan(conflicts[0, 3])
    onehot = np.array([[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0]])
    against = disagree(conflicts, onehot, 1.0)
    assert against[1, 0] and not against[2, 0]  # no year named: no evidence against
    matrix = np.full((4, 4), 0.05)
    matrix[0, 1] = matrix[1, 0] = 0.3
    np.fill_diagonal(matrix, 1.0)
    labels = [0, 0, 1, 2]
    joined = attach_small(matrix, labels, 1, 0.04, 2, conflicts=conflicts, conflict_share=1.0)
    assert joined[2] == 1 and joined[3] == 0  # the 2008 report stays apart, the undated joins
    assert attach_small(matrix, labels, 1, 0.04, 2)[2] == 0  # rule off


def test_shipped_settings_weigh_publication_dates_months_apart() -> None:
    """Two reports of one kind of happening (arrests, then a banishment a year and a half
    later) published far apart are less alike; reports a day apart and year-only dates (often
    inferred, often wrong) are not touched."""
    params = load_config().stories
    arrests = StoryFeatures("a", {}, published="2021-06-09")
    banishment = StoryFeatures("b", {}, published="2023-02-10")
    next_day = StoryFeatures("c", {}, published="2023-02-09")
    inferred = StoryFeatures("d", {}, published="2022")
    assert time_factor(arrests, banishment, params) < 1.0
    assert time_factor(banishment, next_day, params) == 1.0
    assert time_factor(arrests, inferred, params) == 1.0


def test_shipped_settings_weigh_weeks_apart_lightly_and_years_apart_heavily() -> None:
    """Reports of one happening told weeks apart (a rule announced, then enacted two months
    later) are damped less than reports a year apart; three years apart, as little as before
    the near range was softened (version 61.1)."""
    params = load_config().stories
    announced = StoryFeatures("a", {}, published="2031-03-03")
    enacted = StoryFeatures("b", {}, published="2031-05-02")
    next_year = StoryFeatures("c", {}, published="2032-03-03")
    three_years = StoryFeatures("d", {}, published="2034-05-01")
    weeks = time_factor(announced, enacted, params)
    year = time_factor(announced, next_year, params)
    assert 0.5 < weeks < 1.0
    assert year <= 0.55 < weeks
    assert time_factor(announced, three_years, params) < 0.15


def test_time_factor_compounds_over_the_gap() -> None:
    """Two reports naming the same people three years apart are farther from one happening
    than two a year apart."""
    params = replace(
        load_config().stories,
        date_gap_years=0.5,
        date_factor=0.5,
        date_decay_years=1.0,
        date_granularity="month",
    )
    detained = StoryFeatures("a", {}, published="2021-02-03")
    moved = StoryFeatures("b", {}, published="2024-04-17")
    months_later = StoryFeatures("c", {}, published="2021-11-20")
    assert time_factor(detained, months_later, params) == 0.5
    assert time_factor(detained, moved, params) < 0.15
    assert time_factor(detained, moved, replace(params, date_decay_years=0.0)) == 0.5


def test_lead_dates_are_the_first_sentence_that_dates_its_own_act() -> None:
    acts = [
        DatedAct(0, None, "unknown", None, True),  # a title's act, undated
        DatedAct(1, "2031-03-02", "sentence", "day", True),  # "fled on Tuesday"
        DatedAct(1, "2030-11-14", "sentence", "day", True),  # "after revolting on Nov. 14"
        DatedAct(2, "2031-01-05", "sentence", "day", True),  # later background
    ]
    assert lead_dates(acts) == ("2030-11-14", "2031-03-02")
    # a date only inherited from the report or the discourse, a year, or an act not told as
    # done (denied, planned) dates no lead: the next sentence's own date does
    inherited = [
        DatedAct(0, "2031-03-02", "article", "day", True),
        DatedAct(0, "2031-03-02", "discourse", "day", True),
        DatedAct(0, "2029", "sentence", "year", True),
        DatedAct(0, "2031-04-01", "sentence", "day", False),
        DatedAct(2, "2031-02", "sentence", "month", True),
    ]
    assert lead_dates(inherited) == ("2031-02",)
    assert lead_dates(inherited[:4]) == ()
    # past the lead a dated act is background (the coup he led in 1992), not the news
    assert lead_dates([*inherited[:4], DatedAct(3, "1992-02-04", "sentence", "day", True)]) == ()
    assert lead_dates(inherited, within=2) == ()


def test_time_factor_reads_the_leads_where_a_publication_date_is_only_a_year() -> None:
    params = replace(
        load_config().stories,
        date_gap_years=0.1,
        date_factor=0.5,
        date_decay_years=1.0,
        date_granularity="month",
        lead_dates=True,
    )
    mutiny = StoryFeatures("a", {}, published="2031", lead=("2031-03-02",))
    escape = StoryFeatures("b", {}, published="2032-09-20", lead=("2032-09-18",))
    retold = StoryFeatures("c", {}, published="2031", lead=("2031-03",))
    unled = StoryFeatures("d", {}, published="2032-09-20")
    gap = date_gap("2031-03-02", "2032-09-18")
    assert gap is not None and gap > 1.5
    assert time_factor(mutiny, escape, params) == 0.5**gap
    assert time_factor(mutiny, retold, params) == 1.0  # one month: the same happening
    assert time_factor(mutiny, unled, params) == 1.0  # no evidence either way
    assert time_factor(mutiny, escape, replace(params, lead_dates=False)) == 1.0
    # where both publication dates place the reports, they decide, not the leads
    dated = replace(mutiny, published="2032-09-21")
    assert time_factor(dated, escape, params) == 1.0
