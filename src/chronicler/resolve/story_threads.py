"""Later developments: stories the dates keep apart that would be one story without them.

A trial two years after a shooting, the repair of a cable two months after it was cut, a
confession a year on: the time rule (stories.time_factor) makes each a story of its own, as
a reader of the day's news wants, yet a reader of the first story also wants to find what came
of it. A `follows` link says so without joining them: story B follows story A when their
reports would be one story by their words alone (their average similarity with the time rule
off reaches `follow_floor`) and the dates are what keeps them apart (at least
`follow_apart_share` of the pairs of their reports are placed apart by their dates, as
stories.time_factor places them); B is the later one. Two happenings of one kind at one place
years apart (two quakes on one island), dated, link too: the reader of one is shown the
other, as an earlier or a later story, not as the same one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any

import numpy as np

from chronicler.resolve.config import ResolveConfig, StoryParams
from chronicler.resolve.run import stored_features, stored_leads
from chronicler.resolve.stories import (
    StoryFeatures,
    date_gap,
    idf_table,
    lead_gap,
    similarity_matrix,
)
from chronicler.store import resolved as db


def timeless(params: StoryParams) -> StoryParams:
    """The story settings with the time rule off: what the words alone say."""
    return replace(params, date_gap_years=0.0, lead_dates=False)


def story_day(features: Sequence[StoryFeatures]) -> str | None:
    """When a story happened, for ordering two linked ones: the median of its reports' dates at
    month granularity or finer (publication dates, else the dates their leads give), None when
    no report is so dated."""
    days = sorted(
        f.published if f.published and len(f.published) >= 7 else min(f.lead)
        for f in features
        if (f.published and len(f.published) >= 7) or f.lead
    )
    return days[len(days) // 2] if days else None


def placed_apart(a: StoryFeatures, b: StoryFeatures, params: StoryParams) -> bool | None:
    """Whether the two reports' dates place them apart (stories.time_factor: publication
    dates, else the dates their leads give, more than `date_gap_years` apart), None when their
    dates cannot be compared."""
    gap = date_gap(a.published, b.published, params.date_granularity)
    if gap is None and params.lead_dates:
        gap = lead_gap(a, b)
    return None if gap is None else gap > params.date_gap_years


def follow_links(
    features: Sequence[StoryFeatures],
    labels: Sequence[int],
    idf: Mapping[str, float],
    params: StoryParams,
) -> list[tuple[int, int]]:
    """(earlier story, later story) label pairs: stories that are one by their words and apart
    by their dates (module docstring); none when `follow_floor` is 0."""
    if params.follow_floor <= 0:
        return []
    matrix = similarity_matrix(features, idf, timeless(params))
    members: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        members.setdefault(int(label), []).append(i)
    links = []
    for a, b in combinations(sorted(members), 2):
        left, right = members[a], members[b]
        if float(matrix[np.ix_(left, right)].mean()) < params.follow_floor:
            continue
        # of all the pairs, not only the dated ones: where most pairs cannot be compared, the
        # words kept the stories apart, not the dates
        apart = sum(
            bool(placed_apart(features[i], features[j], params)) for i in left for j in right
        )
        if apart == 0 or apart < params.follow_apart_share * len(left) * len(right):
            continue
        day_a = story_day([features[i] for i in left])
        day_b = story_day([features[j] for j in right])
        if day_a is None or day_b is None or day_a == day_b:
            continue
        links.append((a, b) if day_a < day_b else (b, a))
    return links


def threads(labels: Sequence[int], links: Sequence[tuple[int, int]]) -> list[int]:
    """Each article's thread: its story with every story linked to it, directly or through
    others (union of the links), named by the smallest label in it."""
    parent = {int(label): int(label) for label in labels}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [root(int(label)) for label in labels]


@dataclass(frozen=True)
class StoryLinks:
    """The stories a stored story follows (earlier ones) and is followed by (later ones)."""

    follows: tuple[str, ...] = ()
    followed_by: tuple[str, ...] = ()


def stored_links(con: Any, story_id: str, config: ResolveConfig) -> StoryLinks:
    """`follow_links` between a stored story and the stories its reports' rare names reach
    (as the store finds a new article's candidates: entity terms in at most `max_key_df`
    articles), all their articles bounded by `max_candidates`; read when a story is shown."""
    sp = config.stories
    mine = db.story_members(con, story_id)
    if sp.follow_floor <= 0 or not mine:
        return StoryLinks()
    terms_of = db.article_terms(con, mine)
    names = {t for terms in terms_of.values() for t in terms if t.startswith("e:")}
    df = db.term_df(con, names)
    rare = sorted(t for t in names if df.get(t, 0) <= sp.max_key_df)
    reached = db.article_rows(con, db.articles_with_terms(con, rare, sp.max_candidates))
    others = sorted({r["story_id"] for r in reached.values()} - {story_id})
    members = list(mine)
    for other in others:
        theirs = db.story_members(con, other)
        if len(members) + len(theirs) > sp.max_candidates:
            break
        members += theirs
    if len(members) == len(mine):
        return StoryLinks()
    rows = db.article_rows(con, members)
    terms_of = db.article_terms(con, members)
    df = db.term_df(con, {t for terms in terms_of.values() for t in terms})
    idf = idf_table(
        df, db.document_count(con), sp.idf_power, sp.min_df, config.term_prior, sp.prior_weight
    )
    leads = stored_leads(con, members, sp)
    features = [stored_features(a, rows[a], terms_of[a], leads) for a in members]
    story_ids = sorted({rows[a]["story_id"] for a in members})
    labels = [story_ids.index(rows[a]["story_id"]) for a in members]
    own = story_ids.index(story_id)
    links = follow_links(features, labels, idf, sp)
    return StoryLinks(
        tuple(story_ids[a] for a, b in links if b == own),
        tuple(story_ids[b] for a, b in links if a == own),
    )
