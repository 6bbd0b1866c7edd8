"""Participants that are things, not actors, and what an act is done on or given to.

Shared by the checks of which triggers report an event (events_filters, events_intents): a
clause, a neuter pronoun or a common noun naming no kind of actor cannot act; "15 of its
observers" means the observers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, agentive_phrase, is_agentive
from chronicler.annotate.events_phrases import expand, objects_of
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_RECIPIENT_PREPS = frozenset({"to", "for"})


def acted_on(trigger: Token, ctx: Context) -> list[Token]:
    """What a verb acts on: its direct object, its passive subject, or the noun a reduced
    relative modifies ("hamburgers donated by ...")."""
    out = objects_of(trigger)
    if not out and trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VBN":
        out = [trigger.head]
    return [through_of(o, ctx) for o in expand(out)]


def through_of(head: Token, ctx: Context) -> Token:
    """ "15 of its observers", "dozens of refugees": the "of"-object is what is meant."""
    if head.pos_ == "NUM" or lemma(head) in ctx.vocab.words("quantity_nouns"):
        for child in head.children:
            if child.dep_ == "prep" and lemma(child) == "of":
                return next((g for g in child.children if g.dep_ == "pobj"), head)
    return head


def recipients(trigger: Token, ctx: Context) -> list[Token]:
    out = []
    for c in trigger.children:
        if c.dep_ == "dative":
            out += [g for g in c.children if g.dep_ == "pobj"] if c.pos_ == "ADP" else [c]
        elif c.dep_ == "prep" and lemma(c) in _RECIPIENT_PREPS:
            out += [g for g in c.children if g.dep_ == "pobj"]
    return [through_of(r, ctx) for r in expand(out)]


# Penn tags of relative pronouns ("that", "which", "who").
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def is_thing(head: Token, ctx: Context) -> bool:
    """A participant that can be no actor: a clause ("taking a leadership role"), a neuter or
    demonstrative pronoun, or a common noun that names no kind of actor ("the merger", "organ
    systems", "the quiz")."""
    if head.pos_ in ("VERB", "AUX"):
        return True
    if (
        head.tag_ in RELATIVE_TAGS
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.head.dep_ == "relcl"
    ):
        # "the only device that supports 4K": the device; not a personal pronoun, "the
        # prison, where she has been held": she
        head = head.head.head
    if head.pos_ == "PRON":
        if head.tag_ == "WDT" and head.dep_ != "nsubj":
            return False  # a relative "that" stands for its noun ("the envoy that he hoped to see")
        return lemma(head) in ctx.vocab.words("thing_pronouns")
    if head.ent_type_.lower() in ctx.vocab.words("thing_labels"):
        return True  # a product or a work ("charging any Apple Watch")
    # a verb's tag on a subject or object is the tagger's slip for a plural noun ("Wireless
    # routers that support Wi-Fi 6", "routers" read as a verb, reached through "that";
    # version 1.127.0)
    nominal = head.pos_ == "VERB" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if (head.tag_ not in ("NN", "NNS", "VBG") and not nominal) or head.ent_type_:
        return False
    people = ctx.vocab.words("person_nouns") | ctx.vocab.words("actor_nouns")
    if lemma(head) in ctx.vocab.words("collective_nouns") | people or head.lower_ in people:
        return False
    if is_agentive(head, ctx):
        return False
    # a possessor or an "of"-phrase may name the actor ("members of the opposition"); a
    # name in a compound is a maker or a brand ("Apple laptops"), not an actor
    return not any(
        agentive_phrase(c, ctx)
        for c in head.children
        if c.dep_ in ("poss", "appos") or (c.dep_ == "prep" and lemma(c) == "of")
    )


def thing_noun(head: Token, ctx: Context) -> bool:
    """A common noun that names no kind of actor, whoever owns it ("the boy's parole", "the
    rebels' weapons"; is_thing takes an owner naming an actor for the actor)."""
    if head.tag_ not in ("NN", "NNS") or head.ent_type_:
        return False
    people = ctx.vocab.words("person_nouns") | ctx.vocab.words("actor_nouns")
    if lemma(head) in ctx.vocab.words("collective_nouns") | people or head.lower_ in people:
        return False
    return not is_agentive(head, ctx)
