"""The resolve orchestrator: links newly stored articles to the corpus, incrementally.

Cascade per new article (one transaction each):
1. near-duplicates: MinHash band keys -> point lookups -> verified Jaccard (dedup.py);
2. story: candidates from story-LSH bands and rare entity terms (bounded), TF-IDF cosine with
   stored document frequencies, plus the multilingual embedding across languages (stories.py);
   a near-duplicate joins its original's story; else the article is clustered together with the
   stories near it (fewer than max_candidates articles; a larger neighbourhood falls back to the
   best story above threshold), which may move older articles between those stories; a story
   is named by its first article's id (stable across re-runs);
3. actors: label votes, in-article binding, cross-article linking by name blocks (actors.py).
Then, per touched story (one whose members changed): short forms bound to the one full name
the story gives for them, recomputed from its members (bindings.py); event merging and
disagreements, and per touched person the custody history (story_events.py, through merge.py,
disagreements.py and custody.py).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from chronicler.annotate.countries import state_name
from chronicler.annotate.leaders import load_table as load_leaders
from chronicler.embedding import embed
from chronicler.model import Annotation, Article
from chronicler.resolve import actors as actor_rules
from chronicler.resolve import dedup
from chronicler.resolve import described as unnamed
from chronicler.resolve.bindings import story_bindings
from chronicler.resolve.config import ResolveConfig, StoryParams, load_config
from chronicler.resolve.institutions import scoped_country
from chronicler.resolve.stories import (
    DatedAct,
    StoryFeatures,
    cluster_stories,
    combine,
    dated_act,
    idf_table,
    lead_dates,
    lead_text,
    neighbourhood,
    regroup,
    similarity_matrix,
    stories_above,
    story_terms,
    weighted_norm,
)
from chronicler.resolve.story_dates import without_days
from chronicler.resolve.story_events import rebuild_custody, rebuild_story_events, seeks
from chronicler.resolve.text import fold
from chronicler.store import resolved as db
from chronicler.store.db import Store

log = logging.getLogger(__name__)
# A stored TF-IDF norm is recomputed once the corpus has grown this many times over.
NORM_REFRESH = 4


@dataclass
class ResolveResult:
    articles: int = 0
    duplicates: int = 0
    new_stories: int = 0
    joined_stories: int = 0
    events: int = 0
    candidates_compared: list[int] = field(default_factory=list)
    merged_stories: list[tuple[str, str]] = field(default_factory=list)  # (from, into)
    regrouped_stories: set[str] = field(default_factory=set)  # members changed by regrouping

    def __str__(self) -> str:
        return (
            f"resolved {self.articles} article(s): {self.new_stories} new stor(ies), "
            f"{self.joined_stories} joined an existing story, {self.duplicates} near-duplicate(s), "
            f"{self.events} merged event(s) in touched stories"
        )


def resolve_new(
    store: Store, article_ids: Sequence[str], use_embeddings: bool = True
) -> ResolveResult:
    """Link new articles to stories, actors and events; already resolved ids are skipped."""
    config = load_config()
    con = store.con
    result = ResolveResult()
    touched: set[str] = set()
    relabelled: set[str] = set()  # earlier articles whose mentions a new vote relabelled
    for article_id in article_ids:
        if db.is_resolved(con, article_id):
            continue
        article = store.load_article(article_id)
        annotation = store.load_annotation(article_id)
        with store.transaction():
            story_id, joined, duplicate = place_article(
                con, article, annotation, config, use_embeddings, result
            )
            relabelled |= resolve_actors(con, article, annotation, config)
        result.articles += 1
        result.duplicates += duplicate
        result.joined_stories += joined
        result.new_stories += not joined
        touched.add(story_id)
    touched |= result.regrouped_stories
    touched |= {s for a in relabelled if (s := db.story_of_article(con, a))}
    people: set[str] = set()
    for gone, _into in result.merged_stories:
        if db.story_sizes(con, [gone], 1)[gone]:
            continue  # a later regrouping named a story after this id again
        touched.discard(gone)
        with store.transaction():
            people |= {p for p in db.story_participants(con, gone) if p.startswith("person:")}
            db.replace_story_events(con, gone, [], [])
    for story_id in sorted(touched):
        with store.transaction():
            bind_story_actors(con, story_id)
            count, participants = rebuild_story_events(store, story_id, config, use_embeddings)
        result.events += count
        people |= participants
    for person in sorted(people):
        with store.transaction():
            rebuild_custody(con, person)
    return result


# -- 1-2: near-duplicates and stories --------------------------------------------------------


def place_article(
    con: Any,
    article: Article,
    annotation: Annotation,
    config: ResolveConfig,
    use_embeddings: bool,
    result: ResolveResult,
) -> tuple[str, bool, bool]:
    """Find the article's story; returns (story id, joined an existing story, is duplicate)."""
    dp, sp = config.dedup, config.stories
    shingles = dedup.shingles(article.text, dp.shingle)
    dup_keys = dedup.band_keys(dedup.minhash(shingles, dp.num_perm), dp.bands)
    duplicate_of, best_jaccard = None, 0.0
    dup_candidates = db.band_candidates(con, "dup", dup_keys, sp.max_candidates)
    for other_id, text in sorted(db.article_texts(con, dup_candidates).items()):
        score = dedup.jaccard(shingles, dedup.shingles(text, dp.shingle))
        if score >= dp.jaccard and score > best_jaccard:
            duplicate_of, best_jaccard = other_id, score

    full_text = f"{article.title}\n{article.text}" if article.title else article.text
    terms = story_terms(
        full_text,
        annotation.mentions,
        sp.entity_weight,
        sp.bigrams,
        sp.binary,
        sp.number_weight,
        sp.day_lines,
        article.language,
    )
    # blocking hashes the words only (a head's day is evidence read apart: story_dates)
    story_keys = dedup.band_keys(dedup.minhash(without_days(terms), sp.num_perm), sp.bands)
    df = db.term_df(con, terms)
    rare_entities = [t for t in terms if t.startswith("e:") and df.get(t, 0) <= sp.max_key_df]
    candidates = list(
        dict.fromkeys(
            db.band_candidates(con, "story", story_keys, sp.max_candidates)
            + db.articles_with_terms(con, rare_entities, sp.max_candidates)
        )
    )[: sp.max_candidates]
    result.candidates_compared.append(len(candidates))
    embedding = embed(lead_text(article.title, article.text), use_embeddings)

    placement = Placement(article.id, False, 0.0)
    if candidates and duplicate_of is None:
        # read only when the time rule uses them, as the stored articles' are (stored_leads)
        acts = [dated_act(e) for e in annotation.events] if sp.lead_dates else []
        lead = lead_dates(acts, sp.lead_sentences)
        placement = _best_story(con, article, terms, embedding, lead, candidates, config)
    else:
        idf, default = _idf(con, terms, config)
        placement.norm = weighted_norm(terms, idf, default)
    story_id, joined, norm = placement.story_id, placement.joined, placement.norm
    for other in placement.merged:
        result.merged_stories.append((other, story_id))
    if duplicate_of is not None:
        story_id = db.article_rows(con, [duplicate_of])[duplicate_of]["story_id"]
        joined = True

    db.add_terms(con, article.id, terms)
    db.add_bands(con, "dup", article.id, dup_keys)
    db.add_bands(con, "story", article.id, story_keys)
    db.add_article(
        con,
        article.id,
        story_id,
        duplicate_of,
        best_jaccard if duplicate_of else None,
        article.language,
        article.published.value,
        norm,
        None if embedding is None else [float(x) for x in embedding],
    )
    db.ensure_story(con, story_id, article.title)
    for other in placement.merged:
        db.merge_story(con, other, story_id)
    for other_id, other_story in sorted(placement.moved.items()):
        db.move_article(con, other_id, other_story)
        db.ensure_story(con, other_story, db.article_title(con, other_story))
    for gone, into in sorted(placement.vanished.items()):
        db.drop_story(con, gone, into)
        result.merged_stories.append((gone, into))
    result.regrouped_stories |= placement.regrouped
    return story_id, joined, duplicate_of is not None


@dataclass
class Placement:
    """Where a new article goes, and what regrouping its neighbourhood changed."""

    story_id: str
    joined: bool
    norm: float  # the article's TF-IDF norm
    merged: list[str] = field(default_factory=list)  # stories folded whole into story_id
    moved: dict[str, str] = field(default_factory=dict)  # older article -> its new story
    vanished: dict[str, str] = field(default_factory=dict)  # emptied story -> where it went
    regrouped: set[str] = field(default_factory=set)  # stories whose members changed


def _best_story(
    con: Any,
    article: Article,
    terms: dict[str, float],
    embedding: np.ndarray | None,
    lead: tuple[str, ...],
    candidates: list[str],
    config: ResolveConfig,
) -> Placement:
    """The article's story, and the stories to fold into it. A candidate's norm is stored; it is
    recomputed under the current IDF once the corpus has grown NORM_REFRESH-fold since then,
    so each article pays for O(log N) recomputations over the life of the store."""
    sp = config.stories
    idf, default = _idf(con, terms, config)
    norm = weighted_norm(terms, idf, default)
    candidate_terms = db.article_terms(con, candidates)
    rows = db.article_rows(con, candidates)
    documents = db.document_count(con) + 1
    for other, row in rows.items():
        if documents > NORM_REFRESH * (row["norm_n"] or 0):
            other_idf = idf_table(
                db.term_df(con, candidate_terms[other]),
                documents,
                sp.idf_power,
                sp.min_df,
                config.term_prior,
                sp.prior_weight,
            )
            row["norm"] = weighted_norm(candidate_terms[other], other_idf, default)
            db.set_norm(con, other, row["norm"], documents)
    mine = StoryFeatures(
        article.id, terms, article.language, embedding, article.published.value, lead
    )
    leads = stored_leads(con, candidates, sp)
    scores: dict[str, list[float]] = defaultdict(list)
    for other in candidates:
        found = rows.get(other)
        if found is None:
            continue
        row = found
        theirs_terms = candidate_terms[other]
        dot = sum(
            w * theirs_terms[t] * idf.get(t, default) ** 2
            for t, w in terms.items()
            if t in theirs_terms
        )
        lexical = dot / (norm * (row["norm"] or 1.0))
        theirs = stored_features(other, row, theirs_terms, leads)
        scores[row["story_id"]].append(combine(lexical, mine, theirs, sp))
    sizes = db.story_sizes(con, scores, sp.max_candidates) if sp.mean_over_story else None
    if sp.recluster:
        regrouped = _regroup(
            con, mine, scores, db.story_sizes(con, scores, sp.max_candidates), config
        )
        if regrouped is not None:
            regrouped.norm = norm
            return regrouped
    above = stories_above(scores, sp.threshold, sizes)
    if not above:
        return Placement(article.id, False, norm)
    if not sp.merge_stories:
        return Placement(above[0], True, norm)
    # the oldest story keeps its id; the others fold into it
    keep = min(above, key=lambda s: (db.story_position(con, s), s))
    return Placement(keep, True, norm, [s for s in above if s != keep])


def _regroup(
    con: Any,
    mine: StoryFeatures,
    scores: dict[str, list[float]],
    sizes: dict[str, int],
    config: ResolveConfig,
) -> Placement | None:
    """Cluster the new article together with every article of the stories near it, as batch
    clustering would, so that an early wrong placement is undone once later articles show
    where it belongs. The work is bounded: the neighbourhood holds fewer than max_candidates
    articles, or this returns None and the article is placed greedily."""
    sp = config.stories
    near = neighbourhood(scores, sizes, sp.threshold * sp.recluster_floor)
    if not near:
        return Placement(mine.article_id, False, 0.0)
    if sum(sizes[s] for s in near) >= sp.max_candidates:
        return None
    members = [a for s in near for a in db.story_members(con, s)]
    rows = db.article_rows(con, members)
    members.sort(key=lambda a: (rows[a]["position"], a))
    terms_of = db.article_terms(con, members)
    vocabulary = set(mine.terms).union(*terms_of.values())
    df = db.term_df(con, vocabulary)
    for t in mine.terms:
        df[t] = df.get(t, 0) + 1
    documents = db.document_count(con) + 1
    idf = idf_table(df, documents, sp.idf_power, sp.min_df, config.term_prior, sp.prior_weight)
    leads = stored_leads(con, members, sp)
    features = [stored_features(a, rows[a], terms_of[a], leads) for a in members] + [mine]
    matrix = similarity_matrix(features, idf, sp)
    labels = cluster_stories(matrix, sp, features=features)
    story_of = regroup([*members, mine.article_id], labels)
    story_id = story_of.pop(mine.article_id)
    moved = {a: s for a, s in story_of.items() if rows[a]["story_id"] != s}
    now = set(story_of.values()) | {story_id}
    return Placement(
        story_id,
        story_id != mine.article_id,
        0.0,
        moved=moved,
        vanished={s: story_of.get(s, story_id) for s in near if s not in now},
        regrouped=(set(near) | now) - {s for s in near if s not in now},
    )


def stored_features(
    article_id: str, row: Any, terms: dict[str, float], leads: dict[str, tuple[str, ...]]
) -> StoryFeatures:
    """A stored article's story features from its row (language, embedding, publication
    date), its terms and the lead dates read for it (stored_leads)."""
    embedding = None if row["embedding"] is None else np.asarray(row["embedding"])
    return StoryFeatures(
        article_id, terms, row["language"], embedding, row["published"], leads.get(article_id, ())
    )


def stored_leads(
    con: Any, article_ids: Sequence[str], sp: StoryParams
) -> dict[str, tuple[str, ...]]:
    """Stored articles' lead dates (stories.lead_dates), read only when the time rule uses them."""
    if not sp.lead_dates:
        return {}
    acts = db.dated_acts(con, article_ids)
    return {
        a: lead_dates([DatedAct(*row) for row in rows], sp.lead_sentences)
        for a, rows in acts.items()
    }


def _idf(
    con: Any, terms: dict[str, float], config: ResolveConfig
) -> tuple[dict[str, float], float]:
    """IDF of this article's terms under the current corpus (this article counted in)."""
    sp = config.stories
    documents = db.document_count(con) + 1
    df = db.term_df(con, terms)
    for t in terms:
        df[t] = df.get(t, 0) + 1
    idf = idf_table(df, documents, sp.idf_power, sp.min_df, config.term_prior, sp.prior_weight)
    return idf, 0.0


# -- 3: actors -------------------------------------------------------------------------------


def resolve_actors(
    con: Any, article: Article, annotation: Annotation, config: ResolveConfig
) -> set[str]:
    """Resolve the article's mentions to actors; returns the earlier articles whose mentions
    this article's label votes moved to another actor (`_follow_vote`)."""
    votes = [(fold(m.text), m.label) for m in annotation.mentions]
    db.add_label_votes(con, votes)
    counts = db.label_votes(con, [name for name, _ in votes])
    from collections import Counter

    labels = actor_rules.vote_labels({n: Counter(c) for n, c in counts.items()})
    resolved_mentions = actor_rules.resolve_article(
        article.id,
        article.text,
        annotation.mentions,
        config,
        labels,
        annotation.sentences,
        article.language or "en",
        _year(article.published.value),
    )
    keys = {r.key for r in resolved_mentions}
    mapping: dict[str, str] = {}
    earlier: list[str] = []  # this article's names before `key`: one person named two ways
    for key in sorted(keys):
        if key.startswith("person:") and "@" not in key:
            block = f"person:{actor_rules.last_token(key, config.spellings)}"
            known = db.entities_in_block(con, block)
            words = key.split(":", 1)[1].split()
            if len(words) >= 3:  # known under its first surname, the second one dropped
                second = actor_rules.transliterated(words[-2], config.spellings)
                known += db.entities_in_block(con, f"person:{second}")
            known += db.entities_extending(con, key)  # known with a second surname
            known += [mapping.get(k, k) for k in earlier]
            mapping.update(actor_rules.link_people([key], known, config.spellings))
            earlier.append(key)
        elif key.startswith(actor_rules.PLACE_PREFIXES):
            mapping.update(_known_place(con, key, config))
    surfaces: dict[str, list[str]] = defaultdict(list)
    rows = []
    for r in resolved_mentions:
        entity_id = mapping.get(r.key, r.key)
        surfaces[entity_id].append(r.mention.text)
        rows.append(
            (entity_id, article.id, r.mention.start, r.mention.end, r.mention.text, r.label)
        )
    for entity_id, texts in surfaces.items():
        type_ = entity_id.split(":", 1)[0].upper()
        block = (
            f"person:{actor_rules.last_token(entity_id, config.spellings)}"
            if type_ == "PERSON"
            else actor_rules.place_block(entity_id, config.spellings)
            if entity_id.startswith(actor_rules.PLACE_PREFIXES)
            else entity_id
        )
        canonical = actor_rules.curated_name(texts[0], config)
        name = canonical or actor_rules.display_name(texts)
        if (country := scoped_country(entity_id)) and (state := state_name(country)):
            name = f"{name} ({state})"  # "La Fiscalía (Bolivia)": one of many prosecutors
        db.upsert_entity(con, entity_id, type_, name, block)
    for entity_id, p in unnamed.described_people(article.id, annotation.events, seeks).items():
        # a person only described: an actor of this article alone (resolve/described.py)
        db.upsert_entity(con, entity_id, "PERSON", unnamed.shown_name(p), entity_id)
        rows.append((entity_id, article.id, p.start, p.end, p.text, unnamed.LABEL))
    db.add_entity_mentions(con, rows)
    for entity_id, texts in surfaces.items():
        if actor_rules.curated_name(texts[0], config):
            continue
        # shown by every report's words, not the first report's (actors.shown_name)
        shown = actor_rules.shown_name(entity_id, lambda e: db.entity_forms(con, e), config)
        if shown:
            db.rename_entity(con, entity_id, shown)
    return _follow_vote(con, article.id, resolved_mentions, counts, labels, mapping, config)


def _year(value: str | None) -> int | None:
    """The year of a publication date ("2019-05-01" -> 2019), None when unknown."""
    return int(value[:4]) if value and value[:4].isdigit() else None


def _known_place(con: Any, key: str, config: ResolveConfig) -> dict[str, str]:
    """A place new to the corpus keyed as the one place known by its name spelt another way
    ("Sheremétievo" LOC in a Spanish report, "Sheremetyevo" GPE in an English one): {key:
    known key}; empty when the name is known as spelt (the corpus's label vote decides
    between its keys, "Attock" GPE and LOC), or no other spelling or several are known.
    Among one spelling's keys, the most telling label's (GPE, then FAC, then LOC)."""
    name = key.split(":", 1)[1]
    known = db.entities_in_block(con, actor_rules.place_block(key, config.spellings))
    spellings: dict[str, list[str]] = defaultdict(list)
    for k in known:
        spellings[k.split(":", 1)[1]].append(k)
    if name in spellings or len(spellings) != 1:
        return {}
    (keys,) = spellings.values()
    return {key: min(keys, key=lambda k: actor_rules.PLACE_PREFIXES.index(k[:4]))}


def _follow_vote(
    con: Any,
    article_id: str,
    resolved: Sequence[actor_rules.ResolvedMention],
    counts: Mapping[str, Mapping[str, int]],
    labels: Mapping[str, str],
    mapping: Mapping[str, str],
    config: ResolveConfig,
) -> set[str]:
    """Move earlier reports' mentions of a name to the actor the corpus's vote now reads it
    as. Votes are counted as articles arrive, so the first report to name "Lilian Tintori"
    kept its tagger's ORG while the second made the vote a person's; the name under each
    label the corpus gave it has a key of its own, so the earlier mentions are found by point
    lookups on those keys, never a scan. Returns the articles whose mentions moved."""
    moved: set[str] = set()
    for r in resolved:
        name = fold(r.mention.text)
        if labels.get(name) != r.label:
            continue  # no settled vote, or this mention kept a label of its own
        new_id = mapping.get(r.key, r.key)
        for label in counts.get(name, {}):
            old_id = actor_rules.key_under(r.mention.text, label, config)
            if old_id is None or old_id == new_id:
                continue
            moved |= db.relabel_mentions(
                con, old_id, new_id, r.label, lambda t, n=name: fold(t) == n, article_id
            )
    return moved


def bind_story_actors(con: Any, story_id: str) -> None:
    """Bind the story's short forms ("Putin" in a report that never says "Vladimir Putin") to
    the one full name its reports give (bindings.py), and undo a binding the story no longer
    supports. Recomputed whole from the story's members whenever they change, so a binding
    follows articles moved or merged by regrouping, and a re-run changes nothing."""
    rows = db.person_keys_of_articles(con, db.story_members(con, story_id))
    bound = story_bindings({local for _, local, _ in rows}, load_leaders())
    for article_id, local, current in rows:
        target = bound.get(local, local)
        if target != current:
            db.bind_mentions(con, article_id, local, target)
