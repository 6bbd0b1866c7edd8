from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pytest

from chronicler.resolve.config import StoryParams, load_config
from chronicler.resolve.stories import (
    StoryFeatures,
    attach_small,
    cluster,
    cluster_stories,
    story_terms,
)
from chronicler.resolve.story_names import full_names, names_the_story, story_full_names


def _terms(names: list[str]) -> dict[str, float]:
    return {f"e:{n}": 1.0 for n in names} | {"w:court": 1.0}


def test_full_names_have_at_least_the_words_asked() -> None:
    terms = _terms(["ana lucia quispe", "quispe", "bolivia"])
    assert full_names(terms, 2) == {"e:ana lucia quispe"}
    assert full_names(terms, 1) == {"e:ana lucia quispe", "e:quispe", "e:bolivia"}


def test_story_full_names_are_those_enough_of_its_reports_give() -> None:
    story = [
        _terms(["ana lucia quispe", "la paz"]),
        _terms(["ana lucia quispe"]),
        _terms(["ana lucia quispe", "la paz"]),
    ]
    assert story_full_names(story, 1.0, 2) == {"e:ana lucia quispe"}
    assert story_full_names(story, 0.6, 2) == {"e:ana lucia quispe", "e:la paz"}


def test_names_the_story_needs_every_small_report_to_give_the_protagonist() -> None:
    story = [_terms(["ana lucia quispe", "bolivia"]), _terms(["ana lucia quispe", "bolivia"])]
    tribute = [_terms(["ana lucia quispe"])]
    assert names_the_story(tribute, story, 1.0, 2)
    # the setting's one-word name is no protagonist
    other_trial = [_terms(["bolivia", "pedro mamani"])]
    assert not names_the_story(other_trial, story, 1.0, 2)
    assert names_the_story([_terms(["ana lucia quispe", "bolivia"])], story, 1.0, 1)
    assert not names_the_story(tribute, story, 1.0, 1)  # one-word names count then: Bolivia
    # a pair where one report names her and the other does not
    assert not names_the_story(tribute + other_trial, story, 1.0, 2)
    # a name only half the story gives
    half = [_terms(["ana lucia quispe"]), _terms(["bolivia"])]
    assert not names_the_story(tribute, half, 1.0, 2)
    assert names_the_story(tribute, half, 0.5, 2)


def test_names_the_story_needs_all_its_protagonists_not_the_head_of_state_alone() -> None:
    # every report of a prisoner's release names him and the president who held him
    release = [_terms(["ana lucia quispe", "luis arce"]), _terms(["ana lucia quispe", "luis arce"])]
    assert names_the_story([_terms(["ana lucia quispe", "luis arce"])], release, 1.0, 2)
    # a report of a strike against the president names him, not her
    assert not names_the_story([_terms(["luis arce", "la paz"])], release, 1.0, 2)


def test_a_head_of_state_named_in_full_is_no_protagonist() -> None:
    """Every report of a country's news may name its president in full: a story whose reports
    share only his name admits no small report for naming him (the leaders table)."""
    assert full_names(_terms(["nicolas maduro", "ana lucia quispe"]), 2) == {"e:ana lucia quispe"}
    story = [_terms(["nicolas maduro", "caracas"]), _terms(["nicolas maduro"])]
    assert not names_the_story([_terms(["nicolas maduro"])], story, 1.0, 2)


def _story_with_a_loose_report(inner: float, outer: float) -> np.ndarray:
    """Six reports `inner` alike and a seventh `outer` alike to each of them."""
    matrix = np.full((7, 7), inner)
    matrix[6, :] = matrix[:, 6] = outer
    np.fill_diagonal(matrix, 1.0)
    return matrix


def test_attach_small_admits_past_the_cohesion_rule_from_its_own_floor() -> None:
    # an obituary written the day after (0.05 with every report) beside a tightly told story
    matrix = _story_with_a_loose_report(0.3, 0.05)
    labels = cluster(matrix, 0.08)
    kept_apart = attach_small(matrix, labels, 4, 0.065, 2, cohesion_share=0.5)
    assert kept_apart[6] != labels[0]

    def admit(small: Sequence[int], story: Sequence[int]) -> bool:
        return list(small) == [6]

    joined = attach_small(
        matrix, labels, 4, 0.065, 2, cohesion_share=0.5, admit=admit, admit_floor=0.045
    )
    assert joined[6] == labels[0]
    for floor, share in ((0.06, 0.0), (0.045, 0.2)):  # under its own floor or cohesion share
        apart = attach_small(
            matrix,
            labels,
            4,
            0.065,
            2,
            cohesion_share=0.5,
            admit=admit,
            admit_floor=floor,
            admit_cohesion=share,
        )
        assert apart[6] != labels[0]
    refused = attach_small(
        matrix,
        labels,
        4,
        0.065,
        2,
        cohesion_share=0.5,
        admit=lambda small, story: not small,
        admit_floor=0.045,
    )
    assert refused[6] != labels[0]


def _params() -> StoryParams:
    return replace(
        load_config().stories,
        threshold=0.08,
        attach_size=4,
        attach_floor=0.065,
        attach_min_story=2,
        attach_cohesion=0.5,
        attach_day_floor=0.0,
        attach_name_floor=0.045,
        attach_name_cohesion=0.1,
        attach_name_share=1.0,
        attach_name_words=2,
        date_gap_years=0.16,
        date_factor=0.8,
        date_granularity="month",
    )


@pytest.mark.parametrize(
    ("names", "published", "joins"),
    [
        (["ana lucia quispe"], "2024-03-06", True),  # her obituary, the day after
        (["ana lucia quispe"], None, True),  # undated: no date places it apart
        (["quispe", "bolivia"], "2024-03-06", False),  # no full name the story gives
        (["ana lucia quispe"], "2026-03-06", False),  # two years on: a later development
    ],
)
def test_cluster_stories_reads_the_full_name_rule(
    names: list[str], published: str | None, joins: bool
) -> None:
    params = _params()
    matrix = _story_with_a_loose_report(0.3, 0.05)
    story = [
        StoryFeatures(str(i), _terms(["ana lucia quispe", "bolivia"]), published="2024-03-05")
        for i in range(6)
    ]
    features = [*story, StoryFeatures("6", _terms(names), published=published)]
    assert (cluster_stories(matrix, params, features=features)[6] == 0) is joins
    off = replace(params, attach_name_floor=0.0)
    assert cluster_stories(matrix, off, features=features)[6] != 0


def test_story_terms_keep_full_names_as_entity_terms() -> None:
    """The rule reads the `e:` terms the store keeps, so both paths see the same names."""
    from chronicler.model import Mention

    text = "Ana Lucía Quispe died in La Paz."
    mentions = [Mention(0, 16, "Ana Lucía Quispe", "PERSON", 0)]
    # folded, so "Lucía" and "Lucia" are one name
    assert full_names(story_terms(text, mentions, 2.0), 2) == {"e:ana lucia quispe"}
