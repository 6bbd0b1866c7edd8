"""The index of the vocabulary the unseen-word fallback (events_unseen) reads: each word's
rules by part of speech, the lemmas never unseen, the object rules by type, the phrases by
head; and the weighing of a WordNet table row's links (`_weights`) and the vote of a related
word's rules on a token (`_vote`). Moved out of events_unseen.py (events-unseen 1.23.0),
behaviour unchanged."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from chronicler.annotate.events_match import conditions_hold, object_of
from chronicler.annotate.events_quoted_speakers import REPORTING_VERBS
from chronicler.annotate.events_unseen_data import Entry, Neighbour, UnseenSettings
from chronicler.annotate.events_vocab import NO_EVENT, Rule, Vocab, words_of
from chronicler.annotate.events_vocab import lemma as lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class _Index:
    known: frozenset[str]  # lemmas the vocabulary lists anywhere: never unseen
    # lemmas a word list of one part of speech holds: never unseen as that part of speech
    known_as: dict[str, frozenset[str]]
    rules: dict[tuple[str, str], tuple[Rule, ...]]  # (pos, lemma) -> its rules, in order
    # lemmas the vocabulary's rules list as that part of speech (a verb, a noun; a phrase's
    # head as both) or its `known_lists` hold: never unseen as that part of speech
    listed_as: dict[str, frozenset[str]] = field(default_factory=dict)
    object_rules: tuple[Rule, ...] = ()  # the verb rules with an object condition, in order
    # the same by type, each with its place among them (the vocabulary's order decides ties)
    object_rules_by_type: dict[str, tuple[tuple[int, Rule], ...]] = field(default_factory=dict)
    # the rules of each verb-and-word phrase, by its verb ("take" -> "take-refuge"), in order
    phrase_rules: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    phrases: frozenset[tuple[str, str]] = frozenset()  # (head, word) of the rules' phrases
    # nouns naming a force (the vocabulary's own_force_nouns and `force_nouns`) and the types
    # of acts that move or lend forces (own_force_types), lower-case
    force_nouns: frozenset[str] = frozenset()
    force_types: frozenset[str] = frozenset()
    # the types of the rules listing a verb with each word as a phrase ("for": REQUEST
    # through "call for", SUPPORT through "vote for")
    phrase_word_types: dict[str, frozenset[str]] = field(default_factory=dict)
    # the nouns of people (person_nouns, actor_nouns, collective_nouns), lower-case, and the
    # settings' modes of acts done to people and rules of things taken (_fits_object)
    people: frozenset[str] = frozenset()
    # the nouns of one person, no group ("director", "captain", not "police"): a title
    persons: frozenset[str] = frozenset()
    # the nouns of a post or rank a person is moved "to" ("to the rank of captain"): the
    # vocabulary's `rank_post_nouns`, which its promotions read too (events-vocab 1.395.0)
    posts: frozenset[str] = frozenset()
    person_modes: frozenset[str] = frozenset()
    thing_rules: frozenset[str] = frozenset()
    # rules (by id) of acts done to people whatever their mode: the bare shooting rule,
    # whose "shoot" and "gun" name no weapon fired (since events-unseen 1.26.0)
    person_rules: frozenset[str] = frozenset()


def _index(vocab: Vocab, settings: UnseenSettings) -> _Index:
    return _index_of(
        vocab,
        settings.known_lists,
        settings.known_verb_lists,
        settings.known_noun_lists,
        settings.force_nouns,
        settings.person_object_modes,
        settings.thing_object_rules,
        settings.person_object_rules,
    )


@cache
def _index_of(
    vocab: Vocab,
    known_lists: tuple[str, ...],
    verb_lists: tuple[str, ...],
    noun_lists: tuple[str, ...],
    force_nouns: tuple[str, ...] = (),
    person_modes: frozenset[str] = frozenset(),
    thing_rules: frozenset[str] = frozenset(),
    person_rules: frozenset[str] = frozenset(),
) -> _Index:
    rules: dict[tuple[str, str], list[Rule]] = defaultdict(list)
    known: set[str] = set()
    listed_as: dict[str, set[str]] = {"v": set(), "n": set()}
    for rule in vocab.rules:
        for word in rule.verbs:
            rules[("v", word)].append(rule)
        for word in rule.nouns:
            rules[("n", word)].append(rule)
        heads = {head for head, _ in rule.phrases}
        known |= rule.verbs | rule.nouns | rule.adjs | heads
        listed_as["v"] |= rule.verbs | heads
        listed_as["n"] |= rule.nouns | heads
    modality = vocab.modality.__dict__
    for name in known_lists:
        words = vocab.words(name) | words_of(modality.get(name))
        known |= words
        for listed in listed_as.values():
            listed |= words
    by_head: dict[str, list[Rule]] = defaultdict(list)
    for rule in vocab.rules:
        for head in dict.fromkeys(h for h, _ in sorted(rule.phrases)):
            by_head[head].append(rule)
    known_as = {"v": set(REPORTING_VERBS), "n": set()}
    for pos, names in (("v", verb_lists), ("n", noun_lists)):
        for name in names:
            known_as[pos] |= vocab.words(name) | words_of(modality.get(name))
    object_rules = tuple(r for r in vocab.rules if r.verbs and r.objects)
    word_types: dict[str, set[str]] = defaultdict(set)
    for rule in vocab.rules:
        for _, word in rule.phrases:
            word_types[word].add(rule.type)
    by_type: dict[str, list[tuple[int, Rule]]] = defaultdict(list)
    for place, rule in enumerate(object_rules):
        by_type[rule.type].append((place, rule))
    return _Index(
        known=frozenset(known),
        listed_as={pos: frozenset(words) for pos, words in listed_as.items()},
        known_as={pos: frozenset(words) for pos, words in known_as.items()},
        rules={k: tuple(v) for k, v in rules.items()},
        object_rules=object_rules,
        object_rules_by_type={t: tuple(rules) for t, rules in by_type.items()},
        phrase_rules={head: tuple(rules) for head, rules in by_head.items()},
        phrases=frozenset(p for r in vocab.rules for p in r.phrases),
        force_nouns=vocab.words("own_force_nouns") | frozenset(force_nouns)
        if force_nouns
        else frozenset(),
        force_types=vocab.words("own_force_types") if force_nouns else frozenset(),
        phrase_word_types={w: frozenset(t - {NO_EVENT}) for w, t in word_types.items()},
        people=vocab.words("person_nouns")
        | vocab.words("actor_nouns")
        | vocab.words("collective_nouns"),
        persons=vocab.words("person_nouns") | vocab.words("actor_nouns"),
        posts=vocab.words("rank_post_nouns"),
        person_modes=person_modes,
        thing_rules=thing_rules,
        person_rules=person_rules,
    )


def _weights(
    entry: Entry, index: _Index, settings: UnseenSettings
) -> dict[tuple[str, str], tuple[float, Neighbour]]:
    """Each related word, (lemma, pos) -> its strongest link and that link's weight: the
    relation's times those of the senses it comes through, the unseen word's and its own. A
    sense no listed word anchors counts nothing, nor does a link weighing less than
    `min_link`."""
    out: dict[tuple[str, str], tuple[float, Neighbour]] = {}
    for n in entry.neighbours:
        if n.anchors and not any(a in index.rules for a in n.anchors):
            continue
        weight = settings.relations.get(n.relation, 0.0)
        deep = n.rank - len(settings.senses)
        if deep < 0:
            weight *= _sense(settings, n.rank) * _sense(settings, n.own_rank)
        else:
            # a derivation from a less frequent sense ("demonstrate" the march, its fourth,
            # to "demonstration" the protest): the derived word's rank is not weighed, its
            # anchors say the vocabulary means that sense
            deep_weights = settings.derivation_senses
            weight *= deep_weights[deep] if deep < len(deep_weights) else 0.0
        if weight < settings.min_link:
            continue  # too faint a link to tell anything (0.07: a hyponym of a second sense)
        if weight > out.get((n.word, n.pos), (0.0, n))[0]:
            out[(n.word, n.pos)] = (weight, n)
    return out


def _sense(settings: UnseenSettings, rank: int) -> float:
    return settings.senses[rank] if rank < len(settings.senses) else 0.0


def _vote(token: Token, rules: tuple[Rule, ...], index: _Index | None = None) -> Rule | None:
    """The first of a related word's rules whose conditions hold on the token; for a verb
    whose object names a force (`index.force_nouns`: "mobilized troops"), the first such
    rule of a type that moves forces (`index.force_types`), when one holds: "mobilization"
    is a troop movement before a rally then. A rule of an act done to people (a kidnapping,
    an arrest, custody: `index.person_modes`) holds only on a verb whose object, when it has
    one, is a person, and a rule of things taken (`index.thing_rules`: a seizure of
    property) only on one whose object is none (_fits_object)."""
    holding = [r for r in rules if conditions_hold(token, r)]
    if index is not None and (index.person_modes or index.thing_rules or index.person_rules):
        holding = [r for r in holding if _fits_object(token, r, index)]
    if index is not None and index.force_types and len(holding) > 1:
        obj = object_of(token)
        if obj is not None and lemma_of(obj) in index.force_nouns:
            moving = [r for r in holding if r.type.lower() in index.force_types]
            holding = moving or holding
    return holding[0] if holding else None


# personal pronouns an object may be (not "it", "this", "which": things)
_PERSONAL = frozenset(
    {"i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them", "who", "whom"}
    | {"himself", "herself", "themselves"}
)
_PEOPLE_LABELS = frozenset({"PERSON", "NORP", "ORG"})


def _fits_object(token: Token, rule: Rule, index: _Index) -> bool:
    """Whether a neighbour's rule may vote on a verb for what the verb acts on: taking or
    holding people ("kidnap", "abduct", "keep" in custody) only a person ("snatched three
    aid workers", not "snatched diamond rings", "has a customer base"); a seizure of
    property only no person ("snatched two girls" is no seizure of goods). A verb with no
    object, or a noun, is read as before."""
    if token.pos_ not in ("VERB", "AUX"):
        return True
    person_rule = rule.mode in index.person_modes or rule.id in index.person_rules
    if not person_rule and rule.id not in index.thing_rules:
        return True
    obj = object_of(token)
    if obj is None:
        return True
    if not person_rule and lemma_of(obj) in rule.objects:
        # a thing the rule itself names is what it takes, though a noun of people spells it
        # too ("a village" is ground taken, and its people; since events-unseen 1.27.0)
        return True
    return _a_person(obj, index) == person_rule


def _a_person(obj: Token, index: _Index) -> bool:
    """An object naming people: a personal pronoun, a person, group or organisation named,
    or a noun of people (a proper noun with no label is taken for one)."""
    if obj.pos_ == "PRON":
        return obj.lower_ in _PERSONAL
    if obj.ent_type_:
        return obj.ent_type_ in _PEOPLE_LABELS
    return obj.pos_ == "PROPN" or lemma_of(obj) in index.people
