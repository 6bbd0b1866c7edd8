"""A warship's challenge to a vessel, no rejection: "The warship immediately altered its
direction towards the suspicious vessels and challenged them", "changed its route and
challenged the pirates": a navy or a coast guard hailing a craft and ordering it to stop or
name itself is a step of an interception (the boarding, the capture are the events), no
rejection of a proposal, as the unseen-word fallback reads "challenge". "The opposition
challenged the election results" stays. The check has the signature of events_filters'
checks (vocabulary 1.378.6)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_doer_words import doer_words
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def naval_challenge(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """A verb of hailing (`hailing_verbs`) whose doer is a craft or a force at sea
    (`hailing_doers`)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("hailing_verbs"):
        return None
    if not doer_words(trigger) & ctx.vocab.words("hailing_doers"):
        return None
    return "a warship hailing a craft, no rejection"


HAIL_SENSES = (naval_challenge,)
