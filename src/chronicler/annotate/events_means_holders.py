"""Who holds the weapon an act noun of means names in a "with" phrase ("police responded with
tear gas", "hooded youths with petrol bombs rampaged"): the subject of the verb the phrase
hangs on, or the people it is on. Split from events_arg_heads (thirty-eighth session,
behaviour unchanged)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import (
    Context,
    can_act,
    is_agentive,
    people_noun,
    relative_head,
)
from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def means_holders(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """Who has a weapon noun told by its mode of means (`means_modes`) in a "with" phrase:
    the subject of the verb it hangs on, or the people it is on ("police responded with
    rounds of tear gas and flash bombs", "hooded youths with petrol bombs rampaged": the
    police, the youths, was no one). One the verb's own act is done with is folded into it
    (events_folds.thrown_means). Roles 1.58.0."""
    if trigger.pos_ != "NOUN" or rule.mode not in ctx.vocab.words("means_modes"):
        return []
    tok = trigger
    if tok.dep_ == "conj":  # "tear gas and flash bombs"
        tok = tok.head
    if tok.dep_ == "pobj" and lemma(tok.head) == "of":  # "rounds of", "a volley of"
        measure = tok.head.head
        if measure.pos_ == "NOUN" and measure.dep_ == "pobj":
            tok = measure
    if tok.dep_ != "pobj" or lemma(tok.head) != "with":
        return []
    holder = tok.head.head
    if holder.pos_ in VERB_POS:
        told = subjects(holder)
        held = told.active
        if lemma(holder) in ctx.vocab.words("equipping_verbs"):
            # "rioters who were armed with petrol bombs": who is armed (roles 1.65.0)
            held = held or told.passive
        elif holder.i in ctx.triggers:
            return []  # "clashed with police armed with ...": the act's own parties
        heads = [_who_read_as_clause(h, ctx) for h in held]
        return [h for h in heads if can_act(h, ctx)]
    if holder.pos_ == "NOUN" and (people_noun(holder, ctx) or is_agentive(holder, ctx)):
        return [holder]
    return []


def _who_read_as_clause(subject: Token, ctx: Context) -> Token:
    """For a "who" after a clause that ends on people ("youths clashed with police in riot
    gear, who responded with tear gas"), the nearest people before it (the police), where the
    parser made it the subject of an adverbial clause or hung its clause on a noun before that
    clause's verb (the youths); a relative clause right on its noun stays its."""
    if lemma(subject) != "who":
        return subject
    head = relative_head(subject)
    floor = subject.sent.start
    if head.i != subject.i:
        verbs = [t for t in subject.doc[head.i + 1 : subject.i] if t.pos_ == "VERB"]
        if not verbs:
            return head
        floor = verbs[-1].i
    for tok in reversed(subject.doc[floor : subject.i]):
        if tok.pos_ in ("NOUN", "PROPN") and (people_noun(tok, ctx) or is_agentive(tok, ctx)):
            return tok
    return head
