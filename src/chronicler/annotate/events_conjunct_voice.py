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


def counted_passive_conjunct(verb: Token, subjects: tuple[Token, ...]) -> tuple[Token, ...] | None:
    """ "Nine miners were killed and 14 injured in the bombing": a verb coordinated after a
    passive, with a bare count as its subject and no object or auxiliary of its own, is that
    passive with its "were" left out, the count its passive subject: the 14 were injured, not
    injuring (roles 1.186.0). Only a verb of casualties done to people (`casualty_verbs`, not
    "die"): "Two were arrested and three fled" tells three who fled. None when `subjects` are
    not such a count."""
    if verb.dep_ != "conj" or not subjects or not all(s.pos_ == "NUM" for s in subjects):
        return None
    if lemma(verb) not in load_vocab().words("casualty_verbs") - {"die"}:
        return None
    if any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.head.children):
        return None
    return subjects
