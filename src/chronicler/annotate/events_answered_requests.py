"""Who was asked, when a request noun is what someone answers: "Zinni said he was responding
favourably to requests to continue his mission", "the envoy agreed to requests to stay" (the
envoy is the one asked, the target; no actor unless the request names one). Roles 1.174.0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, can_act
from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def request_answerers(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The subject of a verb of answering a request noun takes in its "to" phrase (`request_
    answering_verbs`: respond, reply, agree, accede, bow ... "to requests"), or of a verb of
    heeding or defying one it takes as its object (`request_heeding_verbs`: "the boat ignored
    orders to stop", "protesters defied calls to disperse"; roles 1.186.0): the one asked."""
    if rule.type != "REQUEST" or trigger.pos_ != "NOUN":
        return []
    if trigger.dep_ == "dobj" and trigger.head.pos_ in VERB_POS:
        if lemma(trigger.head) not in ctx.vocab.words("request_heeding_verbs"):
            return []
        # (a crewed craft stands for its crew: "the boat ignored orders to stop")
        crewed = ctx.vocab.words("crewed_craft")
        return [h for h in subjects(trigger.head).active if can_act(h, ctx) or lemma(h) in crewed]
    if trigger.dep_ != "pobj":
        return []
    prep = trigger.head
    verb = prep.head
    if lemma(prep) != "to" or prep.dep_ != "prep" or verb.pos_ not in VERB_POS:
        return []
    if lemma(verb) not in ctx.vocab.words("request_answering_verbs"):
        return []
    return [h for h in subjects(verb).active if can_act(h, ctx)]
