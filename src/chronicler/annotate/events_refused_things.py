"""Whom a thing refused again was refused to: "Smith was denied a gun permit in May; the
sheriff would not say why the permit was denied" tells the refusal twice, the second time
by the thing alone; its target is the one the first told it was denied (Smith), not the
permit (roles 1.170.3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, is_agentive, people_noun
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_THE = frozenset({"the", "that", "this"})


def refused_thing_holders(
    trigger: Token, rule: Rule, targets: list[Token], ctx: Context
) -> list[Token]:
    """For a passive refusal (`thing_refusal_verbs`) whose subject is a thing told with "the"
    ("why the permit was denied"), the one an earlier clause, in its sentence or the one
    before, told that thing was refused to: that clause's passive subject ("Smith was denied
    a permit") or its indirect object ("the board denied him a visa"). Other targets as
    they are."""
    if rule.type != "REJECT" or lemma(trigger) not in ctx.vocab.words("thing_refusal_verbs"):
        return targets
    things = [
        t
        for t in targets
        if t.dep_ == "nsubjpass"
        and t.head.i == trigger.i
        and t.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in _THE for c in t.children)
        and not (people_noun(t, ctx) or is_agentive(t, ctx))
    ]
    if not things:
        return targets
    thing = things[0]
    sents = list(trigger.doc.sents)
    s_no = next(i for i, s in enumerate(sents) if s.start <= trigger.i < s.end)
    start = sents[max(s_no - 1, 0)].start
    for earlier in reversed(trigger.doc[start : thing.i]):
        if earlier.dep_ != "dobj" or lemma(earlier) != lemma(thing):
            continue
        verb = earlier.head
        if lemma(verb) not in ctx.vocab.words("thing_refusal_verbs"):
            continue
        holders = [
            c
            for c in verb.children
            if c.dep_ == "nsubjpass" or (c.dep_ == "dative" and c.pos_ != "ADP")
        ]
        if holders:
            return [h for h in targets if h.i != thing.i] + holders[:1]
    return targets
