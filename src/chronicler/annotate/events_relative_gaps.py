"""The noun a relative clause's gap stands for when the gap is the subject of a clause
reported inside it, with no relative pronoun: "a man they say is responsible", "the militant
police believe attacked the convoy" (the man, the militant; the reporter, "they", "police",
is the relative clause's own subject)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_match import VERB_POS

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})


def reported_gap_subject(verb: Token) -> Token | None:
    """The noun whose relative clause reports the verb's clause, when the verb has no subject
    of its own and the reporting verb has one: that noun is the verb's subject. None when a
    "that" or a subject of its own says the clause is about someone else ("the charge they
    say that he denies")."""
    if verb.dep_ != "ccomp" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        return None
    reporting = verb.head
    if reporting.dep_ != "relcl" or reporting.pos_ not in VERB_POS:
        return None
    if not any(c.dep_ == "nsubj" for c in reporting.children):
        return None
    noun = reporting.head
    return noun if noun.pos_ in _NOUN_POS else None
