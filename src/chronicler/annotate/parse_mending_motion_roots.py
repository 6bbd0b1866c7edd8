"""A past tense of motion the small English model reads as a participle on its subject, the
subject left as the sentence's root: "Israeli forces charged into Palestinian-controlled land
in hot pursuit of gunmen" ("forces" the root, "charged" a reduced relative on it), so the act
has no subject and no doer. Mended, the verb is the root, a past tense, and the noun its
subject. Only a verb of rushing or moving in (`motion_root_verbs` in vocab.toml: charge,
storm, burst, pour, march...; never a verb done to someone, "Three soldiers killed in an
ambush", "activists bundled into vans", a headline's passive) told with a preposition of
direction ("into", "across", "through"...) and no object, auxiliary or agent of its own,
right after the noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.parse_mending_headlines import past_stems

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# prepositions of direction a verb of motion takes ("charged into", "poured across")
_DIRECTION_PREPS = frozenset({"into", "onto", "across", "through", "toward", "towards"})
# what a verb of its own clause would carry: then it is no bare participle misread
_OWN_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "aux", "auxpass", "agent", "ccomp"})


def motion_verbs_read_as_participles(
    sent: Span, motions: frozenset[str]
) -> list[tuple[Token, Token]]:
    """(noun, verb) where the sentence's root is a noun and the verb a past form of motion
    hung on it as a reduced relative right after it."""
    root = sent.root
    if root.tag_ not in _NOUN_TAGS or root.i + 1 >= sent.end:
        return []
    verb = root.doc[root.i + 1]
    if verb.head.i != root.i or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return []
    if not past_stems(verb) & motions:  # (the lemmatizer has not run yet)
        return []
    if any(c.dep_ in _OWN_ARGUMENTS for c in verb.children):
        return []
    if not any(c.dep_ == "prep" and c.lower_ in _DIRECTION_PREPS for c in verb.children):
        return []
    return [(root, verb)]


def mend_motion_roots(
    found: list[tuple[Token, Token]], heads: list[int], deps: list[str], tags: list[str]
) -> None:
    """The verb the root, a past tense; the noun its subject, and what the noun held after the
    verb (the closing punctuation) the verb's."""
    for noun, verb in found:
        for c in noun.children:
            if c.i > verb.i:
                heads[c.i] = verb.i
        heads[verb.i], deps[verb.i], tags[verb.i] = verb.i, "ROOT", "VBD"
        heads[noun.i], deps[noun.i] = verb.i, "nsubj"
