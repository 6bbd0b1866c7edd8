"""Pressure put on a party as a demand on it (vocabulary rule `pressure-demand`).

"The Government is under pressure to release the report", "stepped up pressure on Damascus to
expel the militants", "bowed to pressure from the unions": pressure is a REQUEST when it says
what it presses for (an infinitive) or who presses or is pressed (an "on"/"upon" or "from"
party). Pressure that says neither, "the batsmen were under pressure in the final session",
"the pressure is on", is a strain, no demand anyone made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import names_party
from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from chronicler.annotate.events_actors import Context
    from chronicler.annotate.events_vocab import Rule

_PARTY_PREPS = frozenset({"on", "upon", "from"})
_FROM = frozenset({"from"})


def _presses_for_act(noun: Token, ctx: Context) -> bool:
    """An infinitive on the noun, or on the verb whose "under" phrase it is ("is under
    pressure to resign"; `pressure_holding_preps`, as events_object_control reads it)."""
    holders = [noun]
    if noun.dep_ == "pobj" and lemma(noun.head) in ctx.vocab.words("pressure_holding_preps"):
        holders.append(noun.head.head)
    return any(
        c.dep_ in ("acl", "advcl", "xcomp", "relcl") and to_infinitive(c)
        for h in holders
        for c in h.children
    )


def _party_phrase(noun: Token, ctx: Context) -> bool:
    """A "from" phrase naming a party, on the noun or on its verb ("bowed to pressure from the
    unions"), or an "on"/"upon" one on pressure someone puts, the object of a verb ("stepped
    up pressure on Damascus"; not "there's more pressure on South Africa", a strain told)."""
    holders = [noun, noun.head]
    preps = _PARTY_PREPS if noun.dep_ == "dobj" else _FROM
    return any(
        p.dep_ == "prep"
        and lemma(p) in preps
        and any(o.dep_ == "pobj" and names_party(o, ctx) for o in p.children)
        for h in holders
        for p in h.children
    )


def pressure_without_demand(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """A noun of pressure under the demand rule that names neither the act pressed for nor a
    party pressing or pressed: a strain, no demand (a check of events_filters)."""
    if rule.type != "REQUEST" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("strain_nouns"):
        return None
    if _presses_for_act(trigger, ctx) or _party_phrase(trigger, ctx):
        return None
    return "pressure that names no act pressed for and no party"
