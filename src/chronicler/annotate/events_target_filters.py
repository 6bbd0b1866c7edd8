"""Targets that name no party, filtered out of what argument_heads found: an end, a proposition or
an amount; a crowd's size; an act noun's doers read as targets only when the act is aimed at
someone; gatherings banned; the issue or the act a protest opposes; and the named doers of an
act a protest opposes, which are its targets.

Moved out of events_args.py on 2026-12-06 (split40).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, agentive_phrase, people_noun
from chronicler.annotate.events_arg_heads import parsed_heads
from chronicler.annotate.events_match import VERB_POS, match_rule
from chronicler.annotate.events_phrases import partitive_of, prep_objects
from chronicler.annotate.events_salience import opposed_act
from chronicler.annotate.events_things import is_thing, means_used, thing_noun, thoroughfare
from chronicler.annotate.events_vocab import Rule, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def without_abstract_ends(targets: list[Token], actors: list[Token], ctx: Context) -> list[Token]:
    """Targets without an end or a proposition, which no one is: "urged an end to the
    fighting", "brought the talks to a close", "disputed the notion that ..." name no party
    (`abstract_target_nouns`), nor does a bare amount ("demanded more"; `amount_words`) or a
    reflexive pronoun ("defend itself": the doer again; `reflexive_pronouns`).
    An end to an act someone named does is aimed at that doer ("called for a halt to raids
    by the army": the army)."""
    out: list[Token] = []
    abstract = ctx.vocab.words("abstract_target_nouns")
    amounts = ctx.vocab.words("amount_words")
    reflexives = ctx.vocab.words("reflexive_pronouns")
    for t in targets:
        if t.lower_ in amounts and not any(t.children):
            continue  # "will only demand more", "gave away everything": an amount, no party
        if t.lower_ in reflexives:
            continue  # "the right to defend itself": the doer again, no second party
        if means_used(t, ctx):
            continue  # "crush the uprising with lethal force": how, no party (roles 1.23.0)
        if thoroughfare(t, ctx):
            continue  # "a roadblock on Church Avenue": where, no party (roles 1.24.0)
        # "violated the ceasefire agreement": a truce's agreement is no party, as the truce
        # (`mutual_truces`; roles 1.159.0)
        truce_deal = any(
            c.dep_ == "compound" and lemma(c) in ctx.vocab.words("mutual_truces")
            for c in t.children
        )
        # "All sorts of vessels have been attacked": a kind counts what its "of" names
        # (vocabulary 1.397.0)
        counting = (inner := partitive_of(t, ctx.vocab)) is not None and inner.i not in ctx.rules
        if (
            t.pos_ != "NOUN"
            or not (lemma(t) in abstract or truce_deal)
            or agentive_phrase(t, ctx)
            or counting
        ):
            out.append(t)
            continue
        for inner in prep_objects(t, frozenset({"to", "of"})):
            rule = ctx.rules.get(inner.i)
            if rule is None or inner.pos_ != "NOUN":
                continue
            own = parsed_heads(inner, rule, ctx)[0]
            out += [d for d in own if d not in actors and d not in out and agentive_phrase(d, ctx)]
    return out


def size_told(target: Token) -> bool:
    """A count set off by commas after "at" tells a crowd's size, no party ("Greek protesters,
    at roughly 30,000 people, marched on parliament"; roles 1.104.0); "fired at 30 protesters"
    stays."""
    prep = target.head
    return (
        target.dep_ == "pobj"
        and lemma(prep) == "at"
        and prep.i > 0
        and prep.nbor(-1).text == ","
        and any(c.dep_ == "nummod" and c.like_num for c in target.children)
    )


# Prepositions through which an act noun's own phrase names whom it is aimed at ("the verdict
# against its critics", "the departure of the patriots", "talks with the rebels").
_AIMED_PREPS = frozenset({"against", "on", "with", "to", "for", "of", "from", "at"})


def _aimed_at_someone(noun: Token, own_targets: list[Token], ctx: Context) -> bool:
    """The act noun names, in its own phrase, someone it is aimed at: a target of its own
    (`own_targets`, its argument heads) or an agentive object of one of `_AIMED_PREPS`."""
    if own_targets:
        return True
    return any(agentive_phrase(p, ctx) for p in prep_objects(noun, _AIMED_PREPS))


def _party_noun(noun: Token, ctx: Context) -> bool:
    """A noun that names a body of people even where the vocabulary reads an act in it ("the
    opposition", "the resistance"): a party, whatever it is coded as."""
    return lemma(noun) in ctx.vocab.words("actor_nouns") | ctx.vocab.words("collective_nouns")


def event_doers_as_targets(
    targets: list[Token], actors: list[Token], ctx: Context, keep_bare: bool, inquiry: bool
) -> list[Token]:
    """Targets with an act noun among them replaced by the act's doers, as the PLOVER gold
    codes "prevented the demonstration staged by students" (the students): "quelled the
    uprising by the rebels" is aimed at the rebels. An act noun naming no one ("crushed a
    similar revolt", "a crackdown on anti-government protests") is no party; an answering
    act (`keep_bare`: "condemned the attack") keeps it, as what it answers, and so does any
    act on one aimed at someone, who is whom the act is aimed at in the end; an inquiry's
    (`inquiry`) is aimed at the act's doers only ("the investigation of the shooting of X"
    names no one investigated, was X; roles 1.80.0)."""
    out: list[Token] = []
    for t in map(partial(_measured_act, ctx=ctx), targets):
        rule = ctx.rules.get(t.i)
        if rule is None or t.pos_ != "NOUN" or rule.type == "NONE" or _party_noun(t, ctx):
            out += [t] if t not in out else []
            continue
        own, own_targets = parsed_heads(t, rule, ctx)
        # an answering act is aimed at the act's doers named by a noun for people too
        # ("complained of abuse by fellow employees": the employees; roles 1.69.0)
        doers = [
            d
            for d in own
            if d not in actors
            and (
                agentive_phrase(d, ctx) or (keep_bare and d.pos_ == "NOUN" and people_noun(d, ctx))
            )
        ]
        if doers:
            out += [d for d in doers if d not in out]
        elif t not in out and not inquiry and (keep_bare or _aimed_at_someone(t, own_targets, ctx)):
            # one aimed at someone stays, for whom it is aimed at (events_salience)
            out.append(t)
    return out


def banned_gatherings(targets: list[Token], actors: list[Token], ctx: Context) -> list[Token]:
    """A protest noun a ban takes ("banned the rally", "banned the march, but it went
    ahead") is no target: the ban is aimed at the protest's own doers when it names them
    ("banned the opposition rally": the opposition), else at no one (roles 1.93.0; the
    vocabulary's generated person nouns list "rally", a party by that reading elsewhere)."""
    out: list[Token] = []
    for t in targets:
        rule = ctx.rules.get(t.i) or (match_rule(t, ctx.vocab) if t.pos_ == "NOUN" else None)
        if rule is None and t.pos_ == "PROPN" and t.text.islower():
            # a lower-case "march" the tagger reads as the month's name is the noun
            rule = next(
                (r for r in ctx.vocab.rules if r.type == "PROTEST" and lemma(t) in r.nouns), None
            )
        if rule is None or rule.type != "PROTEST":
            out += [t] if t not in out else []
            continue
        doers = [d for d in parsed_heads(t, rule, ctx)[0] if d not in actors and d.i != t.i]
        out += [d for d in doers if agentive_phrase(d, ctx) and d not in out]
    return out


def _measured_act(target: Token, ctx: Context) -> Token:
    """The act noun a measure noun target gives in its "of" phrase ("the repression against
    the first day of protests", "crushed a wave of strikes": the protests, the strikes)."""
    if lemma(target) not in ctx.vocab.words("measure_nouns"):
        return target
    acts = [p for p in prep_objects(target, frozenset({"of"})) if p.i in ctx.rules]
    return acts[0] if acts else target


# Prepositions telling what a protest opposes ("against the reform", "over the new law").
_OPPOSED_PREPS = frozenset({"against", "over"})


def opposed_issue(t: Token, ctx: Context) -> bool:
    """A common noun that names no kind of actor, the object of a protest's verb: a
    policy, a practice or a thing ("protesting abortion", "protested the tuition increase"),
    not a recipient, which PLOVER makes an actor (roles 1.24.0)."""
    return (
        # "a shutdown of the port" keeps the place shut; "against"/"over" tell what the
        # protest opposes ("protested against the pension reform": no target; roles 1.92.0)
        (t.dep_ == "dobj" or (t.dep_ == "pobj" and lemma(t.head) in _OPPOSED_PREPS))
        and t.pos_ == "NOUN"
        and is_thing(t, ctx)
        and not agentive_phrase(t, ctx)
    )


def in_opposed_act(t: Token, trigger: Token, ctx: Context) -> bool:
    """An act noun a protest opposes (`opposed_act`: its object or what its "against" or
    "over" names), or a party named in that noun's phrase but not as its doer: the act is
    what is protested, no recipient ("protested the attack on the union office": neither the
    attack nor the office; "the killing of X by soldiers" keeps the soldiers; roles 1.99.0)."""
    opposed = ctx.vocab.words("opposed_act_types")
    head = t
    while head.i != trigger.i and head.head.i != head.i:
        rule = ctx.rules.get(head.i)
        if rule is not None and rule.type.lower() in opposed and opposed_act(head, trigger):
            return not _party_noun(head, ctx) and t not in parsed_heads(head, rule, ctx)[0]
        head = head.head
    return False


def opposed_act_doers(trigger: Token, ctx: Context) -> list[Token]:
    """ "protest the killings of X by Serb police", "protested against the detention of X by
    police", the parser hanging the "by" on the active verb of protesting after the act noun
    it opposes: the named doers of the act opposed, its
    target (roles 1.99.0)."""
    if trigger.pos_ not in VERB_POS or any(c.dep_ == "auxpass" for c in trigger.children):
        return []
    acts = [
        c
        for c in trigger.subtree
        if (rule := ctx.rules.get(c.i)) is not None
        and rule.type.lower() in ctx.vocab.words("opposed_act_types")
        and opposed_act(c, trigger)
    ]
    return [
        p
        for p in prep_objects(trigger, frozenset({"by"}))
        if acts and all(p.i > a.i for a in acts) and agentive_phrase(p, ctx)
    ]


def things_beside_people(heads: list[Token], rule: Rule, ctx: Context) -> frozenset[int]:
    """The things listed beside the people an act held, handed over or freed is done to
    (`people_held_modes`), no targets (of `heads`, the target heads with their conjuncts):
    "the prisoners and their weapons would be handed over to authorities", "the suspects,
    weapons, ammunition and equipment will be handed over": the prisoners, the suspects (the
    arms go with them, seized; roles 1.154.2)."""
    if (rule.mode or "") not in ctx.vocab.words("people_held_modes"):
        return frozenset()
    people = [t for t in heads if not is_thing(t, ctx)]
    beside = {c.i for p in people for c in p.conjuncts}
    # (whoever owns it: "their weapons" is a thing)
    return frozenset(t.i for t in heads if t.i in beside and thing_noun(t, ctx))
