"""Economic senses of event words: what news of trade, budgets, markets, products and hiring
tells with the words of politics is no act between parties. A price per unit is trade; a
product or a device that works with, helps or allows something does what it was made for;
workers an employer takes on are hired; money a legislature votes, asked for in a budget or
told by what it would pay for is a budget line; demand for goods or labour, or met by
supplying it, is buyers' demand; offers asked of anyone are a procurement call. The same
words between states or parties stay events. Each check has the signature of events_filters'
checks; split from events_senses_everyday (business news of firms and shares is
events_commerce's)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at, is_agentive, people_noun
from chronicler.annotate.events_match import object_of, to_infinitive
from chronicler.annotate.events_phrases import expand, objects_of, prep_objects
from chronicler.annotate.events_senses import unnamed_of, verb_doers
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


# Acts of cooperation a price, a product or a budget line can turn into trade (vocabulary 1.135.0).
_DEALING_TYPES = frozenset({"REQUEST", "AGREE", "AID", "SUPPORT", "COOPERATE", "CONCEDE"})


def price_per_unit(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the firm bid $16.50 per share for the publisher", "offered $40 a barrel": an act
    whose object is a price per unit buys or sells; only trade has unit prices. "demanded a
    $1 million ransom", "pledged $5 million to the refugees" name no unit and stay."""
    if rule.type not in _DEALING_TYPES or trigger.pos_ != "VERB":
        return None
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        words = list(obj.subtree)
        priced = any(t.tag_ == "$" or t.ent_type_ == "MONEY" for t in words)
        if priced and any(t.lower_ in ("per", "apiece") for t in words):
            return "a price per unit, trade"
    return None


def product_at_work(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the controller will work wirelessly with phones", "the app helps users sleep": a
    product or a device that works with, helps or allows something does what it was made
    for; "the mediator worked with both sides" is a party's act. A product that mediates or
    meets is no party to a meeting either ("the software can mediate between the two
    databases"; vocabulary 1.219.0)."""
    if rule.type not in _DEALING_TYPES | {"CONSULT"}:
        return None
    subjects = verb_doers(trigger)
    if not subjects and trigger.dep_ in ("advcl", "conj", "xcomp"):
        # a trailing participle's doer is its clause's subject ("the service is centred on
        # streaming, allowing players to ..."), not the owner that clause names
        subjects = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers = expand(subjects or list(actors))
    products = ctx.vocab.words("product_nouns")
    if unnamed_of(doers, products, ctx):
        return "a product at work, no party"
    return None


def workers_taken_on(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a contractor agreed to accept 1,000 cleaning workers", "the firm will take on the
    staff": workers taken on by an employer are hired, no agreement between parties; a state
    or a people accepting them ("Germany agreed to accept 10,000 guest workers") stays."""
    if rule.type != "AGREE" or trigger.pos_ != "VERB":
        return None
    taken = expand(objects_of(trigger))
    workers = ctx.vocab.words("worker_nouns")
    if not taken or not all(lemma(t) in workers for t in taken):
        return None
    if any(entity_at(a, ctx) in ("GPE", "NORP") for a in expand([*actors, *verb_doers(trigger)])):
        return None
    return "workers hired, no agreement"


def budget_funding(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the subcommittee that funds NASA", "Congress provided the money the agency
    requested", "depend on getting sufficient funding": money a legislature votes, or funding
    no giver gives, is a budget line, no aid between parties. Aid to a state or a people
    ("Congress approved aid to Ukraine") and a funder that is no legislature ("Iran funds the
    militia") stay."""
    if rule.type != "AID":
        return None
    bodies = ctx.vocab.words("budget_bodies")
    givers = expand([*actors, *verb_doers(trigger)])
    if givers and not all(lemma(g) in bodies or lemma(g) == "that" for g in givers):
        return None
    if not givers and lemma(trigger) not in ctx.vocab.words("funding_words"):
        return None
    objects = objects_of(trigger)
    if any(lemma(o) in ctx.vocab.words("named_aid_nouns") for o in objects):
        return None
    for target in targets:
        if entity_at(target, ctx) in ("GPE", "NORP") or people_noun(target, ctx):
            return None
    return "a budget line, no aid"


def market_demand(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the demand for workers led employers to raise wages", "consumer demand for cars fell",
    "strong demand for oil": demand no one makes, for goods or labour or told as a market's,
    is buyers' demand, no request; "the demand for his release", "the opposition's demand for
    elections" stay. Version 1.179.0."""
    if rule.type != "REQUEST" or lemma(trigger) != "demand" or trigger.pos_ != "NOUN":
        return None
    if actors or any(c.dep_ == "poss" for c in trigger.children):
        return None
    return "buyers' demand, no request" if _buyers_demand(trigger, ctx) else None


def demand_supplied(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "shots to meet the demand of high-profile clients", "to meet growing demand for
    housing": buyers' demand met is supplied, no concession; "met the demands of the
    strikers", "met the demand of the protesters" stay. Version 1.208.0."""
    if rule.type != "CONCEDE" or trigger.pos_ != "VERB":
        return None
    demand = object_of(trigger)
    if demand is None or lemma(demand) != "demand" or demand.tag_ != "NN":
        return None
    if any(c.dep_ == "poss" for c in demand.children):
        return None
    markets = ctx.vocab.words("market_demand_words")
    if any(lemma(b) in markets for b in prep_objects(demand, frozenset({"of", "from"}))):
        return "buyers' demand supplied, no concession"
    return "buyers' demand supplied, no concession" if _buyers_demand(demand, ctx) else None


def _buyers_demand(demand: Token, ctx: Context) -> bool:
    """Demand for goods or labour, or told as a market's ("strong demand")."""
    goods = ctx.vocab.words("demanded_goods")
    for wanted in prep_objects(demand, frozenset({"for"})):
        if lemma(wanted) in goods:
            return True
        # "the demand for nurses": bare plural people with nothing asked of them are labour
        # wanted ("the demand for prisoners to be freed" asks an act of them)
        kids = [c.dep_ for c in wanted.children]
        bare = wanted.tag_ == "NNS" and not {"det", "poss", "acl", "relcl"} & set(kids)
        if bare and entity_at(wanted, ctx) is None and people_noun(wanted, ctx):
            return True
    markets = ctx.vocab.words("market_demand_words")
    return any(c.dep_ in ("amod", "compound") and lemma(c) in markets for c in demand.children)


def money_purpose(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "there was no money to support a higher production rate", "funding to help the
    programme grow": an infinitive that says what money is for, aimed at no party, tells what
    the money would pay for, no act of a party (vocabulary 1.155.0); "funds to help the
    refugees", "money to support Ukraine" (a party helped) stay."""
    if rule.type not in _DEALING_TYPES or trigger.pos_ != "VERB" or actors:
        return None
    if not to_infinitive(trigger):
        return None
    money = trigger.head
    purses = ctx.vocab.words("funding_words") | ctx.vocab.words("money_nouns")
    held = trigger.dep_ in ("acl", "relcl") and money.pos_ == "NOUN" and lemma(money) in purses
    # "there wasn't funding to support ...": the parser may take the bare noun for a verb
    misread = trigger.dep_ == "xcomp" and money.lower_ in purses
    if not (held or misread):
        return None
    for target in targets:
        if entity_at(target, ctx) is not None or is_agentive(target, ctx):
            return None
        if people_noun(target, ctx):
            return None
    return "what money would pay for, no act of a party"


def budget_request(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the money NASA requested in its budget amendment", "the agency's budget request", "the
    ministry's budget proposal": what a body asks for or proposes in its budget is a line of
    that budget, no request to a party; "Ukraine requested air defences from its allies" and
    "the two parties reached a budget deal" stay."""
    if rule.type not in ("REQUEST", "AGREE"):
        return None
    budgets = ctx.vocab.words("budget_nouns")
    if trigger.pos_ == "NOUN":
        if rule.type == "AGREE" and lemma(trigger) not in ctx.vocab.words("content_nouns"):
            return None  # a budget deal or agreement is one between parties
        if any(c.dep_ in ("compound", "amod") and lemma(c) in budgets for c in trigger.children):
            return "a budget line, no request"
        return None
    if trigger.pos_ != "VERB":
        return None
    # the parser may hang the phrase on the amount asked ("requested $2 billion in its budget")
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    preps = (c for h in holders for c in h.children if c.dep_ == "prep")
    for prep in (p for p in preps if lemma(p) in ("in", "under")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            modifiers = (lemma(c) for c in obj.children if c.dep_ == "compound")
            if lemma(obj) in budgets or any(m in budgets for m in modifiers):
                return "asked in a budget, no request"
    return None


def offers_solicited(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the agency sought proposals for lunar landers", "invited bids for the contract": offers
    asked of anyone who will make them are a procurement call, no request to a party;
    "sought a proposal from Iran" (one offer, of a party) stays."""
    if rule.type != "REQUEST" or trigger.pos_ != "VERB":
        return None
    asked = object_of(trigger)
    if asked is None or lemma(asked) not in ctx.vocab.words("solicited_offers"):
        return None
    if asked.tag_ != "NNS" or any(
        c.dep_ == "prep" and lemma(c) == "from" for c in (*trigger.children, *asked.children)
    ):
        return None
    return "a procurement call, no request"


ECONOMY_SENSES = (
    price_per_unit,
    product_at_work,
    budget_funding,
    workers_taken_on,
    budget_request,
    offers_solicited,
    market_demand,
    demand_supplied,
    money_purpose,
)
