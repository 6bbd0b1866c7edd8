"""Senses of help and backing that name no aid on ordinary news pages: a hand in an act the
vocabulary does not know, help with a task of inquiry for no party, help or backing whose
every doer is a thing. Each check has the signature of events_filters' checks; split from
events_senses_harm."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, entity_at
from chronicler.annotate.events_arg_cues import body_of_people
from chronicler.annotate.events_match import match_rule
from chronicler.annotate.events_phrases import expand
from chronicler.annotate.events_senses import names_a_person, verb_doers
from chronicler.annotate.events_things import thing_noun
from chronicler.annotate.events_vocab import Rule, lemma, word_in

if TYPE_CHECKING:
    from spacy.tokens import Token


def hand_in_an_act(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "he helped bring down President Nixon", "the vote helped elect the mayor", "helped
    defeat the rebels": helping do an act the vocabulary does not know to someone is a hand in
    that act, no aid to the one it is done to; "helped the refugees", "helped Iraq rebuild"
    (help's own object) and "helped free the hostages" (a known act, carried) stay. Version
    1.170.0; a verb of weakening ("helped undermine Nixon's presidency") is no work done for
    the thing's owner (vocabulary 1.225.0)."""
    if rule.type != "AID" or lemma(trigger) != "help" or trigger.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "dative") for c in trigger.children):
        return None  # "helped Colombia fight": aid to Colombia
    acts = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    for act in acts:
        helped = [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")]
        if helped and _inquiry_task(act, helped, ctx):
            return "a hand in a task of inquiry or work, no aid"
        if helped:
            continue
        done_to = [c for c in act.children if c.dep_ == "dobj"]
        if done_to and all(names_a_person(o, ctx) for o in done_to):
            return "a hand in an act done to someone, no aid"
        if done_to and lemma(act) in ctx.vocab.words("weakening_verbs"):
            return "a hand in weakening a thing, no aid to its owner"
        if done_to and all(thing_noun(o, ctx) for o in done_to) and not _for_a_party(act, ctx):
            return "a hand in work on a thing, no aid"
    return None


_BENEFICIARY_PREPS = frozenset({"in", "for", "to"})
_STATES_AND_BODIES = frozenset({"GPE", "ORG", "NORP"})


def _inquiry_task(act: Token, helped: Sequence[Token], ctx: Context) -> bool:
    """ "She helped reporters uncover the scandal": helping someone who is no state, body or
    people do a task of inquiry or work (`inquiry_task_verbs`), for no party named, is no aid
    (vocabulary 1.319.0); "helped Syria rebuild its army", "helped the ministry uncover the
    fraud" (a body of the state, 1.325.0) stay."""
    return (
        lemma(act) in ctx.vocab.words("inquiry_task_verbs")
        and not any(
            entity_at(h, ctx) in _STATES_AND_BODIES
            or body_of_people(h, ctx)
            or _official_body(h, ctx)
            for h in helped
        )
        and not _for_a_party(act, ctx)
    )


def _official_body(noun: Token, ctx: Context) -> bool:
    """A body of the state a common noun names ("the ministry", "the tax authority"): a body of
    people (`group_nouns`) whose word is one of a state's role (`official_body_roles`); no
    person ("detectives", "the judge"; vocabulary 1.325.0)."""
    roles = ctx.vocab.role_words(ctx.vocab.words("official_body_roles"))
    return (
        noun.tag_ in ("NN", "NNS")
        and lemma(noun) in ctx.vocab.words("group_nouns")
        and word_in(noun, roles)
    )


def _for_a_party(act: Token, ctx: Context) -> bool:
    """ "help build a port in Kenya", "help raise money for the victims", "help offset
    Jordan's costs": work whose "in", "for" or "to" phrase, on the act or on what it works
    on, or the owner of what it works on, names a state, a body or people is done for them
    (vocabulary 1.219.0); a relative clause on a noun of the work tells of someone else's
    deeds ("a museum in honor of Kalashnikov, the Russian who gave his name to the world's
    most wielded weapon": no one the work is for; vocabulary 1.236.12)."""
    told_apart = {t.i for r in act.subtree if r.dep_ == "relcl" for t in r.subtree}
    return any(
        (word.dep_ == "poss" or (word.dep_ == "pobj" and lemma(word.head) in _BENEFICIARY_PREPS))
        and (entity_at(word, ctx) is not None or names_a_person(word, ctx))
        for word in act.subtree
        if word.i not in told_apart
    )


# Help, and backing, whose every doer is a thing (vocabulary 1.219.0, 1.228.10).
_HELPING = frozenset({("AID", "help"), ("SUPPORT", "back")})


def helped_by_things(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The housing industry has been helped by declining interest rates and warm weather",
    "lower prices helped farmers": help whose every doer is a thing no party gives or owns is
    a cause, no aid; "helped by loans from the IMF" (a word of aid), "helped by the
    government's subsidies" (an owner who acts) stay. Vocabulary 1.219.0. So is backing: "police
    backed up by helicopters and sniffer dogs" (vocabulary 1.228.10)."""
    if (rule.type, lemma(trigger)) not in _HELPING or trigger.pos_ != "VERB":
        return None
    # ("1,200 police backed up by helicopters and sniffer dogs": the participle's noun)
    if trigger.dep_ != "acl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
        return None  # "allocate resources to help with the battle": means given, no one helped
    doers = expand([*actors, *verb_doers(trigger)])
    if not doers or not all(thing_noun(d, ctx) for d in doers):
        return None
    for doer in doers:
        if match_rule(doer, ctx.vocab) is not None:
            return None
        if any(
            w is not doer and (entity_at(w, ctx) is not None or names_a_person(w, ctx))
            for w in doer.subtree
        ):
            return None
    return "help by things, no aid"


def aim_of_aid(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Britain sent troops to help defend Saudi Arabia", "will send material to help defend
    Ukraine": backing or help told as what a sending or a gift is for is that aid's aim, no
    act of its own beside it (the aid keeps the one it is for as its target; `aid_aim_types`,
    `helping_verbs`; vocabulary 1.381.0). "sent troops to attack the rebels" keeps its attack,
    "sent troops to help the villagers" its help, "helped defend the city" with no aid over
    it its backing."""
    if trigger.pos_ != "VERB" or rule.type.lower() not in ctx.vocab.words("aid_aim_types"):
        return None
    if trigger.dep_ != "xcomp" or lemma(trigger.head) not in ctx.vocab.words("helping_verbs"):
        return None  # "sent troops to help the villagers": the help is told, its own act
    aim = trigger.head  # "to help defend": the help's purpose
    if aim.dep_ not in ("advcl", "xcomp", "acl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in aim.children
    ):
        return None
    aid = ctx.rules.get(aim.head.i)
    if aid is None or aid.type != "AID":
        return None
    return "the aim of aid told beside it, no act of its own"
