"""How a name or a noun is used elsewhere than in the phrase being read: an organisation
the article names on its own, the subject a predicate noun with a relative clause is said of
(roles 1.39.0)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_vocab import lemma
from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "across"})
# subjects a predicate noun with a "who" clause is said of: a name or a person's pronoun
# ("He was the source who supplied X"), not the "it" of a cleft ("It was the army that ...")
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "i", "we"})


def _place_object(token: Token) -> bool:
    """A name after a preposition of place ("police in Staunton"): told as a place."""
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS


def body_named_alone(
    mention: Mention, head: Token, ctx: Context, is_police: Callable[[Token, Context], bool]
) -> bool:
    """The article names the same word elsewhere as an organisation of its own, no word for
    police after it, and never as a place ("Hamas said ... Hamas police arrested three men":
    Hamas's police, the party Hamas): a town is named as a place ("in Staunton", tagged a
    place anywhere) or before its police again."""
    alone = False
    for other in ctx.mentions:
        if other.start == mention.start or other.text != mention.text:
            continue
        span = head.doc.char_span(other.start, other.end)
        if other.label in _PLACE_LABELS or (span is not None and _place_object(span[-1])):
            return False
        if span is None or other.label != "ORG":
            continue
        last = span[-1]
        after = last.nbor(1) if last.i + 1 < len(head.doc) else None
        police = after is not None and is_police(after, ctx)
        alone = alone or (not police and last.dep_ != "compound")
    return alone


def predicated_subject(noun: Token) -> Token:
    """The subject a predicate noun is said of, for the relative clause on it: "He was the
    source who had supplied Woodward with leads" (he supplied them, was the source); else the
    noun. A cleft's "it" is no one."""
    if noun.dep_ != "attr" or lemma(noun.head) != "be":
        return noun
    subject = [c for c in noun.head.children if c.dep_ == "nsubj"]
    if len(subject) != 1:
        return noun
    said_of = subject[0]
    personal = said_of.pos_ == "PRON" and said_of.lower_ in _PERSONAL_SUBJECTS
    return said_of if personal or said_of.pos_ == "PROPN" else noun
