"""Senses of an unseen verb that are no event whatever its WordNet neighbours vote: told by
the construction the verb stands in, not by the word (events-unseen 1.26.0). Found on the
fallback's events on real news outside the benchmarks (`bench_unseen.py --news`): a person
promoted to a post, a trait judged ("players might find it stifling")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_match import object_of
from chronicler.annotate.events_unseen_index import _a_person, _Index

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_unseen_data import UnseenSettings


def moves_to_post(token: Token, index: _Index, settings: UnseenSettings) -> bool:
    """Whether a verb moves a person it acts on (its object or passive subject) to a post:
    "to" a post noun ("promoted from soldier to the rank of captain") or to a bare title
    ("was promoted to deputy director"). A change of post or rank is no event of these
    files, whatever the verb's neighbours say ("promote" votes SUPPORT through "support",
    its sense of furthering a cause); the act a person is handed to someone for is not one
    ("handed the suspect to the police", "introduced him to the president": a group, or a
    title with its article)."""
    moved = _moved(token)
    if not moved or not all(_a_person(c, index) for c in moved):
        return False
    for post in _posts(token):
        noun = post.lemma_.lower()
        if noun in index.posts:
            return True
        bare = not any(c.dep_ in ("det", "poss") for c in post.children)
        if bare and noun in index.persons and post.tag_ not in ("NNS", "NNPS"):
            return True
    return False


def _moved(token: Token) -> list[Token]:
    """Who a verb acts on: its object or passive subject; for a passive verb conjoined after
    another, that verb's subject ("has spent 19 seasons with the team and was promoted")."""
    moved = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    passive = any(c.dep_ == "auxpass" for c in token.children)
    head = token
    while not moved and passive and head.dep_ == "conj" and head.head is not head:
        head = head.head
        moved = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return moved


def _posts(token: Token) -> list[Token]:
    """The nouns a verb's "to" leads to: a prepositional object ("to the rank of captain"),
    or a noun the parser hung on the verb as a "to" complement ("promoted to colonel" read
    as an infinitive)."""
    out = [
        post
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for post in prep.children
        if post.dep_ == "pobj"
    ]
    out += [
        c
        for c in token.children
        if c.dep_ == "xcomp"
        and c.tag_ in ("NN", "NNP", "VB")  # the small model may tag the noun a bare verb
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ == "dobj" for a in c.children)  # "assigned to guard the embassy"
    ]
    return out


def judged_trait(token: Token, settings: UnseenSettings) -> bool:
    """Whether a present participle with no object of its own is the trait a verb of judging
    or seeming gives its object or subject (`judging_verbs`): "might find the rules
    stifling", "critics call the law threatening" tell what a thing is like, no act of
    repressing or threatening anyone. "kept threatening the villagers", "found soldiers
    searching their homes" have an object and stay acts."""
    if token.tag_ != "VBG" or token.dep_ not in ("ccomp", "xcomp", "oprd", "acomp"):
        return False
    if token.head.lemma_.lower() not in settings.judging_verbs:
        return False
    return object_of(token) is None and not any(c.dep_ == "prep" for c in token.children)
