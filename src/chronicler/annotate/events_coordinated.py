"""Act nouns coordinated with another act noun's argument: "Iraq's invasion of Kuwait and its
military buildup". The small English model hangs the second act noun on the first one's
"of"-object as its conjunct, so the buildup would be a second invaded party and its "its"
would go to the clause's subject ("The UN condemned ..."). An act noun is no party of
another act: it is a conjunct of that act, and a possessive "its"/"their" on it stands for
the possessor of the act it is coordinated with (roles 1.21.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, people_noun
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWNING_PRONOUNS = frozenset({"its", "their"})


def coordinated_act(conjunct: Token, first: Token, ctx: Context) -> bool:
    """`conjunct`, coordinated with `first` (a party), names an act of the vocabulary, not a
    party: it is no second target or actor ("invaded Kuwait and its oil fields" keeps the
    fields; "the rebels and the gunmen" keeps the gunmen, a word for people)."""
    return (
        conjunct.i != first.i
        and conjunct.pos_ == "NOUN"
        and conjunct.i in ctx.rules
        and first.i not in ctx.rules
        and not people_noun(conjunct, ctx)
    )


def parallel_owner(pronoun: Token, ctx: Context) -> Token | None:
    """The possessor an "its"/"their" on a coordinated act noun stands for: the possessor of
    the act noun it is coordinated with, or of the act whose "of"-object the parser hung it
    on ("Iraq's invasion of Kuwait and its military buildup": Iraq); None otherwise."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in _OWNING_PRONOUNS:
        return None
    noun = pronoun.head
    if noun.i not in ctx.rules or noun.dep_ != "conj":
        return None
    first = noun.head
    while first.dep_ == "conj":
        first = first.head
    if first.i not in ctx.rules and first.dep_ == "pobj" and lemma(first.head) == "of":
        first = first.head.head  # the act whose "of"-object the parser hung it on
    if first.i not in ctx.rules:
        return None
    owners = [c for c in first.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return owners[0] if owners else None
