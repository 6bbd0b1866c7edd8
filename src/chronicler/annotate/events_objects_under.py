"""Whom an act noun is aimed at when the text tells it as a state something is in: "rescued
two merchant vessels under attack", "found the village under siege". The parser hangs the
"under" phrase on the verb, past its object; the object is what is under the act, and the
verb's subject, who rescues or finds it, is no party to the act (events-roles 1.141.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_match import VERB_POS
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_actors import Context


def objects_under(trigger: Token, rule: Rule, ctx: Context) -> list[Token]:
    """The direct object of the verb an act noun's "under" phrase hangs on, for an act aimed
    at someone (not a custody one: "put X under house arrest" is read by who puts X there,
    events_arg_heads)."""
    if trigger.pos_ != "NOUN" or rule.subject == "target":
        return []
    if rule.mode in ctx.vocab.words("custody_modes"):
        return []
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or lemma(prep) != "under":
        return []
    verb = prep.head
    if verb.pos_ not in VERB_POS:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i and c.i not in ctx.rules]
