"""Parties told without a name of their own, and a vehicle told as no party. Who is on an act
told as a duty or a state ("The frigate Hamilton, on patrol in the area",
"The Hamilton is on patrol in the Red Sea", "workers on strike", "in the course of her
patrol mission"): the one the act noun after "on" is told of, or whose mission it names, is
its doer, for the acts one is on (`duty_types` in roles.toml: patrols, strikes, visits; not
"soldiers on trial", who are tried). And a bare number an arrest takes counts the people
arrested ("took 23 into custody"), while the craft forces are sent on is how they go, no
target ("sent its commandos on a helicopter towards the ship"). Roles 1.140.0. And one on
probation or parole "for" a custody act underwent it ("Jackson was on probation for a previous
DUI arrest": Jackson was arrested; roles 1.152.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOMINAL = ("NOUN", "PROPN", "PRON")


def duty_holders(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The doer of an act noun one is on: the noun "on" hangs on, the subject of the "be" it
    hangs on, or the possessor of the mission the noun names (`duty_preps`, `duty_nouns`)."""
    if trigger.pos_ != "NOUN" or rule.type.lower() not in ctx.vocab.words("duty_types"):
        return []
    head = trigger.head
    if trigger.dep_ == "compound" and lemma(head) in ctx.vocab.words("duty_nouns"):
        return [c for c in head.children if c.dep_ == "poss"]
    if trigger.dep_ != "pobj" or lemma(head) not in ctx.vocab.words("duty_preps"):
        return []
    holder = head.head
    if holder.pos_ in ("AUX", "VERB") and lemma(holder) == "be":
        found = [c for c in holder.children if c.dep_ == "nsubj" and c.pos_ in _NOMINAL]
    # (not an act it is aimed at, "an ambush on a patrol")
    elif holder.pos_ in _NOMINAL and holder.i not in ctx.triggers and head.dep_ == "prep":
        found = [holder]
    else:
        found = []
    # one who can act: "no decision on a meeting" names no one on it (roles 1.155.3)
    return [h for h in found if can_act(h, ctx)]


def counted_people(number: Token, trigger: Token, rule: Rule, ctx: Context) -> bool:
    """ "Police arrested 23 on Monday", "took 23 into custody": a bare number that is the
    object of an act only people undergo (`counted_people_modes`: arrests, custody) counts
    the people it was done to."""
    if number.dep_ != "dobj" or number.head.i != trigger.i:
        return False
    if any(c.dep_ == "prep" and lemma(c) == "of" for c in number.children):
        return False
    return (rule.mode or "") in ctx.vocab.words("counted_people_modes") or bool(
        _people_counted_beside(trigger, ctx)
    )


def _people_counted_beside(verb: Token, ctx: Context) -> list[Token]:
    """The counted people a verb conjoined to this one, or the one this verb's participle
    clause hangs on, was done to ("shooting three people, killing one", "wounded five
    protesters and killed two"): a bare number this verb takes counts some of them (roles
    1.167.0)."""
    beside = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ in ("conj", "advcl", "xcomp"):
        beside.append(verb.head)
    return [
        o
        for v in beside
        for o in v.children
        if o.dep_ == "dobj"
        and o.pos_ == "NOUN"
        and any(c.dep_ == "nummod" for c in o.children)
        and can_act(o, ctx)
    ]


def conveyance(target: Token, rule: Rule, ctx: Context) -> bool:
    """ "sent its marine commandos on a helicopter towards the ship", "flew aid in by
    plane": the craft that carries forces or aid (`conveyance_nouns`, after
    `conveyance_preps`) is how they go, no target, for `conveyance_types` (an attack "on a
    helicopter" is aimed at it)."""
    return (
        rule.type.lower() in ctx.vocab.words("conveyance_types")
        and target.dep_ == "pobj"
        and lemma(target.head) in ctx.vocab.words("conveyance_preps")
        and lemma(target) in ctx.vocab.words("conveyance_nouns")
    )


def penalty_holders(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Who a custody act noun (`custody_modes`) with no party of its own was done to, told as
    what one is on probation, parole or bail for (`penalty_state_nouns`): the subject of the
    "be", "remain" or "serve" whose "on"/"under" phrase names the state, where the "for"
    phrase hangs on the verb or on the state's noun ("Jackson was on probation for a
    previous arrest", "remains on parole for a 2005 conviction": Jackson, the subject)."""
    if trigger.pos_ != "NOUN" or (rule.mode or "") not in ctx.vocab.words("custody_modes"):
        return []
    if trigger.dep_ != "pobj" or lemma(trigger.head) != "for":
        return []
    if any(c.dep_ in ("poss", "prep") for c in trigger.children):
        return []
    states = ctx.vocab.words("penalty_state_nouns")
    holder = trigger.head.head
    if holder.pos_ == "NOUN" and lemma(holder) in states and holder.head.dep_ == "prep":
        holder = holder.head.head  # "for" hung on the state's noun
    elif not any(
        c.dep_ == "prep" and lemma(c) in ("on", "under") and lemma(o) in states
        for c in holder.children
        for o in c.children
        if o.dep_ == "pobj"
    ):
        return []
    if holder.pos_ not in ("AUX", "VERB") or lemma(holder) not in ("be", "remain", "stay"):
        return []
    return [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in _NOMINAL]
