"""Fixed uses of event words in news text that tell no event (vocabulary 1.187.0).

An airliner's flight named by its number or its airline ("Pan Am flight 103", "blowing up
TWA flight 800") is a flight of an aircraft, no flight of people; and what is "hardest hit"
or "hard hit" with no one dealing the blow is what suffers most from something told apart
("two areas expected to be hardest hit when the crisis reaches the economy", "the hard-hit
coastal towns"), no attack of its own; and loans told by what they cost, with no lender
and no borrower ("making loans more affordable"), are the credit market. An event noun
modifying a noun of experts names their field ("bombing and evidence specialists"), and a
time bomb said of something, ticking or waiting to go off is a danger to come (vocabulary
1.196.0). What someone or something "has to offer" is what it can provide ("the Internet has
a lot to offer", "he had nothing to offer"; vocabulary 1.212.0). "Talk" in the singular that
something did or did not stop is gossip, no talks halted (vocabulary 1.229.0). Each check
returns why the trigger is no event, or None, as the checks of events_filters do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_match import object_of, to_infinitive
from chronicler.annotate.events_phrases import predicated
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Labels of a name that tells which aircraft: its airline ("Pan Am", "TWA").
_CARRIER_LABELS = frozenset({"ORG", "PRODUCT"})


def airliner_flight(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the terrorists suspected of blowing up Pan Am flight one oh three", "TWA flight 800
    crashed": a flight with a number or an airline's name before it is an airliner's, no
    flight of people ("the flight of refugees", "his flight to Spain" stay with the rule)."""
    if rule.mode != "flee" or trigger.pos_ != "NOUN":
        return None
    if lemma(trigger) not in ctx.vocab.words("air_service_nouns"):
        return None
    for child in trigger.children:
        if child.dep_ == "nummod" or child.like_num:
            return "an airliner's flight, no escape"
        if child.dep_ == "compound" and child.ent_type_ in _CARRIER_LABELS:
            return "an airliner's flight, no escape"
    return None


def hard_hit(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "two areas expected to be hardest hit when the effects of the crisis hit the economy",
    "the worst hit towns": a blow told by how hard it fell, with no one dealing it, is how
    much something suffers, no attack ("hardest hit by the air strikes" names the strikes,
    and stays)."""
    if rule.type != "ASSAULT" or trigger.pos_ != "VERB" or actors:
        return None
    degrees = ctx.vocab.words("impact_degrees")
    if not any(c.dep_ == "advmod" and (c.lower_ in degrees) for c in trigger.children):
        return None
    if any(c.dep_ == "agent" for c in trigger.children):
        return None
    return "how hard something suffers, no attack"


def credit_priced(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Lower rates have helped by making loans more affordable", "loans became more
    expensive": a loan or credit told by what it costs, with no lender and no borrower, is
    the credit market, no aid ("the IMF made the loan cheaper for Greece" names a party)."""
    if rule.type != "AID" or trigger.pos_ != "NOUN" or actors or targets:
        return None
    if trigger.dep_ != "nsubj":
        return None
    costs = ctx.vocab.words("cost_adjectives")
    head = trigger.head
    told = [head, *(c for c in head.children if c.dep_ in ("acomp", "oprd"))]
    if any(t.pos_ == "ADJ" and lemma(t) in costs for t in told):
        return "credit told by its cost, no aid"
    return None


def expert_field(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the FBI dispatched dozens of agents and bombing and evidence specialists", "bomb
    disposal experts", "a terrorism analyst": an event noun modifying a noun of expertise names
    the experts' field, no event told ("the bombing suspects", "the bombing investigation"
    refer to an act, and stay; vocabulary 1.196.0)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("compound", "nmod", "conj", "amod"):
        return None
    head = trigger
    while head.dep_ in ("compound", "nmod", "conj", "amod") and head.head.i != head.i:
        head = head.head
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        if lemma(head) in ctx.vocab.words("expertise_nouns"):
            return "the field of experts, no event"
    return None


def time_bomb(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "It's a time bomb just waiting to go off", "the debt is a ticking time bomb": a time
    bomb said of something through a copula, ticking or waiting is a danger to come, no bomb
    ("a time bomb exploded in the market" stays; vocabulary 1.196.0)."""
    if rule.type != "ASSAULT" or trigger.pos_ != "NOUN" or lemma(trigger) != "bomb":
        return None
    if not any(c.dep_ == "compound" and lemma(c) == "time" for c in trigger.children):
        return None
    kids = list(trigger.children)
    ticking = any(c.dep_ in ("amod", "compound") and c.lower_ == "ticking" for c in kids)
    said = predicated(trigger)
    waiting = trigger.dep_ == "nsubj" and lemma(trigger.head) == "wait"
    return "a danger to come, no bomb" if ticking or said or waiting else None


def had_to_offer(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The Internet has a lot to offer", "Rahman had nothing to offer", "what the city has
    to offer": a to-infinitive of offering on the object of "have" (or on the "what" it
    has) tells what someone or something can provide, no offer made to anyone ("offered to
    release the prisoners", "has offered a deal" stay; vocabulary 1.212.0)."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in ctx.vocab.words("offer_verbs"):
        return None
    if not to_infinitive(trigger):
        return None
    if trigger.dep_ in ("relcl", "acl"):
        held = trigger.head
    elif trigger.dep_ == "xcomp":  # "what the city has to offer": the infinitive on "have"
        held = trigger
    else:
        return None
    have = held.head if held is not trigger else trigger.head
    if held is not trigger and (
        held.dep_ != "dobj" or lemma(held) not in ctx.vocab.words("offered_amounts")
    ):
        return None  # "have a new proposal to offer the government": a proposal in hand
    return "what one has to offer, no offer" if lemma(have) == "have" else None


def talk_as_chatter(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "His sincerity didn't stop the talk on Little Havana's streets", "did not stop the talk
    of a comeback": "talk" in the singular halted or not is what people say, gossip, no
    negotiation broken off ("stopped the talks with the rebels", "halted the talks" stay;
    vocabulary 1.229.0; talks halted are relations reduced, mode withdraw, 1.380.4)."""
    halting = rule.mode in ("discontinue", "withdraw")
    if rule.type != "SANCTION" or not halting or trigger.pos_ != "VERB":
        return None
    told = object_of(trigger)
    if told is None or lemma(told) != "talk" or told.tag_ != "NN":
        return None
    return "talk told, no negotiation halted"


IDIOM_SENSES = (
    airliner_flight,
    hard_hit,
    credit_priced,
    expert_field,
    time_bomb,
    had_to_offer,
    talk_as_chatter,
)
