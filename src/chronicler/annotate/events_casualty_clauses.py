"""Who hurt the casualties an act's clause or a shared phrase tells them caught in (roles
1.189.0).

"Seven people were injured when the police clashed with armed protesters": the injuring has
no agent of its own, but the clause of time it is told with names the fight that hurt them,
so its parties did (both sides of a two-way fight, the attacker of a one-way attack: "were
wounded when soldiers fired on the crowd", the soldiers, not the crowd). The marks of such a
clause are `casualty_clause_marks` ("when", "as"); the harm is one of `casualty_verbs`
(killed, wounded: "the station was bombed after a mob lynched two soldiers there" tells two
acts, the later by whoever bombed); the act is an attack or coercion (`circumstance_types`),
as for a phrase ("killed in an air strike by X", events_arg_heads._circumstance_doers).

"At least 24 civilians were killed and 15 injured in bombing raids by US warplanes": the
parser hangs the phrase of the raids on the second, elided participle ("15 injured in ..."),
so the first has none; the elided participle's doers are the first's too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, agentive_phrase, people_noun
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

HeadReader = Callable[["Token", Rule, Context], tuple[list["Token"], list["Token"]]]


def casualty_clause_doers(
    trigger: Token, rule: Rule, ctx: Context, read_heads: HeadReader
) -> list[Token]:
    """The parties of the attack or fight a harm with no doer of its own was told with, in a
    clause of time after it or in an elided conjunct's phrase; none otherwise. `read_heads`
    is events_arg_heads.parsed_heads (passed in: that module calls this one)."""
    types = ctx.vocab.words("circumstance_types")
    if rule.type.lower() not in types or trigger.pos_ != "VERB":
        return []
    if lemma(trigger) not in ctx.vocab.words("casualty_verbs"):
        return []  # "the station was bombed after a mob lynched two soldiers": two acts
    marks = ctx.vocab.words("casualty_clause_marks")
    for clause in trigger.children:
        if clause.dep_ != "advcl" or clause.i < trigger.i:
            continue
        if not any(c.dep_ in ("advmod", "mark") and lemma(c) in marks for c in clause.children):
            continue
        own = ctx.rules.get(clause.i)
        if own is None or own.type.lower() not in types:
            continue
        actors, targets = read_heads(clause, own, ctx)
        parties = actors + (targets if own.reciprocal else [])
        return [p for p in parties if _party(p, ctx)]
    return _elided_twin_doers(trigger, rule, ctx, read_heads)


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
    return agentive_phrase(head, ctx) or people_noun(head, ctx)
