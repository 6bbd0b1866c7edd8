"""The party an act noun is after, told in a phrase the parser hung on the verb that tells the
act going on: "The search went on for the gunman" (vocabulary 1.412.5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import agentive_phrase, people_noun
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_actors import Context
    from chronicler.annotate.events_vocab import Rule


def going_on_objects(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The people an act noun is aimed at through a phrase the parser hung on the verb that
    tells the act going on, whose subject the noun is ("The search went on for the gunman",
    "The hunt continued for the killers"; `act_going_on_verbs`; "for" or the rule's
    `target_preps`):
    only people or bodies ("went on for three days" names no one; vocabulary 1.412.5)."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass") or verb.i == trigger.i:
        return []
    if lemma(verb) not in ctx.vocab.words("act_going_on_verbs"):
        return []
    return [
        t
        for t in prep_objects(verb, rule.target_preps | {"for"})
        if people_noun(t, ctx) or agentive_phrase(t, ctx)
    ]
