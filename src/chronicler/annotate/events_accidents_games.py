"""Checks that a violent or coercive trigger has no attacker: harm by accident or nature
("killed in a helicopter crash", "storm warnings", "whom he shot in a hunting accident"), harm
done by an explosion the vocabulary reads as an accident ("A gas explosion killed four
workers"), and a game's result ("Switzerland beat Gibraltar 6-0", "Manchester United beat
Chelsea"). Each is a check of events_filters.CHECKS. Moved out of events_filters on 2026-12-06
(split39), behaviour unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_country_name
from chronicler.annotate.events_actors import Context, entity_at
from chronicler.annotate.events_match import blocked_by_rule
from chronicler.annotate.events_phrases import expand, prep_objects
from chronicler.annotate.events_senses import verb_doers
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def accidental_harm(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "killed in a helicopter crash", "an area burned in a wildfire": harm by accident or
    nature has no attacker; "warnings of extreme fire danger", "storm warnings" threaten no one."""
    # "storm warnings", "forecasters issued evacuation warnings": the hazard named before
    # the noun, whoever gives the warning
    if rule.type == "THREATEN" and any(
        c.dep_ == "compound" and lemma(c) in ctx.vocab.words("hazard_nouns")
        for c in trigger.children
    ):
        return "harm by accident or nature"
    if rule.type == "ASSAULT" and _in_doer_accident(trigger, ctx):
        return "harm by accident"
    if rule.type not in ("ASSAULT", "COERCE", "THREATEN") or actors:
        return None
    preps: tuple[str, ...]
    if rule.type == "THREATEN":  # ("the threat from global warming": roles 1.102.1)
        preps, nouns = ("of", "about", "over", "from"), ctx.vocab.words("hazard_nouns")
    else:
        preps, nouns = ("in", "by", "during"), ctx.vocab.words("accident_nouns")
    for child in trigger.children:
        if child.dep_ in ("prep", "agent") and lemma(child) in preps:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                if lemma(obj) in nouns:
                    return "harm by accident or nature"
    # "were killed when two military helicopters crashed": a mishap told in a clause of time
    if rule.type != "THREATEN" and any(
        c.dep_ == "advcl" and lemma(c) in ctx.vocab.words("accident_verbs")
        for c in trigger.children
    ):
        return "harm by accident or nature"
    return None


def _in_doer_accident(trigger: Token, ctx: Context) -> bool:
    """ "whom he shot and killed in a hunting accident": the harm, or the verb coordinated
    with it, told "in" an accident, even with a doer named (`doer_accident_nouns`)."""
    nouns = ctx.vocab.words("doer_accident_nouns")
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj")]
    if trigger.dep_ == "conj":
        verbs.append(trigger.head)
    return any(
        lemma(obj) in nouns for verb in verbs for obj in prep_objects(verb, frozenset({"in"}))
    )


def accidental_blast(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "A gas explosion killed four workers", "a boiler blast injured two", "the boiler blew
    up, killing two workers": harm done by an explosion, or told as what an explosion did,
    that the vocabulary reads as an accident (no bomb, device or attack named) has no
    attacker. The PLOVER manual puts accidents such as chemical plant explosions under the
    disasters context, and ASSAULT needs an actor using force; "a bomb blast killed four", "the
    explosion killed four" stay (version 1.262.0)."""
    if rule.type != "ASSAULT":
        return None
    bombings = [r for r in ctx.vocab.rules if r.type == "ASSAULT" and r.mode == "explosives"]
    blasts = {w for r in bombings for w in r.nouns}
    doers = [d for d in (*actors, *verb_doers(trigger)) if d.pos_ in ("NOUN", "PROPN")]
    if doers and all(lemma(d) in blasts and blocked_by_rule(d, ctx.vocab) for d in doers):
        return "an accidental explosion, no attacker"
    # "The plane exploded, killing all 200 passengers": the harm a blast read as an accident
    # brings about, told as its participle
    head = trigger.head
    if (
        trigger.dep_ == "advcl"
        and trigger.tag_ == "VBG"
        and head.pos_ == "VERB"
        and blocked_by_rule(head, ctx.vocab)
        and any(lemma(head) in r.verbs | {h for h, _ in r.phrases} for r in bombings)
    ):
        return "harm of an accidental explosion, no attacker"
    return None


def _score_at(tok: Token) -> bool:
    """ "6-0", "112-107": a number, a dash, a number."""
    doc = tok.doc
    return (
        tok.like_num
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text in ("-", "–")
        and doc[tok.i + 2].like_num
    )


def match_result(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Switzerland beat Gibraltar 6-0", "the Lakers beat the Thunder 112-107": a score in
    the clause makes a violent verb a game's result."""
    if rule.type not in ("ASSAULT", "COERCE") or trigger.pos_ != "VERB":
        return None
    clause = [
        t
        for c in trigger.children
        if c.dep_ not in ("ccomp", "advcl", "relcl", "conj", "parataxis")
        for t in c.subtree
    ]
    if any(_score_at(t) for t in clause):
        return "a game's result"
    # a beating is done by hand to people; a state, team or body named on both sides of it
    # ("Austria punched its ticket by beating North Macedonia") won a game
    names = ctx.vocab.words("collective_labels")
    parties = [*actors, *targets]
    bodily = rule.mode in ctx.vocab.words("bodily_modes") and actors and targets
    if bodily and all((entity_at(h, ctx) or "").lower() in names for h in parties):
        return "a game's result"
    if rule.type == "ASSAULT" and _named_sides_won(trigger, ctx):
        return "a game's result"
    return None


def _named_sides_won(verb: Token, ctx: Context) -> bool:
    """ "Manchester United beat Chelsea", "the Lakers thrashed the Celtics": a verb of
    beating (`score_verbs`) with a proper name, none a country's, as both its subject and its
    object, whatever label the tagger gives them ("Manchester United" is tagged a person),
    with no instrument, result or particle of a blow ("beat Jones with a bat", "beat him to
    death", "beat up") and no word of force in its sentence (`fire_attack_words`: soldiers,
    rebels, militants), is a game or a contest won; "police beat protesters" stays
    (vocabulary 1.302.0)."""
    if lemma(verb) not in ctx.vocab.words("score_verbs"):
        return False
    shape = ("prt", "prep", "xcomp", "acomp", "advcl", "oprd", "nsubjpass", "agent")
    if any(c.dep_ in shape for c in verb.children):
        return False
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    if sorted(c.dep_ for c in sides) != ["dobj", "nsubj"]:
        return False
    if any(lemma(t) in ctx.vocab.words("fire_attack_words") for t in verb.sent):
        return False
    return all(
        s.pos_ == "PROPN" and not is_country_name(" ".join(t.text for t in expand([s])))
        for s in sides
    )
