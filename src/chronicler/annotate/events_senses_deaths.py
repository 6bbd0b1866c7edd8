"""Deaths in custody that are no one's act: a death in prison or in custody told as an
illness's or a natural cause's; an age alone tells none (split from events_senses_harm, whose
checks list this one). The check has the signature of events_filters' checks. And deaths in
custody that are killings: one told as following a beating or torture (both languages)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsRule


def natural_death_in_custody(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The boss, who had suffered from heart disease, died at the federal prison", "died in
    prison after a long illness", "died in jail from cancer": a death in custody told as an
    illness's, in the dead's relative clause or the death's own phrase, is no one's act (as
    "died of cardiac arrest", the rule's context_not); "died in custody after being beaten"
    stays."""
    if rule.mode != "custody-death":
        return None
    illnesses = ctx.vocab.words("illness_words")
    told: list[Token] = [
        t
        for p in trigger.children
        if p.dep_ == "prep" and lemma(p) in ("after", "from", "following")
        for t in p.subtree
    ]
    for dead in (c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")):
        told += [t for r in dead.children if r.dep_ == "relcl" for t in r.subtree]
    # "died in prison of cancer", "died in custody of a heart attack": the cause's "of" the
    # parser hung on the place (vocabulary 1.272.0)
    for place in prep_objects(trigger, frozenset({"in", "at"})):
        told += [
            t for p in place.children if p.dep_ == "prep" and lemma(p) == "of" for t in p.subtree
        ]
    if any(lemma(t) in illnesses for t in told) or _natural_cause(told, ctx):
        return "a death in custody from illness, no one's act"
    # (an age alone, "died in federal prison at 77", tells no cause: a death while held, kept
    # with no CAMEO code by the lead's ruling of the thirty-fourth session; vocabulary 1.296.0
    # ended the old-age reading of 1.233.0)
    return None


def _natural_cause(told: Sequence[Token], ctx: Context) -> bool:
    """Whether the words telling a death's cause hold a natural cause of two words ("a heart
    attack", "natural causes", "kidney failure"; `natural_causes`, vocabulary 1.272.0)."""
    words = [lemma(t) for t in told]
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(words)}
    return bool(pairs & ctx.vocab.words("natural_causes"))


# Links to the words that tell what came before a death ("died in custody after being
# beaten", "murió tras ser golpeado", "murió después de ser torturado"); not a coordinated
# clause of its own ("died in custody and two guards were beaten").
_TOLD_LINKS = frozenset({"prep", "advcl", "advmod", "obl", "nmod", "npadvmod", "pcomp"})

R = TypeVar("R", Rule, "EsRule")


def beaten_to_death_in_custody(
    trigger: Token, rule: R, words: frozenset[str], lemmas: Callable[[Token], frozenset[str]]
) -> R:
    """A death in custody told as following a beating or torture ("died in custody after
    being beaten", "died after being tortured in prison", "murió tras ser golpeado bajo
    custodia") is a killing: custody-death keeps CAMEO 1823, as "beaten to death" (the lead's
    ruling of the thirty-fifth session; `custody_killing_words`, both languages). A death
    told with no cause keeps no code."""
    if rule.mode != "custody-death" or rule.cameo is not None:
        return rule
    told = [t for c in trigger.children if c.dep_ in _TOLD_LINKS for t in c.subtree]
    if any(lemmas(t) & words for t in told):
        return replace(rule, cameo="1823")
    return rule
