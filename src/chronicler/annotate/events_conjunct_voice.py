"""Whether a verb coordinated after a passive, with no subject of its own, is active: the
passive's subject then does its act rather than undergoing it ("Smith was convicted and
received a life sentence", "the guard was dismissed and threatened to return with a gun")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_vocab import lemma, load_vocab

if TYPE_CHECKING:
    from spacy.tokens import Token

# a finite verb with no auxiliary: the tagger's past tense may still be a participle of the
# passive ("was released and embraced as a pawn"), so the tag alone does not settle it
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def active_after_passive(verb: Token) -> bool:
    """A finite conjunct verb that tells an act of its own: one with an object, or a verb
    whose to-infinitive its own subject does (`own_infinitive_verbs`: "threatened to return",
    "vowed to fight", "refused to leave"), which a passive participle does not take so
    ("was ordered to leave", "was forced to confess", "was expected to appear" are left out
    of the list: the one told of undergoes them)."""
    if verb.tag_ not in _FINITE_TAGS or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    return lemma(verb) in load_vocab().words("own_infinitive_verbs") and any(
        c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children
    )
