"""Whether the verb an act noun hangs on makes its subject a party to the act: one who
judges or names the act is none ("described the crackdown as brutal"), one who goes "on" a
visit makes it, one who gets an act done together with no giver named is a party to it
("got a final deal"), one who has or wins a backing is the one backed ("the rebels have the
support of the army"), and a relative clause whose verb only holds the act noun tells its
doer ("the talks he held with the rebels"). Split from events_args (the reading of the
verb that governs an act noun is in events_arg_heads)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, is_agentive
from chronicler.annotate.events_match import match_rule, relative_gap
from chronicler.annotate.events_noun_governors import governing_verb
from chronicler.annotate.events_phrases import prep_objects
from chronicler.annotate.events_subjects import subjects
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


# Prepositions naming who gives what a verb gets ("drew condemnation from Y").
GIVER_PREPS = frozenset({"from", "by"})


def gotten_as_party(noun: Token, verb: Token, rule: Rule, ctx: Context) -> bool:
    """An act done together (`gotten_party_types`) got or won with no giver named: the one
    who gets it makes it ("got a final deal", "won talks with the government")."""
    if rule.type.lower() not in ctx.vocab.words("gotten_party_types"):
        return False
    return not any(prep_objects(h, GIVER_PREPS) for h in (noun, verb))


def backing_held(noun: Token, ctx: Context) -> tuple[list[Token], list[Token]] | None:
    """The parties of a backing noun (`held_backing_nouns`) that a verb of having or winning
    (`backing_holding_verbs`) takes as its object: its possessor and the people or bodies of
    its "of" phrase give it, the verb's subject holds it ("The rebels have the support of the
    army", "The plan has the backing of the president", "The families have our deepest
    sympathy", "won the support of the unions": the army, the president, "our", the unions
    back; roles 1.132.0). None for any other noun."""
    if noun.pos_ != "NOUN" or lemma(noun) not in ctx.vocab.words("held_backing_nouns"):
        return None
    verb, link = governing_verb(noun)
    if verb is None or link != "dobj":
        return None
    if lemma(verb) not in ctx.vocab.words("backing_holding_verbs"):
        return None
    backers = [c for c in noun.children if c.dep_ == "poss"]
    # ("won backing from the unions", "received support from Russia": as "of"; an act noun
    # there is none: "the support of the strike")
    of = [p for h in (noun, verb) for p in prep_objects(h, GIVER_PREPS)]
    of = prep_objects(noun, frozenset({"of"})) + of
    backers += [p for p in of if is_agentive(p, ctx) or match_rule(p, ctx.vocab) is None]
    return backers, [h for h in subjects(verb).active if h.i != noun.i]


def held_in_relative(clause: Token, ctx: Context) -> bool:
    """A relative clause whose verb only carries or holds the act noun it is on, its object
    left out ("the cooperation we have had", "the talks he held"; `doing_verbs`,
    `having_verbs`)."""
    light = ctx.vocab.words("doing_verbs") | ctx.vocab.words("having_verbs")
    return lemma(clause) in light and relative_gap(clause) is not None


def engaged_on(trigger: Token, rule: Rule, ctx: Context) -> bool:
    """ "Albright arrived in Nairobi on a visit to East Africa", "left for Beijing on a
    two-day visit": who goes or comes "on" a visit makes it (`on_engaged_types`; roles
    1.24.0)."""
    return (
        trigger.dep_ == "pobj"
        and lemma(trigger.head) == "on"
        and rule.type.lower() in ctx.vocab.words("on_engaged_types")
    )


def judged(verb: Token, noun: Token, link: str, ctx: Context) -> bool:
    """The verb only tells how its subject sees or names the act noun it takes: "described
    the crackdown as brutal", "called the arrests illegal", "called the order 'grave and
    sinister'": who describes or calls it is no party to it (roles 1.24.0). A verb of
    `judging_verbs` always; one of `complement_judging_verbs` only with the label it puts on
    the act ("the union called a strike" calls it)."""
    judging = ctx.vocab.words("judging_verbs") | ctx.vocab.words("complement_judging_verbs")
    if link == "oprd" and lemma(verb) in judging:
        # the act noun is the label itself: "called it a good shooting", "branded the
        # arrests a kidnapping" (the labeller is no party; roles 1.90.0)
        return True
    if link != "dobj":
        return False
    if lemma(verb) in ctx.vocab.words("judging_verbs"):
        return True
    if lemma(verb) not in ctx.vocab.words("complement_judging_verbs"):
        return False
    label = [
        c
        for c in verb.children
        if c.i > noun.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or lemma(c) == "as")
    ]
    label += [c for c in noun.children if c.dep_ == "appos" or lemma(c) == "as"]
    return bool(label)
