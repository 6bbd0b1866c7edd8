"""Damage with no party as its doer (the ECB+ audits judged it no event): what an accidental
blast destroys ("a gas explosion destroyed the apartment block", the blast itself no bombing
by the vocabulary's explosion-accident rule), and a utility supply cut with no one cutting it
("water supplies were cut after a pipe burst": a service cut, no sanction). A natural force
or an accident as the doer is read by events_senses_harm (natural_damage, hazard_as_doer),
which asks `accidental_blasts` here. The check has the signature of events_filters' checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_match import match_rule
from chronicler.annotate.events_senses import verb_doers
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def accidental_blasts(doers: Sequence[Token], ctx: Context) -> bool:
    """Every doer is a blast noun (`blast_nouns`) the vocabulary reads as no event, an
    accident named by its fuel or its plant ("a gas explosion", "the boiler blast");
    "an explosion", "a car bomb blast" may be bombings and are not."""
    blasts = ctx.vocab.words("blast_nouns")
    if not doers:
        return False
    for doer in doers:
        if lemma(doer) not in blasts:
            return False
        if match_rule(doer, ctx.vocab) is not None:  # (None: blocked, no event read in it)
            return False
    return True


def utility_cut_by_no_one(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Water supplies were cut after a pipe burst", "gas supplies were cut to the region",
    "power was cut to 10,000 homes": a utility supply (`utility_nouns`) cut with no one told
    cutting it is a service cut, an outage, no sanction (vocabulary 1.312.0); "Russia cut gas
    supplies to Ukraine" and "the army cut the water supply to the town" stay."""
    if rule.type != "SANCTION" or actors or verb_doers(trigger):
        return None
    utility = ctx.vocab.words("utility_nouns")
    cut = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    named = [
        w
        for c in cut
        for w in (c, *(m for m in c.children if m.dep_ in ("compound", "amod")))
        if lemma(w) in utility
    ]
    return "a utility cut by no one, no sanction" if named else None
