from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from chronicler.resolve import dedup
from chronicler.resolve.config import load_config
from chronicler.resolve.stories import (
    StoryFeatures,
    attach_small,
    cluster,
    cluster_stories,
    idf_table,
    story_terms,
)
from chronicler.resolve.story_dates import (
    day_agreement,
    day_terms,
    days_of,
    head_days,
    without_days,
)


def test_head_days_reads_days_with_their_year_in_the_head_only() -> None:
    text = (
        "Harbour crane collapses at dawn\n"
        "March 3 , 2019\n"  # tokenised, as some extracted pages are
        "A crane fell on Tuesday at the port .\n"
        "The port last closed on 12 June 2016 ."  # past the head: background
    )
    assert head_days(text, 3) == frozenset({"2019-03-03"})
    assert head_days(text, 4) == frozenset({"2019-03-03", "2016-06-12"})
    assert head_days(text, 0) == frozenset()


def test_a_tokenised_numeric_head_day_is_read() -> None:
    # "21 / 03 / 2012 - 09 : 15": the clean stage's reading of a spaced numeric date
    text = "Dam bursts above the town\nOn Wed , 21 / 03 / 2012 - 09 : 15\nWater swept the town ."
    assert head_days(text, 3) == frozenset({"2012-03-21"})
    assert head_days("Dam bursts\n2012 - 03 - 21\nWater swept the town .", 3) == frozenset(
        {"2012-03-21"}
    )


def test_a_relative_day_or_a_bare_month_is_no_head_day() -> None:
    assert head_days("Ferry sinks on Sunday\nIn May 2019 a ferry sank .", 3) == frozenset()


def test_day_terms_travel_with_the_story_terms_but_weigh_nothing() -> None:
    text = "Dam breaks after storm\nOctober 9, 2020\nThe dam broke ."
    terms = story_terms(text, [], 2.0, day_lines=3)
    assert terms["d:2020-10-09"] == 1.0
    assert day_terms(text, 3) == {"d:2020-10-09": 1.0}
    assert "d:2020-10-09" not in story_terms(text, [], 2.0)  # off by default
    idf = idf_table({"d:2020-10-09": 1, "w:dam": 1}, 2)
    assert idf["d:2020-10-09"] == 0.0 and idf["w:dam"] > 0


def test_day_agreement_within_the_window() -> None:
    terms = [{"d:2020-10-09": 1.0}, {"d:2020-10-10": 1.0}, {"d:2020-10-14": 1.0}, {"w:dam": 1.0}]
    found = day_agreement(terms, 1)
    assert found[0, 1] == found[1, 0] == 1.0
    assert found[0, 2] == 0.0 and found[0, 3] == 0.0 and found[0, 0] == 0.0
    assert day_agreement(terms, 5)[0, 2] == 1.0
    assert [d.isoformat() for d in days_of({"d:2020-10-09": 1.0, "d:bad": 1.0})] == ["2020-10-09"]


def _story_with_a_loose_report(inner: float, outer: float) -> np.ndarray:
    """Six reports `inner` alike and a seventh `outer` alike to each of them."""
    matrix = np.full((7, 7), inner)
    matrix[6, :] = matrix[:, 6] = outer
    np.fill_diagonal(matrix, 1.0)
    return matrix


def test_a_shared_head_day_lets_a_loose_report_join_past_the_cohesion_rule() -> None:
    # a blog post on the happening (0.05 with every report) beside a tightly told story
    matrix = _story_with_a_loose_report(0.3, 0.05)
    labels = cluster(matrix, 0.08)
    assert labels[6] != labels[0]
    kept_apart = attach_small(matrix, labels, 4, 0.065, 2, cohesion_share=0.5)
    assert kept_apart[6] != labels[0]
    same_day = np.zeros((7, 7))
    same_day[6, 2] = same_day[2, 6] = 1.0  # its head and one report's name the same day
    joined = attach_small(
        matrix, labels, 4, 0.065, 2, cohesion_share=0.5, day_agree=same_day, day_floor=0.04
    )
    assert joined[6] == labels[0]
    # under the day rule's own floor, or with no day in common, it stays apart
    low = attach_small(
        matrix, labels, 4, 0.065, 2, cohesion_share=0.5, day_agree=same_day, day_floor=0.06
    )
    assert low[6] != labels[0]
    none = attach_small(
        matrix, labels, 4, 0.065, 2, cohesion_share=0.5, day_agree=np.zeros((7, 7)), day_floor=0.04
    )
    assert none[6] != labels[0]


@pytest.mark.parametrize("day", ["2021-05-04", "2021-09-01"])
def test_cluster_stories_reads_the_day_rule_from_the_features(day: str) -> None:
    params = replace(
        load_config().stories,
        threshold=0.08,
        attach_size=4,
        attach_floor=0.065,
        attach_min_story=2,
        attach_cohesion=0.5,
        attach_day_floor=0.04,
        attach_day_window=1,
        attach_day_cohesion=0.0,
    )
    matrix = _story_with_a_loose_report(0.3, 0.05)
    features = [StoryFeatures(str(i), {"d:2021-05-03": 1.0} if i == 0 else {}) for i in range(6)]
    features.append(StoryFeatures("6", {f"d:{day}": 1.0}))
    joined = cluster_stories(matrix, params, features=features)[6] == 0
    assert joined is (day == "2021-05-04")  # a day apart joins; months apart does not
    assert cluster_stories(matrix, replace(params, attach_day_floor=0.0), features=features)[6] != 0


def test_the_store_blocks_on_words_not_on_head_days() -> None:
    """Two reports with the same words and different head days hash to the same band keys: the
    days are evidence read apart, not words to find candidates by."""
    words = story_terms("Ferry sinks off the coast\nThe ferry sank with forty aboard .", [], 2.0)
    first = {**words, "d:2019-03-03": 1.0}
    second = {**words, "d:2020-07-14": 1.0}
    assert without_days(first) == list(words)

    def keys(terms: dict[str, float]) -> list[int]:
        return list(dedup.band_keys(dedup.minhash(without_days(terms), 64), 32))

    assert keys(first) == keys(second) == keys(words)
