"""An arrest ordered, not made: "a judge ordered his arrest", "issued an arrest warrant",
"ordenó su detención", "una orden de aprehensión contra X". The PLOVER manual codes issuing
an arrest in absentia as THREATEN 'arrest', not COERCE 'arrest' (COERCE, ambiguities), so
such a mention is a threat that happened (no hypothetical flag: the order was given), and
custody histories do not take it for a detention. Words are data: `warrant_nouns` and
`ordering_verbs` in each language's vocabulary."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.model import EventMention

WARRANT_TYPE = "THREATEN"
WARRANT_CAMEO = "137"  # CAMEO: threaten with repression
_ARREST_MODES = frozenset({"arrest"})
# How an arrest noun hangs on the warrant naming it: "arrest warrant", "orden de aprehensión".
_WARRANT_DEPS = frozenset({"compound", "nmod", "amod"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})
# A detention a court orders is carried out by the order itself: "a judge ordered him to
# remain in jail", "ordered them held". Its custody goes on (or begins) as ordered, no
# hypothetical; an arrest ordered stays a warrant (above).
_HELD_MODES = frozenset({"imprison"})
_ORDERED_DEPS = frozenset({"xcomp", "ccomp", "oprd"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def ordered_by(tok: Token, warrant_nouns: frozenset[str], ordering_verbs: frozenset[str]) -> bool:
    """The arrest noun `tok` is what a warrant names or what an ordering verb orders."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ in _WARRANT_DEPS and _lemma(head) in warrant_nouns:
        return True
    return tok.dep_ in _OBJECT_DEPS and _lemma(head) in ordering_verbs


def as_warrant(event: EventMention) -> EventMention:
    """The arrest mention recoded as the threat of arrest its order is."""
    if event.mode not in _ARREST_MODES:
        return event
    return replace(event, type=WARRANT_TYPE, cameo=WARRANT_CAMEO, hypothetical=False)


def custody_ordered(tok: Token, ordering_verbs: frozenset[str]) -> bool:
    """The custody state `tok` names is what an ordering verb orders ("ordered Castillo to
    remain in jail for 18 months", "ordered him held")."""
    head = tok.head
    return head.i != tok.i and tok.dep_ in _ORDERED_DEPS and _lemma(head) in ordering_verbs


def as_ordered_custody(event: EventMention) -> EventMention:
    """A detention ordered by a court: held as ordered, not a hypothetical."""
    if event.mode not in _HELD_MODES:
        return event
    return replace(event, hypothetical=False)
