from __future__ import annotations

from dataclasses import replace

import numpy as np

from chronicler.model import Mention
from chronicler.resolve.config import load_config
from chronicler.resolve.stories import (
    StoryFeatures,
    attach_small,
    cluster_stories,
    conflict_veto,
    story_terms,
)
from chronicler.resolve.story_conflicts import (
    contradicts,
    missing_core,
    names,
    names_of,
    story_core,
)


def _doc(
    i: int, text: str, people: tuple[str, ...] = (), places: tuple[str, ...] = ()
) -> StoryFeatures:
    mentions = [
        Mention(text.index(n), text.index(n) + len(n), n, label, 0)
        for label, found in (("PERSON", people), ("GPE", places))
        for n in found
    ]
    return StoryFeatures(str(i), story_terms(text, mentions, 2.0, bigrams=True, binary=True))


# Three reports of one title defence, a fourth told by surname only, and a lone report of
# another defence by the same champion against someone else, somewhere else.
STORY = [
    _doc(
        0,
        "Wladimir Klitschko beat Tony Thompson in Bern.",
        ("Wladimir Klitschko", "Tony Thompson"),
        ("Bern",),
    ),
    _doc(
        1,
        "Tony Thompson was stopped by Wladimir Klitschko in Bern.",
        ("Tony Thompson", "Wladimir Klitschko"),
        ("Bern",),
    ),
    _doc(
        2,
        "In Bern, Wladimir Klitschko knocked out Tony Thompson.",
        ("Wladimir Klitschko", "Tony Thompson"),
        ("Bern",),
    ),
]
SURNAME_ONLY = _doc(3, "Klitschko retained his belts against Thompson in Bern.", (), ("Bern",))
OTHER_FIGHT = _doc(
    4,
    "Wladimir Klitschko stopped Hasim Rahman in Mannheim.",
    ("Wladimir Klitschko", "Hasim Rahman"),
    ("Mannheim",),
)
NAMELESS = _doc(5, "The champion kept his heavyweight belts on Saturday night.")


def test_names_reads_a_name_in_full_or_by_its_last_word() -> None:
    assert {"wladimir klitschko", "tony thompson", "bern"} <= names_of(STORY[0])
    assert names(SURNAME_ONLY, "tony thompson")  # "Thompson" alone names him
    assert names(STORY[0], "tony thompson")
    assert not names(OTHER_FIGHT, "tony thompson")


def test_story_core_is_what_the_share_of_its_reports_name() -> None:
    core = story_core(STORY, 1.0)
    assert core == {"wladimir klitschko", "tony thompson", "bern"}
    # a name one report of three gives is no core at two thirds
    assert "hasim rahman" not in story_core([*STORY, OTHER_FIGHT], 0.5)
    assert "hasim rahman" in story_core([*STORY[:1], OTHER_FIGHT], 0.5)


def test_a_report_of_another_fight_contradicts_the_story() -> None:
    assert missing_core([OTHER_FIGHT], STORY, 0.9) == {"tony thompson", "bern"}
    assert contradicts([OTHER_FIGHT], STORY, 0.9)
    assert not contradicts([SURNAME_ONLY], STORY, 0.9)  # the surnames are the story's
    assert not contradicts([NAMELESS], STORY, 0.9)  # names nobody: no evidence either way
    # a cluster is judged as a whole: one of its reports naming the opponent is enough
    assert not contradicts([OTHER_FIGHT, SURNAME_ONLY], STORY, 0.9)


def _matrix() -> tuple[np.ndarray, list[int], list[StoryFeatures]]:
    feats = [*STORY, SURNAME_ONLY, OTHER_FIGHT]
    matrix = np.full((5, 5), 0.05)
    matrix[:3, :3] = 0.3
    np.fill_diagonal(matrix, 1.0)
    return matrix, [0, 0, 0, 1, 2], feats


def test_attach_small_with_the_conflict_veto_keeps_the_other_fight_apart() -> None:
    matrix, labels, feats = _matrix()
    joined = attach_small(matrix, labels, 1, 0.04, 3, veto=conflict_veto(feats, 0.9))
    assert joined[3] == 0  # the surname-only report joins its story
    assert joined[4] == 2  # the other fight stays a story of its own
    assert attach_small(matrix, labels, 1, 0.04, 3)[4] == 0  # veto off: it joins too


def test_cluster_stories_reads_attach_conflict_share() -> None:
    matrix, _labels, feats = _matrix()
    params = replace(
        load_config().stories,
        threshold=0.08,
        attach_size=1,
        attach_floor=0.04,
        attach_min_story=3,
        attach_reach=0.0,
        attach_margin=0.0,
        attach_year_share=0.0,
        attach_cohesion=0.0,
    )
    on = cluster_stories(matrix, replace(params, attach_conflict_share=0.9), features=feats)
    off = cluster_stories(matrix, replace(params, attach_conflict_share=0.0), features=feats)
    assert on[3] == on[0] != on[4]
    assert off[4] == off[0]
