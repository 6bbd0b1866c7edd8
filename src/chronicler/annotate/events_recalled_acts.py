"""An act noun that refers back to an act told before takes that act's parties (roles
1.199.4).

"Israeli jets struck Gaza City on Monday. ... The attacks came as Peres said": "The attacks"
has no party of its own, but its definite article (`recalling_determiners`) says it is an
act the reader knows, the last of its type told in the sentences before (within
`recalled_act_reach`): its doers and targets are that act's ("Naeil Ahmad Abdullah was
arrested in Malaysia. The arrest comes after a two-year investigation": Malaysia, Abdullah).
An adjective of an act told earlier gives it none ("the first assault", "the previous raid";
`recalling_adjectives`, roles 1.206.5), and an act told only as feared or supposed is none
it recalls (one planned is). An act noun with a party, an owner or a phrase of its own ("the
attack on the palace", "the army's raid") is left as it is, and so is one with no such act
before it, and one that is the object of a later act ("governments condemned the raid": what
they condemn).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.model import EventMention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

WordLists = Callable[[str], frozenset[str]]
# (children that give an act noun a party or a scope of its own)
_OWN_PARTY_DEPS = frozenset({"poss", "compound", "nmod", "prep", "acl", "relcl", "amod"})


def recalled_parties(
    doc: Doc, events: Sequence[EventMention], words: WordLists
) -> tuple[EventMention, ...]:
    """`events` with each recalled act noun given the parties of the act it refers back to."""
    reach = max((int(w) for w in words("recalled_act_reach")), default=0)
    out: list[EventMention] = []
    for event in events:
        if not event.actors and not event.targets and _recalling(doc, event, words):
            told = _last_told(event, out, reach)
            if told is not None:
                event = replace(
                    event,
                    actors=tuple(_recalled(p) for p in told.actors),
                    targets=tuple(_recalled(p) for p in told.targets),
                )
        out.append(event)
    return tuple(out)


def _recalling(doc: Doc, event: EventMention, words: WordLists) -> bool:
    """The trigger is a bare noun with a recalling determiner and nothing of its own."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    noun: Token = span[0]
    if noun.pos_ != "NOUN" or noun.dep_ == "dobj":
        return False  # ("condemned the raid": what a later act is about keeps no parties)
    dets = [c for c in noun.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in words("recalling_determiners"):
        return False
    ordering = words("recalling_adjectives")  # "the first assault", "the previous raid"
    return not any(
        c.dep_ in _OWN_PARTY_DEPS and not (c.dep_ == "amod" and c.lower_ in ordering)
        for c in noun.children
    )


def _last_told(
    event: EventMention, before: Sequence[EventMention], reach: int
) -> EventMention | None:
    """The last act of the event's type (and mode, where both have one) told in the
    sentences before it within `reach`, with a party; None if the last such act has none."""
    for told in reversed(before):
        if told.sentence >= event.sentence or event.sentence - told.sentence > reach:
            continue
        if told.type != event.type or told.negated or told.hypothetical:
            continue  # (an act only feared or supposed is no act a reader knows; one planned,
            # "he will go to Indonesia for a summit meeting", is "the summit" told after it)
        if told.mode and event.mode and told.mode != event.mode:
            continue
        return told if told.actors or told.targets else None
    return None


def _recalled(participant: Participant) -> Participant:
    return replace(participant, resolved=True)
