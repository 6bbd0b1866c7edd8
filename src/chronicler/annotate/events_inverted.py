"""Inverted passives: the people named after the copula are who underwent the act ("Also
freed were X, Y and Z", "Among those freed were X and Y"), which the parser hangs on the
copula rather than on the participle."""

from __future__ import annotations

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
