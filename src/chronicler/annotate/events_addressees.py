"""Whom a command with no subject of its own is given to, and the party a condition on an
act names: "If workers are unhappy, don't strike", "Don't strike, the union leader told
the workers" are told to the workers, who would strike (vocabulary 1.326.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONDITION_MARKS = frozenset({"if", "unless"})
_TOLD_DEPS = frozenset({"ccomp", "parataxis", "advcl"})
# Verbs that give a command to their object ("told the workers: don't strike"); a verb of
# helping or letting ("helped the ministry uncover") is left to its own rules.
_COMMANDING = frozenset({"tell", "warn", "urge", "order", "advise", "instruct", "beg"})


def condition_subject(verb: Token) -> Token | None:
    """The noun subject of the "if"/"unless" clause on `verb` ("if workers are unhappy")."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and lemma(m) in _CONDITION_MARKS for m in clause.children):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "NOUN":
                return subject
    return None


def addressee(verb: Token) -> Token | None:
    """The noun subject of a bare verb's own condition, else the one the verb of telling
    above it tells ("told the workers"); None for an infinitive ("to strike")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    told = condition_subject(verb)
    if told is None and verb.dep_ in _TOLD_DEPS and lemma(verb.head) in _COMMANDING:
        if any(c.dep_ == "mark" for c in verb.children):  # "strike as they told them"
            return None
        told = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
    return told if told is not None and told.pos_ == "NOUN" else None
