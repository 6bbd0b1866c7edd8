"""Who hurt the casualties an act's clause or a shared phrase tells them caught in (roles
1.189.0; the passive attack of the former events_when_attacks read here too since roles
1.199.1).

"Seven people were injured when the police clashed with armed protesters": the injuring has
no agent of its own, but the clause of time it is told with names the fight that hurt them,
so its parties did (both sides of a two-way fight, the attacker of a one-way attack: "were
wounded when soldiers fired on the crowd", the soldiers, not the crowd). The marks of such a
clause are `casualty_clause_marks` ("when", "as"); the harm is one of `casualty_verbs`
(killed, wounded: "the station was bombed after a mob lynched two soldiers there" tells two
acts, the later by whoever bombed); the act is an attack or coercion (`circumstance_types`),
as for a phrase ("killed in an air strike by X", events_arg_heads._circumstance_doers).
Any attack told in the passive with no "by"-agent is read so as well ("Another 10 people were
killed when US planes bombarded vehicles": the planes; "were shot as troops stormed the
building": the troops); a clause telling no attack ("were killed when their bus overturned")
or whose subject cannot act names no one.

"At least 24 civilians were killed and 15 injured in bombing raids by US warplanes": the
parser hangs the phrase of the raids on the second, elided participle ("15 injured in ..."),
so the first has none; the elided participle's doers are the first's too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act, names_party
from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# (the harm that has a victim as its passive subject: "were killed", "was wounded")
_PASSIVE = frozenset({"nsubjpass", "auxpass"})

HeadReader = Callable[["Token", Rule, Context], tuple[list["Token"], list["Token"]]]


def when_clause_doers(
    trigger: Token, rule: Rule, ctx: Context, read_heads: HeadReader
) -> list[Token]:
    """The parties of the attack or fight a harm with no doer of its own was told with, in a
    clause of time after it or in an elided conjunct's phrase; none otherwise. `read_heads`
    is events_arg_heads.parsed_heads (passed in: that module calls this one)."""
    if not (_casualty(trigger, rule, ctx) or _agentless_passive_attack(trigger, rule)):
        return []  # "the station was bombed after a mob lynched two soldiers": two acts
    types = ctx.vocab.words("circumstance_types")
    marks = ctx.vocab.words("casualty_clause_marks")
    # "were injured after a bomber blew himself up": a casualty's attack told before it
    sequels = ctx.vocab.words("casualty_sequel_marks") if _casualty(trigger, rule, ctx) else set()
    for clause in trigger.children:
        if clause.dep_ != "advcl" or clause.i < trigger.i:
            continue
        opened = {lemma(c) for c in clause.children if c.dep_ in ("advmod", "mark")}
        if not opened & (marks | sequels):
            continue
        own = ctx.rules.get(clause.i)
        if own is None or own.type.lower() not in types:
            continue  # "were killed when their bus overturned": no attack, no one
        if not opened & marks and own.type != "ASSAULT":
            continue  # "died after police detained him": no attack told
        actors, targets = read_heads(clause, own, ctx)
        parties = actors + (targets if own.reciprocal else [])
        return [p for p in parties if p.i != trigger.i and _party(p, ctx)]
    return _elided_twin_doers(trigger, rule, ctx, read_heads)


def _casualty(trigger: Token, rule: Rule, ctx: Context) -> bool:
    """A harm of `casualty_verbs` ("were injured") in an act of `circumstance_types`."""
    return (
        rule.type.lower() in ctx.vocab.words("circumstance_types")
        and trigger.pos_ in VERB_POS
        and lemma(trigger) in ctx.vocab.words("casualty_verbs")
    )


def _agentless_passive_attack(trigger: Token, rule: Rule) -> bool:
    """Any attack told in the passive with its victim as subject and no "by"-agent ("were
    shot", "was bombarded"; events-roles 1.187.0, prec43b)."""
    if rule.type != "ASSAULT" or trigger.pos_ not in VERB_POS:
        return False
    deps = {c.dep_ for c in trigger.children}
    return bool(deps & _PASSIVE) and "agent" not in deps


def _elided_twin_doers(
    trigger: Token, rule: Rule, ctx: Context, read_heads: HeadReader
) -> list[Token]:
    """The doers of an elided participle of the same type coordinated after the trigger by a
    count or a noun ("were killed and 15 injured in raids by X"), the participle carrying the
    phrase the parser took from the trigger."""
    for conj in trigger.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("NUM", "NOUN"):
            continue
        for twin in conj.children:
            own = ctx.rules.get(twin.i)
            if twin.dep_ != "acl" or twin.tag_ != "VBN" or own is None or own.type != rule.type:
                continue
            actors, _ = read_heads(twin, own, ctx)
            return [a for a in actors if _party(a, ctx)]
    return []


def _party(head: Token, ctx: Context) -> bool:
    return names_party(head, ctx) or can_act(head, ctx)
