"""How the clause around an English verb trigger is to be read before its parsed heads are
taken: a record or document a verb of showing says an act is in only tells of it ("Court
records indicate a previous arrest"), the bare plural of people harmed after a gerund names
victims ("met shooting victims"), a participle coordinated with an active verb is active ("has
interviewed and released"), and a passive relative clause on an act noun tells of the act as a
reduced one ("the sanctions that were imposed on Iran"). Moved out of events_arg_heads on
2026-12-06 (split39), behaviour unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def record_showing(verb: Token, subject: Token, ctx: Context) -> bool:
    """A record or a document that a verb of showing says an act is in only tells of it
    ("Court records indicate a previous arrest", "police files show two arrests": no
    arrester named, was the court or the police; roles 1.52.0)."""
    records = ctx.vocab.words("record_nouns") | ctx.vocab.words("document_nouns")
    return lemma(verb) in ctx.vocab.words("showing_verbs") and lemma(subject) in records


def victims_described(verb: Token, ctx: Context) -> Token | None:
    """The bare plural of people harmed right after a gerund the parser read as its object
    ("paid tribute to bombing victims", "met shooting victims"): the gerund names what they
    were harmed by, and the clause it sits in names no doer ("shooting the victims", "were
    shooting victims" keep their reading). Roles 1.45.0 (`harmed_nouns`)."""
    if verb.tag_ != "VBG" or verb.i + 1 >= len(verb.doc):
        return None
    noun = verb.nbor(1)
    if noun.dep_ != "dobj" or noun.head.i != verb.i or noun.tag_ != "NNS":
        return None
    if lemma(noun) not in ctx.vocab.words("harmed_nouns"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    return None if any(c.dep_ in ("det", "poss") for c in noun.children) else noun


def active_conjunct(verb: Token, own_object: bool) -> bool:
    """ "The FBI has interviewed and released one of the two men": a participle coordinated
    with an active verb, sharing its subject and auxiliary, with an object of its own, is
    active too (roles 1.48.0; it was read as a bare passive, the FBI released); so is one with
    a clause of its own ("He said, and alleged, that Smith stabbed the guard": he alleges,
    was alleged; roles 1.65.0)."""
    if verb.dep_ != "conj" or not (own_object or any(c.dep_ == "ccomp" for c in verb.children)):
        return False
    head = verb.head
    return head.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in head.children)


def passive_relative(clause: Token) -> bool:
    """A passive relative clause on an act noun whose subject is the relative pronoun ("the
    sanctions that were imposed on Iran"): told of the act as a reduced one is ("the
    sanctions imposed on Iran"), its phrases name whom the act is aimed at; its "by"-agent
    did the act only through a verb of carrying out (`carried_out_in_relative`)."""
    return (
        clause.dep_ == "relcl"
        and clause.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in clause.children)
        and any(c.dep_ == "nsubjpass" and lemma(c) in ("that", "which") for c in clause.children)
    )
