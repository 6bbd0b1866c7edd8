"""Mandative clauses: a verb that asks an act of someone, in a reported clause in the bare
form or with "should" ("suggested he resign") or through an object's infinitive ("advised
him to quit"). Read by the rules' `mandative` condition (events_match) and by the pronoun
reading, whose subject of such a clause is the one asked (events_pronouns)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def mandative(verb: Token) -> bool:
    """The verb asks an act of someone: its clause's verb is in the bare form, or with
    "should" ("suggested he resign", "that she should leave"; not "suggests the economy is
    growing"), or it takes an object and that object's infinitive ("advised him to quit")."""
    for c in verb.children:
        if mandative_clause(c):
            return True
        if c.dep_ == "xcomp" and c.tag_ == "VB" and any(d.dep_ == "dobj" for d in verb.children):
            return True
    return False


def mandative_clause(clause: Token) -> bool:
    """A reported clause asking an act, in the bare form or with "should" ("suggested he
    resign"): its subject is the one asked, never the one asking."""
    auxes = {lemma(a) for a in clause.children if a.dep_ == "aux"}
    return clause.dep_ == "ccomp" and _bare_form(clause, clause.head) and auxes <= {"should"}


_SINGULAR_SUBJECTS = frozenset({"he", "she", "it", "NN", "NNP"})


def _bare_form(clause: Token, verb: Token) -> bool:
    """A clause's verb in the bare form, which the tagger calls a present when it has a
    subject: the subjunctive after a past ("suggested they resign") or with a singular
    subject ("suggests he resign"); "the data suggest prices rise" is a present."""
    if clause.tag_ == "VB":
        return True
    if clause.tag_ != "VBP" or clause.lower_ != clause.lemma_.lower():
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    singular = subject is not None and (
        subject.lower_ in _SINGULAR_SUBJECTS or subject.tag_ in _SINGULAR_SUBJECTS
    )
    return verb.tag_ == "VBD" or singular
