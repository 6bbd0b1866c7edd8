"""Who underwent an act where the parser hangs them away from its verb: inverted passives,
the people named after the copula ("Also freed were X, Y and Z", "Among those freed were X
and Y"), which the parser hangs on the copula rather than on the participle; and a name read
as a noun adverbial right after the verb ("A jury acquitted John Smith")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "attr"})


def _after(be: Token, trigger: Token) -> list[Token]:
    return [c for c in be.children if c.dep_ in _SUBJECT_DEPS and c.i > trigger.i]


def inverted_subjects(trigger: Token) -> list[Token]:
    """The subject after the copula of a fronted participle: "Also freed were X" (the
    copula an auxiliary of the participle), "Among those freed were X" (the participle in
    a fronted phrase on the copula). Empty when the participle has a subject of its own."""
    if trigger.tag_ != "VBN" or any(c.dep_ in _SUBJECT_DEPS for c in trigger.children):
        return []
    out = [
        s
        for c in trigger.children
        if c.dep_ in ("auxpass", "aux") and lemma(c) == "be" and c.i > trigger.i
        for s in _after(c, trigger)
    ]
    prep = trigger.head
    if not out and trigger.dep_ == "pobj" and prep.dep_ == "prep" and lemma(prep.head) == "be":
        out = _after(prep.head, trigger)
    return out


# What a verb with an object of its own, a passive, or a clause it takes already has.
_OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "auxpass", "ccomp", "xcomp", "attr"})
# The names a misread object stands for: a person or a body.
_NAMED_PARTIES = frozenset({"PERSON", "ORG"})


def object_read_as_adverb(trigger: Token, label_of: Callable[[Token], str | None]) -> list[Token]:
    """The name right after an active verb with no object of its own that the parser hung on
    it as a noun adverbial ("A jury acquitted John Smith": "Smith" an npadvmod, the object
    of "acquitted Mary Jones"), when it names a person or a body (`label_of`); never a date
    so hung ("arrived Monday": no name of a party; roles 1.92.0)."""
    if trigger.pos_ != "VERB" or any(c.dep_ in _OBJECT_DEPS for c in trigger.children):
        return []
    return [
        c
        for c in trigger.children
        if c.dep_ == "npadvmod"
        and c.pos_ == "PROPN"
        and c.left_edge.i == trigger.i + 1
        and label_of(c) in _NAMED_PARTIES
    ]
