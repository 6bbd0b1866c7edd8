"""A harm escaped, told as the passive gerund the escape takes ("narrowly escaped being
buried alive", "escaped being hit"), is a harm avoided, no flight from anyone; "escaped from
prison" and "escaped after being beaten" stay. The check has the signature of
events_filters' checks (vocabulary 1.364.2; the nouns of a harm escaped are the rule
`escape-harm`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def harm_escaped(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "narrowly escaped being buried alive": the escape's own complement is a passive
    gerund (the parser's xcomp with "being" as its auxiliary), the harm that did not happen."""
    if rule.mode != "flee" or lemma(trigger) != "escape" or trigger.pos_ != "VERB":
        return None
    for comp in (c for c in trigger.children if c.dep_ in ("xcomp", "dobj", "ccomp")):
        if comp.i > trigger.i and any(
            a.dep_ == "auxpass" and a.lower_ == "being" and a.i < comp.i for a in comp.children
        ):
            return "a harm escaped, no flight"
    return None


AVOIDED_SENSES = (harm_escaped,)
