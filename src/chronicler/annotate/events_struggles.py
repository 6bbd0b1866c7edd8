"""Which words of struggle report no assault: a fight for a cause, against a thing or a
government, in a non-violent field ("our fight to restore democracy", "the trade fight"), for
an aim with no one fought ("is fighting to keep the boy with him"), a dispute told as a battle
("the election has become a war of attrition"), and a struggle fought out in a court, by legal
means or for what a court grants ("battled in the courts", "fighting for custody"), a battle
between firms or outlets ("the studio battled the magazine"); a struggle
to take or hold ground, or an armed one, stays. Each check has the signature of
events_filters' checks (why the trigger is no event, or None); split from events_filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at
from chronicler.annotate.events_commerce import business_article
from chronicler.annotate.events_match import to_infinitive
from chronicler.annotate.events_phrases import expand, objects_of, predicated, prep_objects
from chronicler.annotate.events_things import is_thing
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def figurative_struggle(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "our fight to restore democracy", "the fight against corruption", "the trade fight":
    a struggle noun for a cause, against a thing, or in a non-violent field is no assault."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("struggle_nouns"):
        return None
    if _dispute_called_struggle(trigger, ctx):
        return "a dispute told as a struggle"
    for child in [*trigger.children, *_hung_on_verb(trigger)]:
        if child.dep_ in ("acl", "relcl") and to_infinitive(child):
            return "a struggle for a cause"
        if child.dep_ == "advcl" and to_infinitive(child) and not _for_ground(child, ctx):
            return "a struggle for a cause"
        if child.dep_ == "prep" and lemma(child) in ("for", "against", "over"):
            objs = expand([g for g in child.children if g.dep_ == "pobj"])
            places = ctx.vocab.words("territory_nouns") | ctx.vocab.words("places")
            if objs and all(is_thing(o, ctx) and lemma(o) not in places for o in objs):
                return "a struggle for or against a thing"
            if objs and all(_political(o, ctx) for o in objs) and not _armed(trigger, ctx):
                return "a political struggle against a government"
        if child.dep_ in ("compound", "amod") and lemma(child) in ctx.vocab.words(
            "figurative_fields"
        ):
            return "a struggle in a non-violent field"
    return None


def struggle_not_over(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "the fight is far from over", "the war is not over yet": a struggle noun said to go
    on, the subject of "be" with "over" in its predicate, weighs a struggle told elsewhere
    and tells no act of its own (vocabulary 1.425.5)."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in ctx.vocab.words("struggle_nouns"):
        return None
    verb = trigger.head
    if trigger.dep_ != "nsubj" or lemma(verb) != "be":
        return None
    over = [t for t in verb.subtree if t.i > verb.i and t.lower_ == "over" and not list(t.children)]
    return "a struggle said to go on" if over else None


def struggle_for_an_aim(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Lazaro Gonzalez is fighting to keep the boy with him", "the union fought to save the
    jobs": a verb of struggle naming no one fought, whose aim is an infinitive and whose doers
    are no armed or ruling force, is a campaign for that aim (as figurative_struggle reads
    "our fight to restore democracy"); "rebels fighting to topple the government", "the army
    fought to hold the town" and "fought the police to free him" stay."""
    if rule.type != "ASSAULT" or trigger.pos_ != "VERB":
        return None
    if lemma(trigger) not in ctx.vocab.words("struggle_nouns") or objects_of(trigger):
        return None
    if prep_objects(trigger, frozenset({"with", "against", "between", "alongside"})):
        return None
    aims = [c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c)]
    if not aims or any(_for_ground(aim, ctx) or _violent_aim(aim, ctx) for aim in aims):
        return None
    force_words = ctx.vocab.role_words(ctx.vocab.words("force_roles"))
    doers = expand([*actors, *(c for c in trigger.children if c.dep_ == "nsubj")])
    if any(lemma(d) in force_words or d.lower_ in force_words for d in doers):
        return None
    return "a struggle for an aim, no one fought"


def _violent_aim(verb: Token, ctx: Context) -> bool:
    """ "fighting to topple the government": an aim the vocabulary only reads as an assault or
    a coercion is fought for by force."""
    readings = ctx.vocab.readings(frozenset({lemma(verb)}), "VERB")
    return bool(readings) and all(r[0] in ("ASSAULT", "COERCE") for r in readings)


def _for_ground(verb: Token, ctx: Context) -> bool:
    """ "lost the battle to hold the town": a struggle to take or hold a place is fought."""
    places = ctx.vocab.words("territory_nouns") | ctx.vocab.words("places")
    return any(
        lemma(o) in places or entity_at(o, ctx) in ("GPE", "LOC", "FAC")
        for o in expand(objects_of(verb))
    )


def _hung_on_verb(noun: Token) -> list[Token]:
    """ "reigniting a fight over so-called midnight regulation": the object's own phrase, which
    the parser hangs on the verb, when it comes right after the object (version 1.208.0)."""
    after = noun.right_edge.i + 1
    if noun.dep_ != "dobj" or after >= len(noun.doc):
        return []
    prep = noun.doc[after]
    if prep.dep_ == "aux" and prep.lower_ == "to" and prep.head.dep_ == "advcl":
        # "may lose her fight to keep the children": its infinitive (vocabulary 1.219.0)
        prep = prep.head
    return [prep] if prep.dep_ in ("prep", "advcl") and prep.head.i == noun.head.i else []


def _dispute_called_struggle(trigger: Token, ctx: Context) -> bool:
    """ "the dispute over Elian is a battle between Cubans of differing political views", "the
    election has become a war of attrition": a struggle noun said of a dispute, a debate or
    a contest through a copula names what that quarrel is like, no fighting (vocabulary
    1.196.0)."""
    if not predicated(trigger):
        return False
    disputes = ctx.vocab.words("dispute_nouns")
    subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(lemma(s) in disputes for s in subjects)


def struggle_in_a_field(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "a chance to fight in federal court to keep the boy", "battled in the courts for
    years", "fought in the election": a struggle verb or noun fought out in a court or
    another non-violent field, or with the law or a vote, is no assault ("fought in the
    streets", "fought with knives" stay)."""
    if rule.type != "ASSAULT" or lemma(trigger) not in ctx.vocab.words("struggle_nouns"):
        return None
    venues = ctx.vocab.words("contest_venues")
    if any(lemma(g) in venues for g in prep_objects(trigger, frozenset({"in"}))):
        return "a struggle in a non-violent field"
    # "We will keep fighting with the laws", "battled through the courts": fought by legal
    # or political means (version 1.205.0)
    means = ctx.vocab.words("contest_means")
    if any(lemma(g) in means for g in prep_objects(trigger, frozenset({"with", "through"}))):
        return "a struggle by non-violent means"
    # "the grandparents are fighting for custody of the girl": what a court grants (1.219.0)
    stakes = prep_objects(trigger, frozenset({"for"}))
    if stakes and all(lemma(g) in ctx.vocab.words("contest_stakes") for g in stakes):
        return "a struggle for what a court grants"
    return None


def _political(obj: Token, ctx: Context) -> bool:
    """A government or regime as what a struggle is against ("led the struggle against an
    earlier military government"): opposition to a rule, not an attack on anyone."""
    return lemma(obj) in ctx.vocab.words("political_objects")


def _armed(trigger: Token, ctx: Context) -> bool:
    """The struggle names arms or violence ("the armed struggle against the regime")."""
    return any(
        c.dep_ in ("amod", "compound") and lemma(c) in ctx.vocab.words("armed_words")
        for c in trigger.children
    )


def firms_battle(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The studio has been battling the magazine over the photographs", "the battle between
    the publisher and the network", "Apple fought Samsung" in a business article: a fight
    whose sides are all firms or news outlets is a legal or business dispute told as a
    battle, no assault; one side a firm noun, or all named organisations in a business
    article (`firm_sides`, `business_nouns`; vocabulary 1.280.0). "Rebels battled the
    company's guards" stays (a side no firm)."""
    if rule.type != "ASSAULT" or lemma(trigger) not in ctx.vocab.words("struggle_nouns"):
        return None
    between = frozenset({"between", "with", "against"})
    told = [*actors, *targets, *prep_objects(trigger, between)]
    if trigger.dep_ == "nsubj":  # "a battle is going on between a studio and a magazine"
        told += prep_objects(trigger.head, frozenset({"between"}))
    holder = trigger.head.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and holder.pos_ in ("VERB", "ADJ"):
        # "the company is locked in a battle with its former partner", "embroiled in a fight
        # with a rival": the one in the battle is a side (vocabulary 1.296.0)
        told += [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    sides = list({s.i: s for s in expand(told)}.values())
    if len(sides) < 2:
        return None
    firms = ctx.vocab.words("business_nouns") | ctx.vocab.words("firm_sides")
    named = [s for s in sides if lemma(s) not in firms]
    if len(named) == len(sides) and not business_article(trigger.doc, ctx.vocab):
        return None
    if all(entity_at(s, ctx) == "ORG" for s in named):
        return "a business or legal dispute told as a battle"
    return None
