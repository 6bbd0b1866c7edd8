"""Appeals that rally others for or against a party (CAMEO 053 "Rally support on behalf of",
113 "Rally opposition against"; PLOVER SUPPORT and ACCUSE).

CAMEO codes an appeal (02: "urge", "call on", "call for") only as an appeal, a category
PLOVER drops; but an appeal asking others to back a third party, or to act against one,
rallies support for that party or opposition against it: "urged the European governments to
back the Kurdish authorities" is support for the Kurdish authorities, "called for sanctions
against Belarus" opposition against Belarus. An appeal asking the one appealed to for an act
of its own toward no other actor ("urged Iran to free the sailors", "called for the release
of the journalist") stays the request it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_vocab import lemma
from chronicler.model import EventMention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Token

# (spaCy sentence start, salience depth, event), as the extractor keeps them
Ranked = tuple[int, int, EventMention]
# CAMEO code and PLOVER type and mode of each rallying, by the kind of act asked for
_RALLIES = {"support": ("SUPPORT", None, "053"), "opposition": ("ACCUSE", "disapprove", "113")}


def _span(p: Participant) -> tuple[int, int]:
    return (p.start, p.end)


def _unseen(ev: EventMention) -> bool:
    """An event the unseen-word fallback typed (its rule id marked so, events_unseen)."""
    return dict(ev.attributes).get("rule", "").endswith("+unseen")


def _opposed(tok: Token, party: Participant) -> bool:
    """The party is named inside an "against" phrase of the sentence: what the asked act is
    aimed against, not whom it backs."""
    span = tok.doc.char_span(party.start, party.end, alignment_mode="expand")
    return span is not None and any(
        a.dep_ == "prep" and lemma(a) == "against" for a in span.root.ancestors
    )


def _asks_someone_to_act(tok: Token) -> bool:
    """Whether a verb asks someone for an act in an infinitive: its object or the
    infinitive's subject the one asked ("urged the council to back X", "implored the
    governments to act" however the parser hangs "the governments")."""
    own_object = any(c.dep_ == "dobj" for c in tok.children)
    return any(
        c.dep_ in ("xcomp", "ccomp")
        and to_infinitive(c)
        and (own_object or any(a.dep_ == "nsubj" for a in c.children))
        for c in tok.children
    )


def _coordinated(inner: Token, appeal: Token) -> bool:
    """An act under a conjunct of the appeal's verb, or that conjunct itself: the appealer's
    own next act, not one asked for ("appealed for intervention from the Security Council
    and accused the prime minister of declaring war": the accusation is made, not asked)."""
    node = inner
    while node.head.i != node.i and node.head.i != appeal.i:
        node = node.head
    return node.head.i == appeal.i and node.dep_ == "conj" and node.i != appeal.i


def rallied(
    events: Sequence[Ranked],
    tokens: Sequence[tuple[Token, ...]],
    path: Callable[[Token, Token], int | None],
    words: Callable[[str], frozenset[str]],
    actor_like: Callable[[Participant], bool],
) -> list[Ranked]:
    """Each appeal (`rally_appeals` or an unlisted verb the fallback types as a request; a
    request or with one of `rally_appeal_preps`) whose
    nearest asked act (an event `path` finds below its trigger) is of a
    `rally_support_types` or `rally_opposition_types` type and aims at an actor other than
    the appealer and the asked act's doer becomes that rallying, aimed at that actor."""
    appeals = words("rally_appeals")
    preps = words("rally_appeal_preps")
    kinds = {
        "support": words("rally_support_types"),
        "opposition": words("rally_opposition_types"),
    }
    out: list[Ranked] = []
    for (sent, depth, ev), anchors in zip(events, tokens, strict=True):
        tok = anchors[0]
        # the construction says it is an appeal ("called on X to", "called for X") however
        # the word was typed
        appeal_prep = any(c.dep_ == "prep" and lemma(c) in preps for c in tok.children)
        appeal = ev.type == "REQUEST" or appeal_prep
        # a verb no rule lists that the unseen-word fallback types as a request is an appeal
        # when told as one: with a rallying preposition or asking someone to act ("implored
        # X to back Y"); not a demand that a thing be done ("demanded that X refuse Y")
        appealing = lemma(tok) in appeals or (
            ev.type == "REQUEST" and _unseen(ev) and (appeal_prep or _asks_someone_to_act(tok))
        )
        if not appeal or ev.negated or not appealing:
            out.append((sent, depth, ev))
            continue
        below = sorted(
            (n, j)
            for j, (inner, *_) in enumerate(tokens)
            if inner.i != tok.i
            and events[j][0] == sent
            and (n := path(inner, tok)) is not None
            and not _coordinated(inner, tok)
        )
        if below:
            asked = events[below[0][1]][2]
            kind = next((k for k, types in kinds.items() if asked.type.lower() in types), None)
            if asked.mode in words("rally_requested_modes"):
                kind = None  # "asked Zelenskiy to investigate Biden": asked of Zelenskiy
            # the one appealed to is the asked act's doer; the appeal may share its target
            own = {_span(p) for p in ev.actors + asked.actors}
            aimed = tuple(t for t in asked.targets if actor_like(t) and _span(t) not in own)
            if kind == "support":
                # "asking the U.N. to authorize all necessary measures against piracy from
                # Somalia": what measures are against is opposed, no one backed (roles 1.153.1)
                aimed = tuple(t for t in aimed if not _opposed(tok, t))
            if kind is not None and aimed and not asked.negated:
                type_, mode, cameo = _RALLIES[kind]
                ev = replace(
                    ev,
                    type=type_,
                    mode=mode,
                    cameo=cameo,
                    targets=aimed,
                    attributes=(*ev.attributes, ("rallies", asked.type)),
                )
        out.append((sent, depth, ev))
    return out
