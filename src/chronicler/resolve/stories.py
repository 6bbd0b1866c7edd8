"""Stories: articles that report the same happening, across outlets and languages.

An article becomes a bag of weighted terms (stemmed content words plus named entities, the
latter and terms with digits weighted up) compared by TF-IDF cosine; across languages, where
words differ, the multilingual sentence embedding of the lead decides. Batch clustering (for
benchmarks and rebuilds) is average-linkage agglomeration stopped at a threshold; incremental
assignment re-clusters the new article with the stories near it (`neighbourhood`, `regroup`),
or, past a bounded neighbourhood, joins the story whose members score highest on average.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import NamedTuple

import numpy as np

from chronicler.annotate.events_coding import is_factual
from chronicler.model import EventMention, Mention
from chronicler.resolve.config import StoryParams
from chronicler.resolve.story_conflicts import contradicts
from chronicler.resolve.story_dates import DAY_TERM, day_agreement, day_terms
from chronicler.resolve.story_names import names_the_story
from chronicler.resolve.text import content_words, fold, stem

# Names that tell one happening from another of its kind. Not NORP: a nationality
# ("Venezuelan", "American") is the setting that every report from a country shares, and as a
# weighted-up name it tied different happenings of one country together (on ECB+ train, through
# the store: 0.879 with it, 0.887 without, at 0.09); its words still count as plain words.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT"})
Embedder = Callable[[list[str]], np.ndarray]
# (small cluster's articles, story's articles) -> True when the join is ruled out
Veto = Callable[[Sequence[int], Sequence[int]], bool]
MIN_DF_CORPUS = 100


@dataclass(frozen=True)
class StoryFeatures:
    article_id: str
    terms: Mapping[str, float]  # term -> raw weight (before IDF)
    language: str | None = None
    embedding: np.ndarray | None = None
    published: str | None = None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" (PublicationDate.value)
    lead: tuple[str, ...] = ()  # the dates the lead gives its events (lead_dates)

    @cached_property
    def years(self) -> frozenset[str]:
        """Years the text names (its word terms that read as one)."""
        return named_years(self.terms)


YEAR_TERM = re.compile(r"w:((?:18|19|20)\d\d)")


def named_years(terms: Mapping[str, float]) -> frozenset[str]:
    return frozenset(m.group(1) for t in terms if (m := YEAR_TERM.fullmatch(t)))


def years_disagree(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both texts name years and share none: cosine only rewards what two articles share, so
    two happenings of one kind years apart (two quakes on one island) lose nothing by their
    different years; this is the evidence against them."""
    return bool(a.years) and bool(b.years) and not a.years & b.years


def story_terms(
    text: str,
    mentions: Sequence[Mention],
    entity_weight: float,
    bigrams: bool = False,
    binary: bool = False,
    number_weight: float = 1.0,
    day_lines: int = 0,
    language: str | None = "en",
) -> dict[str, float]:
    """Term weights: stemmed words `w:`, optionally word pairs `b:`, named entities `e:`
    (weighted up); sublinear counts (1 + log n), or mere presence when `binary`. A term with a
    digit (a year, a toll, a score) is weighted by `number_weight`: two happenings of one kind
    share their words, and their numbers are among the few things that tell them apart.
    With `day_lines`, the calendar days the first that many lines name join as `d:` terms,
    which weigh nothing in the cosine (story_dates: read apart, as evidence)."""
    stems = [stem(w) for w in content_words(text)]
    counts: Counter[str] = Counter(f"w:{w}" for w in stems)
    if bigrams:
        counts.update(f"b:{a} {b}" for a, b in itertools.pairwise(stems))
    for m in mentions:
        if m.label in ENTITY_LABELS:
            name = " ".join(content_words(m.text))
            if name:
                counts[f"e:{name}"] += 1
    terms: dict[str, float] = {}
    for term, n in counts.items():
        weight = 1.0 if binary else 1.0 + math.log(n)
        weight *= entity_weight if term.startswith("e:") else 1.0
        terms[term] = weight * (number_weight if any(c.isdigit() for c in term) else 1.0)
    terms.update(day_terms(text, day_lines, language))
    return terms


def lead_text(title: str | None, text: str, chars: int = 600) -> str:
    """Title plus the first paragraph or so: what the embedding compares."""
    head = text[:chars]
    return f"{title}. {head}" if title else head


def background_share(term: str, prior: Mapping[str, float]) -> float:
    """Share of news articles in general that contain `term` (the background prior): a word's
    from the term_prior file; a word pair's or a name's the product of its words' (independent
    draws: rare unless every word is common, so a full name is rare by default, while a
    one-word name that is also a common word, "Venezuela", is weighed as that word)."""
    kind, body = term[:2], term[2:]
    if kind == "w:":
        return prior.get(body, 0.0)
    if kind in ("b:", "e:"):
        share = 1.0
        for word in body.split(" "):  # a pair's words are stems already, a name's are not
            share *= prior.get(word if kind == "b:" else stem(word), 0.0)
        return share
    return 0.0


def idf_table(
    document_frequency: Mapping[str, int],
    documents: int,
    power: float = 1.0,
    min_df: int = 1,
    prior: Mapping[str, float] | None = None,
    prior_weight: float = 0.0,
) -> dict[str, float]:
    """Smoothed IDF raised to `power`; a term in fewer than `min_df` articles weighs nothing
    (a word only one article uses cannot tie it to another, it only dilutes its vector). In a
    small corpus every term is rare, and dropping unshared ones would leave only the shared
    words and inflate every cosine, so `min_df` applies from MIN_DF_CORPUS articles on.

    With a background `prior` the corpus counts `prior_weight` more, imaginary articles drawn
    from news at large: df = stored df + prior_weight * background share, N = stored N +
    prior_weight. A young store then already knows "said" from "earthquake" (its own counts
    are flat: every term is in one or two of its few articles), and as it grows its own
    counts take over."""
    if documents < MIN_DF_CORPUS:
        min_df = 1
    weight = prior_weight if prior else 0.0
    total = documents + weight
    out = {}
    for t, df in document_frequency.items():
        if df < min_df or t.startswith(DAY_TERM):  # a day is evidence read apart, no word
            out[t] = 0.0
            continue
        effective = df + weight * background_share(t, prior) if prior else df
        out[t] = (math.log((1 + total) / (1 + effective)) + 1.0) ** power
    return out


def tfidf_vector(
    terms: Mapping[str, float], idf: Mapping[str, float], default_idf: float
) -> dict[str, float]:
    vector = {t: w * idf.get(t, default_idf) for t, w in terms.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


GRANULARITY = {"year": 4, "month": 7, "day": 10}  # length of a date value at that granularity


def date_gap(a: str | None, b: str | None, granularity: str = "year") -> float | None:
    """Years between two publication dates at their shared granularity (day, month or year),
    or None when either is unknown or coarser than `granularity`. Two year-only dates a
    year apart are 1.0 apart, though the articles may be a day apart."""
    need = GRANULARITY[granularity]
    if not a or not b or len(a) < need or len(b) < need or not (a[:4] + b[:4]).isdigit():
        return None
    if len(a) >= 10 and len(b) >= 10:
        days = (date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days
        return abs(days) / 365.25
    if len(a) >= 7 and len(b) >= 7:
        months = (int(a[:4]) - int(b[:4])) * 12 + int(a[5:7]) - int(b[5:7])
        return abs(months) / 12
    return float(abs(int(a[:4]) - int(b[:4])))


class DatedAct(NamedTuple):
    """What `lead_dates` reads of an event mention (also read back from the store)."""

    sentence: int
    value: str | None
    basis: str
    granularity: str | None
    asserted: bool  # told as done: not negated, hypothetical or future


def dated_act(e: EventMention) -> DatedAct:
    return DatedAct(e.sentence, e.date.value, e.date.basis, e.date.granularity, is_factual(e))


def lead_dates(acts: Sequence[DatedAct], within: int = 3) -> tuple[str, ...]:
    """The dates of the first sentence of the lead (the report's first `within` sentences)
    that dates an act it tells as done by a date of its own (not one inherited from the report
    or the discourse), to the month or day: when the report's news happened. A report leads
    with its news, so two reports whose leads are dated far apart tell two happenings, however
    much background they share; past the lead a dated act is as often background (the coup a
    freed officer led decades before, told in the fourth sentence of the report of his
    release)."""
    dated = [
        a
        for a in acts
        if a.sentence < within
        and a.asserted
        and a.basis == "sentence"
        and a.granularity in ("day", "month")
        and a.value
    ]
    if not dated:
        return ()
    first = min(a.sentence for a in dated)
    return tuple(sorted({str(a.value) for a in dated if a.sentence == first}))


def lead_gap(a: StoryFeatures, b: StoryFeatures) -> float | None:
    """Years between the two reports' lead dates at their closest, or None when either lead
    dates nothing."""
    gaps = [g for x in a.lead for y in b.lead if (g := date_gap(x, y, "month")) is not None]
    return min(gaps) if gaps else None


def time_factor(a: StoryFeatures, b: StoryFeatures, params: StoryParams) -> float:
    """`date_factor` when the two articles were published far apart: reports of one
    happening come out close in time, two happenings of one kind often years apart. With
    `date_decay_years`, the factor compounds over the gap (x0.5 per year: a year apart 0.5,
    three years 0.125), so a report three years on about the same people and places stays
    apart however many names it shares."""
    if params.date_gap_years <= 0:
        return 1.0
    gap = date_gap(a.published, b.published, params.date_granularity)
    if gap is None and params.lead_dates:
        # a publication date known only to the year (or not at all) cannot place the report:
        # the dates its lead gives its news stand in
        gap = lead_gap(a, b)
    if gap is None or gap <= params.date_gap_years:
        return 1.0
    if params.date_decay_years <= 0:
        return params.date_factor
    return float(params.date_factor ** max(1.0, gap / params.date_decay_years))


def combine(lexical: float, a: StoryFeatures, b: StoryFeatures, params: StoryParams) -> float:
    """How likely two articles report the same happening, on the lexical scale."""
    score = _combine(lexical, a, b, params) * time_factor(a, b, params)
    if params.year_penalty and years_disagree(a, b):
        score -= params.year_penalty
    return score


def _combine(lexical: float, a: StoryFeatures, b: StoryFeatures, params: StoryParams) -> float:
    if a.embedding is None or b.embedding is None:
        return lexical
    semantic = float(np.dot(a.embedding, b.embedding))
    if a.language and b.language and a.language != b.language:
        # Words barely overlap across languages: the embedding carries the decision, mapped so
        # that its own threshold lands on the lexical one.
        return max(lexical, semantic * params.threshold / params.cross_language_threshold)
    return lexical + params.embedding_weight * semantic


def similarity(
    a: StoryFeatures,
    b: StoryFeatures,
    va: Mapping[str, float],
    vb: Mapping[str, float],
    params: StoryParams,
) -> float:
    return combine(cosine(va, vb), a, b, params)


def weighted_norm(terms: Mapping[str, float], idf: Mapping[str, float], default: float) -> float:
    return math.sqrt(sum((w * idf.get(t, default)) ** 2 for t, w in terms.items())) or 1.0


def similarity_matrix(
    features: Sequence[StoryFeatures], idf: Mapping[str, float], params: StoryParams
) -> np.ndarray:
    vectors = [tfidf_vector(f.terms, idf, 0.0) for f in features]
    n = len(features)
    matrix = np.zeros((n, n))
    for i in range(n):
        matrix[i, i] = 1.0
        for j in range(i + 1, n):
            s = similarity(features[i], features[j], vectors[i], vectors[j], params)
            matrix[i, j] = matrix[j, i] = s
    return matrix


def cluster(matrix: np.ndarray, threshold: float) -> list[int]:
    """Average-linkage agglomerative clustering stopped at `threshold`; returns labels."""
    n = matrix.shape[0]
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    sums = matrix.astype(float).copy()  # sums[a, b] = total pairwise similarity between clusters
    np.fill_diagonal(sums, -np.inf)
    active = np.ones(n, dtype=bool)
    sizes = np.ones(n)
    while True:
        idx = np.flatnonzero(active)
        if len(idx) < 2:
            break
        sub = sums[np.ix_(idx, idx)] / np.outer(sizes[idx], sizes[idx])
        np.fill_diagonal(sub, -np.inf)
        flat = int(np.argmax(sub))
        i, j = divmod(flat, len(idx))
        if sub[i, j] < threshold:
            break
        a, b = int(idx[i]), int(idx[j])
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        sums[a, a] = -np.inf
        sizes[a] += sizes[b]
        active[b] = False
        members[a].extend(members.pop(b))
    labels = [0] * n
    for label, (_, items) in enumerate(sorted(members.items())):
        for item in items:
            labels[item] = label
    return labels


def attach_small(
    matrix: np.ndarray,
    labels: Sequence[int],
    max_size: int,
    floor: float,
    min_target: int = 2,
    reach: float = 0.0,
    reach_at: float = 0.0,
    margin: float = 0.0,
    conflicts: np.ndarray | None = None,
    conflict_share: float = 0.0,
    veto: Veto | None = None,
    cohesion_share: float = 0.0,
    day_agree: np.ndarray | None = None,
    day_floor: float = 0.0,
    day_cohesion: float = 0.0,
    admit: Veto | None = None,
    admit_floor: float = 0.0,
    admit_cohesion: float = 0.0,
) -> list[int]:
    """Fold each small cluster (at most `max_size` articles) into a larger, established one
    (at least `min_target` articles) it is nearest to on average, when that average reaches
    `floor` (below the clustering threshold); the closest such pair goes first; 0 = off.
    With `reach`, the cluster must also score at least `reach_at` (the clustering threshold)
    with that share of the story's articles (`reached`); with `margin`, its nearest story
    must lead the second nearest by that much; with `conflicts` (`year_conflicts`) and
    `conflict_share`, not where at least that share of the pairs of articles that both name
    years share none; with `veto` (`conflict_veto`), not where it finds evidence against the
    join (the nearest story that passes is taken instead, if it reaches `floor`); with
    `cohesion_share`, only where the cluster's average similarity to the story reaches that
    share of the story's own cohesion (`cohesion`). With `day_agree` (story_dates.day_agreement)
    and `day_floor`, a cluster one of whose articles' heads names a day within the window of
    a day one of the story's articles' heads name may also join it from `day_floor` on, and
    from `day_cohesion` of the story's cohesion, whatever the other rules say. With `admit`
    (`name_admit`: here a callable that says True for evidence FOR the join) and
    `admit_floor`, a cluster it admits may join from `admit_floor` on and `admit_cohesion` of
    the story's cohesion, whatever the rules before the day rule say.

    Why: on ECB+ train most of the B3 loss was reports of one happening left apart (an
    obituary that retells a life, a blog post), not two happenings joined, and the nearest
    larger cluster of such a piece was its own story 30 times in 33. Why only into an
    established story: the more reports a happening has, the likelier a loosely similar
    article is one more of them rather than a new happening of its kind (the prior of a
    Chinese-restaurant process); next to a story of two or three reports, a lone article of the
    same setting (another release in the same country) is as often a happening of its own.
    Why `reach`: a report of the story's happening tells what some of its reports tell, and
    matches those as closely as they match each other; a lone report of another happening of
    its kind shares only the setting, a little with every report and enough with none.
    Why `cohesion_share`: a floor is one number for every story, but stories differ in how
    alike their own reports are. A report of the happening (a retrospective, a blog post) is
    loosely tied to its story as a whole, yet about as close to it as a fair share of the
    closeness its reports have among themselves; a report of another happening of the same
    kind next to a tightly written story (a title fight told by every outlet with the same
    opponent, venue and rounds) scores the setting's words only, a small share of that."""
    out = np.asarray(labels).copy()
    if max_size <= 0 or len(out) < 2:
        return [int(x) for x in out]
    while True:
        ids = np.unique(out)
        onehot = (out[None, :] == ids[:, None]).astype(float)
        sizes = onehot.sum(axis=1)
        link = onehot @ matrix @ onehot.T / np.outer(sizes, sizes)
        # only a small cluster into a strictly larger one: two stories of a few articles each
        # are left to the threshold
        sized = (
            (sizes[:, None] <= max_size)
            & (sizes[None, :] > sizes[:, None])
            & (sizes[None, :] >= min_target)
        )
        allowed = sized.copy()
        if reach > 0:
            allowed &= reached(matrix, onehot, reach_at) >= reach
        if cohesion_share > 0:
            allowed &= link >= cohesion_share * cohesion(matrix, onehot)[None, :]
        if conflicts is not None and conflict_share > 0:
            allowed &= ~disagree(conflicts, onehot, conflict_share)
        allowed &= link >= floor
        if day_agree is not None and day_floor > 0:
            # a day the heads share is evidence the words lack (story_dates)
            dated = sized & (onehot @ day_agree @ onehot.T > 0) & (link >= day_floor)
            if day_cohesion > 0:
                dated &= link >= day_cohesion * cohesion(matrix, onehot)[None, :]
            allowed |= dated
        if admit is not None and admit_floor > 0:
            # a full name every report of the story gives (story_names)
            near = sized & ~allowed & (link >= admit_floor)
            if admit_cohesion > 0:
                near &= link >= admit_cohesion * cohesion(matrix, onehot)[None, :]
            for a, b in zip(*np.nonzero(near), strict=True):
                if admit(
                    np.flatnonzero(out == ids[a]).tolist(), np.flatnonzero(out == ids[b]).tolist()
                ):
                    allowed[a, b] = True
        link = np.where(allowed, link, -np.inf)
        if margin > 0:
            link = _leading(link, margin)
        while True:
            small, large = divmod(int(np.argmax(link)), len(ids))
            if not np.isfinite(link[small, large]):
                return [int(x) for x in out]
            if veto is None or not veto(
                np.flatnonzero(out == ids[small]).tolist(),
                np.flatnonzero(out == ids[large]).tolist(),
            ):
                break
            link[small, large] = -np.inf
        out[out == ids[small]] = ids[large]


def conflict_veto(features: Sequence[StoryFeatures], share: float) -> Veto:
    """A veto for `attach_small` over the articles `features` (in matrix order): the small
    cluster leaves out names at least `share` of the story's reports give, while naming its
    own (story_conflicts.contradicts)."""

    def veto(small: Sequence[int], story: Sequence[int]) -> bool:
        return contradicts([features[i] for i in small], [features[i] for i in story], share)

    return veto


def name_admit(features: Sequence[StoryFeatures], params: StoryParams) -> Veto:
    """For `attach_small`'s `admit` over the articles `features` (in matrix order): every
    article of the small cluster gives every full name at least `attach_name_share` of the
    story's articles give (story_names.names_the_story), and no pair's dates place them apart
    (`time_factor` 1): a retelling months on is a later development, kept apart on purpose."""

    def admit(small: Sequence[int], story: Sequence[int]) -> bool:
        if not names_the_story(
            [features[i].terms for i in small],
            [features[j].terms for j in story],
            params.attach_name_share,
            params.attach_name_words,
        ):
            return False
        return all(
            time_factor(features[i], features[j], params) >= 1.0 for i in small for j in story
        )

    return admit


def cohesion(matrix: np.ndarray, onehot: np.ndarray) -> np.ndarray:
    """Each cluster's average similarity between two of its own articles (clusters as rows of
    `onehot`); nan for a cluster of one article, which has no pair."""
    sizes = onehot.sum(axis=1)
    inner = ((onehot @ matrix) * onehot).sum(axis=1) - onehot @ np.diag(matrix)
    pairs = sizes * (sizes - 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(pairs > 0, inner / np.where(pairs > 0, pairs, 1.0), np.nan)


def reached(matrix: np.ndarray, onehot: np.ndarray, at: float) -> np.ndarray:
    """[a, b]: the share of cluster b's articles with which cluster a's articles score at
    least `at` on average (clusters as rows of `onehot`, articles as its columns)."""
    sizes = onehot.sum(axis=1)
    mean_to_article = onehot @ matrix / sizes[:, None]  # cluster x article
    return (mean_to_article >= at).astype(float) @ onehot.T / sizes[None, :]


def year_conflicts(features: Sequence[StoryFeatures]) -> np.ndarray:
    """[i, j]: 1 when both articles name years and share none, 0 when they share one, nan when
    either names none (no evidence)."""
    n = len(features)
    out = np.full((n, n), np.nan)
    for i, j in itertools.product(range(n), repeat=2):
        if features[i].years and features[j].years:
            out[i, j] = float(years_disagree(features[i], features[j]))
    return out


def disagree(conflicts: np.ndarray, onehot: np.ndarray, share: float) -> np.ndarray:
    """[a, b]: clusters a and b have pairs of articles that both name years, and at least
    `share` of those pairs share none."""
    known = (~np.isnan(conflicts)).astype(float)
    pairs = onehot @ known @ onehot.T
    against = onehot @ np.nan_to_num(conflicts) @ onehot.T
    return (pairs > 0) & (against >= share * pairs)


def _leading(link: np.ndarray, margin: float) -> np.ndarray:
    """Each row's best link where it leads the row's second best by `margin`; -inf elsewhere."""
    out = np.full_like(link, -np.inf)
    if link.shape[1] < 2:
        return link
    order = np.sort(link, axis=1)
    best, second = order[:, -1], order[:, -2]
    rows = np.flatnonzero(
        np.isfinite(best) & (best - np.where(np.isfinite(second), second, 0.0) >= margin)
    )
    cols = np.argmax(link[rows], axis=1)
    out[rows, cols] = link[rows, cols]
    return out


def cluster_stories(
    matrix: np.ndarray,
    params: StoryParams,
    threshold: float | None = None,
    features: Sequence[StoryFeatures] | None = None,
) -> list[int]:
    """The product's clustering of a similarity matrix (batch rebuilds and a new article's
    neighbourhood alike): average linkage at the threshold, then small clusters folded into
    the larger one they are nearest to (`attach_small`, above `attach_floor`, with the
    configured reach, margin, year, name-conflict, cohesion, day and full-name rules;
    resolve.toml says which are on and why). `features` are the matrix's articles, read by the
    year, conflict, day and full-name rules only."""
    at = params.threshold if threshold is None else threshold
    years_rule = params.attach_size > 0 and params.attach_year_share > 0
    conflict_rule = params.attach_size > 0 and params.attach_conflict_share > 0
    day_rule = params.attach_size > 0 and params.attach_day_floor > 0
    name_rule = params.attach_size > 0 and params.attach_name_floor > 0
    return attach_small(
        matrix,
        cluster(matrix, at),
        params.attach_size,
        params.attach_floor,
        params.attach_min_story,
        params.attach_reach,
        at,
        params.attach_margin,
        year_conflicts(features) if features and years_rule else None,
        params.attach_year_share,
        conflict_veto(features, params.attach_conflict_share)
        if features and conflict_rule
        else None,
        params.attach_cohesion,
        day_agreement([f.terms for f in features], params.attach_day_window)
        if features and day_rule
        else None,
        params.attach_day_floor,
        params.attach_day_cohesion,
        name_admit(features, params) if features and name_rule else None,
        params.attach_name_floor,
        params.attach_name_cohesion,
    )


def assign(scores_by_story: Mapping[str, Sequence[float]], threshold: float) -> str | None:
    """The story whose candidate members score highest on average, if it clears the threshold."""
    best, best_score = None, threshold
    for story_id, scores in sorted(scores_by_story.items()):
        score = sum(scores) / len(scores)
        if score >= best_score:
            best, best_score = story_id, score
    return best


def stories_above(
    scores_by_story: Mapping[str, Sequence[float]],
    threshold: float,
    sizes: Mapping[str, int] | None = None,
) -> list[str]:
    """Every story whose candidate members clear the threshold on average, best first: an
    article that belongs to two stories shows they are one. With `sizes` (articles per story)
    the average runs over the whole story, the members that blocking did not bring counting 0
    (they share too little to be found): a story is joined by what it has in common with the
    story, not with the few members that happen to look alike."""
    means = {
        s: sum(v) / max(len(v), (sizes or {}).get(s, 0)) for s, v in scores_by_story.items() if v
    }
    return sorted((s for s, m in means.items() if m >= threshold), key=lambda s: (-means[s], s))


def story_key(article_ids_in_order: Sequence[str]) -> str:
    """A story's id is its first article's id: stable across re-runs and merges."""
    return article_ids_in_order[0]


def fold_title(title: str | None) -> str:
    return fold(title or "")


def neighbourhood(
    scores_by_story: Mapping[str, Sequence[float]],
    sizes: Mapping[str, int],
    threshold: float,
) -> list[str]:
    """Stories near enough to a new article to be regrouped with it: their score averaged over
    the whole story (members that blocking did not bring count 0) reaches `threshold`."""
    return sorted(
        s
        for s, v in scores_by_story.items()
        if v and sum(v) / max(len(v), sizes.get(s, 0)) >= threshold
    )


def regroup(article_ids_in_order: Sequence[str], labels: Sequence[int]) -> dict[str, str]:
    """Article -> story id after re-clustering a neighbourhood: each cluster is named by its
    oldest article, so a story whose first article stays keeps its id (the rule of
    `story_key`), and a part split off a story is named as a new story would be."""
    first: dict[int, str] = {}
    for article_id, label in zip(article_ids_in_order, labels, strict=True):
        first.setdefault(label, article_id)
    return {a: first[label] for a, label in zip(article_ids_in_order, labels, strict=True)}
