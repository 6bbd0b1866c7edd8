"""Words of intent that announce no political act.

"Apple plans to launch a phone", "early results are promising", "Ready?": a plan, a promise
or readiness is an expressed intent (CAMEO 03x) only when what it announces is an act of
cooperation or the one intending is a political actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, agentive_phrase, entity_at, is_agentive
from chronicler.annotate.events_match import match_rule, to_infinitive
from chronicler.annotate.events_phrases import expand, phrase_tokens
from chronicler.annotate.events_pronouns import PERSONAL
from chronicler.annotate.events_things import is_thing, recipients
from chronicler.annotate.events_vocab import COOPERATIVE_TYPES, Rule, lemma, word_in

if TYPE_CHECKING:
    from spacy.tokens import Token


def bare_readiness(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Ready?": an adjective of intent that says neither who nor for what (in a clause or
    a phrase) announces nothing; "they said they were ready" is a stance."""
    if not rule.intent or trigger.pos_ != "ADJ" or actors or targets:
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "prep", "advcl") for c in trigger.children):
        return None
    return "readiness for nothing"


def _content_acts(trigger: Token) -> list[Token]:
    """What an intent word announces: its infinitive ("plans to launch"), the object of its
    "for" ("ready for the final"), a verb's direct object ("planning a website") or a noun's
    modifier ("contingency plan")."""
    deps = {"xcomp", "advcl", "acl"}
    out = [c for c in trigger.children if c.dep_ in deps and to_infinitive(c)]
    if not out and trigger.pos_ == "ADJ" and trigger.dep_ == "acomp":
        # "is ready at a moment's notice to come": the parser hangs the adjective's infinitive
        # on the noun of a phrase of its copula (vocabulary 1.212.0)
        out = [
            c
            for p in trigger.head.children
            if p.dep_ == "prep" and p.i > trigger.i
            for o in p.children
            if o.dep_ == "pobj"
            for c in o.children
            if c.dep_ == "acl" and to_infinitive(c)
        ]
    out += [c for c in trigger.children if c.dep_ in ("dobj", "compound")]
    out += [
        o
        for p in trigger.children
        if p.dep_ == "prep" and lemma(p) == "for"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # the gerund of its "on" ("planned on going home", "intent on attacking"; vocabulary
    # 1.334.0)
    out += [
        o
        for p in trigger.children
        if p.dep_ == "prep" and lemma(p) == "on"
        for o in p.children
        if o.dep_ == "pcomp" or (o.dep_ == "pobj" and o.tag_ == "VBG")
    ]
    return out


def medical_decision(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "The relatives agreed to take him off life support", "she agreed to undergo surgery",
    "the family consented to an autopsy": a decision on a patient's care, whoever makes it, is
    no agreement between parties ("agreed to release the prisoners" stays). Vocabulary
    1.258.0."""
    if not rule.intent or rule.type != "AGREE":
        return None
    care = ctx.vocab.words("medical_care_words")
    acts = _content_acts(trigger)
    if not acts:
        acts = [c for c in trigger.children if c.dep_ == "prep" and lemma(c) == "to"]
    words = [t for a in acts for t in a.subtree]
    if any(_medical_care(t, care) for t in words):
        return "a decision on medical care, no agreement"
    return None


def _medical_care(token: Token, care: frozenset[str]) -> bool:
    """A word of a patient's care: "surgery", "ventilator", or "life support" (the noun with
    "life" as its modifier; "support for the government" is none)."""
    if lemma(token) in care:
        return True
    return lemma(token) == "support" and any(
        c.dep_ in ("compound", "amod", "nmod") and lemma(c) == "life" for c in token.children
    )


def _political_intender(head: Token, ctx: Context) -> bool:
    """An actor whose intent CAMEO codes: a state, a people, a named person, or a word of a
    political or state role (government, rebels, opposition...); not a company, a team, a
    generic "you" or a crowd of fans."""
    if (entity_at(head, ctx) or "").lower() in ctx.vocab.words("intender_labels"):
        return True
    # a title in the name's phrase names the role ("Serbian President Vojislav Kostunica")
    return any(political_role_word(t, ctx) for h in expand([head]) for t in phrase_tokens(h))


def political_role_word(token: Token, ctx: Context) -> bool:
    """A word of a political or state role (`intender_roles`: government, rebels, police...)."""
    roles = ctx.vocab.words("intender_roles")
    return any(role in roles and word_in(token, words) for role, words in ctx.vocab.roles)


def hopeful_promising(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "early results are promising", "a promising start": "promising" said of something
    with no act promised means hopeful, not a promise ("promising to free them" is one)."""
    if not rule.intent or trigger.lower_ not in ctx.vocab.words("hopeful_forms"):
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "dobj", "dative") for c in trigger.children):
        return None
    # read as a progressive verb ("Stadia's performance is promising at worst"), it still
    # promises nothing when it has no content and a thing as its subject, whoever owns the
    # thing (version 1.124.0)
    subjects = [s for s in trigger.children if s.dep_ == "nsubj"]
    progressive = (
        any(c.dep_ == "aux" and lemma(c) == "be" for c in trigger.children)
        and bool(subjects)
        and all(s.pos_ == "NOUN" and not is_agentive(s, ctx) for s in subjects)
    )
    if trigger.dep_ not in ("acomp", "amod", "conj", "attr", "oprd") and not progressive:
        return None
    return "hopeful, not a promise"


def intent_to_everyday_act(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """ "Apple plans to launch a new phone", "I'm eager to try the recipe", "fans are ready for
    the final": a plain word of intent (plan, intend, ready, willing, eager) announcing an act
    that is no event of the vocabulary (an announced event would carry the intent itself) is
    an expressed intent to cooperate (CAMEO 03x) only when the act is one of cooperation
    ("willing to cooperate") or the intender a political actor ("the government plans to
    build ports")."""
    word = lemma(trigger)
    commissive = word in ctx.vocab.words("commissive_words")
    if not rule.intent or not (commissive or word in ctx.vocab.words("plain_intent_words")):
        return None
    if trigger.pos_ not in ("VERB", "ADJ", "NOUN"):
        return None
    acts = _content_acts(trigger)
    if not acts and not (commissive and trigger.pos_ == "NOUN" and actors):
        return None  # a stance ("they said they were ready"; a bare plan: the noun check)
    if actors and all(is_thing(a, ctx) and a.pos_ != "PRON" for a in actors):
        # only actors intend: "the core stage will be ready for shipment", "the bill is
        # ready for a vote" tell a thing's state (version 1.127.0)
        return "a thing ready, no intent"
    if not commissive and any(lemma(a) in ctx.vocab.words("imposition_verbs") for a in acts):
        # "the administration planned to impose a tariff": a measure imposed on others is
        # no cooperation, whoever intends it
        return "an intent to impose, no cooperation"
    measures = ctx.vocab.words("imposed_measures")
    imposed = [o for a in acts if a.pos_ == "VERB" for o in expand(_objects(a))]
    if not commissive and any(word_in(o, measures) for o in imposed):
        # "plans to push through budget cuts", "intends to raise taxes": a burden imposed
        # on others is no cooperation either (version 1.187.0)
        return "an intent to impose, no cooperation"
    cooperative = ctx.vocab.words("cooperation_acts")
    # the announced act's whole clause: "willing to send material to help defend X"; not a
    # clause of time on it, which tells what happened meanwhile ("were planning to hold an
    # office party when someone heard shots fired": the shots are no part of the plan)
    words = [t for a in acts for t in (_clause_without_time(a) if a.pos_ == "VERB" else (a,))]
    if not commissive and _journey_only(acts, words, ctx):
        # "announced plans to travel to an unnamed city": a trip, whoever makes it
        return "an intent to travel, no cooperation"
    if word in ctx.vocab.words("own_plan_words"):
        return _plan_on_its_own(trigger, words, actors, ctx)
    if any(lemma(t) in cooperative or match_rule(t, ctx.vocab) is not None for t in words):
        return None  # "willing to cooperate", "a plan for talks"
    if any(_reflexive_only(a) for a in acts):
        # "willing to humiliate himself": an act on oneself, no one cooperated with, whoever
        # intends it (vocabulary 1.312.0)
        return "an intent to an act on oneself, no cooperation"
    if any(_political_intender(a, ctx) for a in actors):
        return None
    if commissive and _pledge_of_aid(trigger, acts, ctx):
        return None  # "pledged $5 million", "offered the families shelter"
    if commissive and any(a.pos_ == "PRON" and a.lower_ in PERSONAL for a in actors):
        return None  # "his vow to keep politics out of sport": a person's, as a name's
    return "an intent to an everyday act"


_TIME_MARKS = frozenset({"when", "while", "as", "after", "before", "until", "once"})


def _clause_without_time(act: Token) -> list[Token]:
    """The act's clause less its adverbial clauses of time ("when someone heard shots"),
    what the plan is from what went on about it (vocabulary 1.382.6)."""
    timed = {
        t.i
        for c in act.children
        if c.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in _TIME_MARKS for m in c.children)
        for t in c.subtree
    }
    return [t for t in act.subtree if t.i not in timed]


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "oneself", "myself"})


def _reflexive_only(act: Token) -> bool:
    """A verb whose only object is a reflexive pronoun and that has no phrase naming another
    party ("humiliate himself before the union", "embarrass themselves"; not "defend itself
    against X", "align itself with X")."""
    objects = [c for c in act.children if c.dep_ == "dobj"]
    return (
        act.pos_ == "VERB"
        and bool(objects)
        and all(o.lower_ in _REFLEXIVES for o in objects)
        and not any(
            c.dep_ in ("dative", "ccomp", "xcomp")
            or (c.dep_ == "prep" and c.lower_ in ("with", "against", "to"))
            for c in act.children
        )
    )


def _plan_on_its_own(
    trigger: Token, words: Sequence[Token], actors: Sequence[Token], ctx: Context
) -> str | None:
    """ "The government announced plans to build an airport": a plan, whoever makes it, is no
    willingness to cooperate (PLOVER AGREE) unless it is one to cooperate with another party
    ("plans to hold talks with the rebels", "the two parties signed a peace plan", "presented
    a peace plan to both sides"). A plan to do a hostile act of the vocabulary is left to the
    speech acts (events_speech), which code its statement; the act itself is flagged future.
    The lead's ruling, thirty-fourth session (vocabulary 1.300.0)."""
    coded = [r for r in (match_rule(t, ctx.vocab) for t in words) if r is not None]
    if any(r.type not in COOPERATIVE_TYPES for r in coded):
        return None  # "plans to arrest them": the statement the speech acts code
    cooperative = ctx.vocab.words("cooperation_acts")
    if (coded or any(lemma(t) in cooperative for t in words)) and _other_party(
        trigger, words, actors, ctx
    ):
        return None
    return "a plan to act on its own"


def _other_party(
    trigger: Token, words: Sequence[Token], actors: Sequence[Token], ctx: Context
) -> bool:
    """A party besides the planners: named in the plan's clause ("with the rebels"), the one
    the plan is presented to ("to both sides"), or several planners ("the two parties")."""
    if len(actors) > 1 or any(c.dep_ == "nummod" for a in actors for c in a.children):
        return True
    own = {t.i for a in actors for t in a.subtree}
    named = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    given = recipients(trigger, ctx)
    if trigger.dep_ == "dobj":
        given += recipients(trigger.head, ctx)
    if any(not is_thing(g, ctx) for g in given):
        return True
    return any(t.i not in own and agentive_phrase(t, ctx) for t in named)


def _journey_only(acts: Sequence[Token], words: Sequence[Token], ctx: Context) -> bool:
    """Every act announced is a journey ("plans to travel", "made plans to return") and its
    clause names no meeting nor any act of cooperation ("plans to travel to Beijing for
    talks" announces the talks)."""
    journeys = ctx.vocab.words("journey_verbs")
    if not acts or not all(
        a.pos_ == "VERB"
        and lemma(a) in journeys
        and not any(c.dep_ == "dobj" for c in a.children)  # "plans to return the land"
        and match_rule(a, ctx.vocab) is None
        for a in acts
    ):
        return False
    cooperative = ctx.vocab.words("cooperation_acts")
    for t in words:
        if t in acts:
            continue
        rule = match_rule(t, ctx.vocab)
        if lemma(t) in cooperative or (rule is not None and rule.type in _MEETING_TYPES):
            return False
    return True


# acts a journey's clause may name that make the trip itself the intent to cooperate
_MEETING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT"})


def _objects(verb: Token) -> list[Token]:
    """What a verb acts on: its direct object, or the object of a "through" the parser hangs
    on it as a preposition ("push through budget cuts")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and lemma(prep) == "through":
            out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def _pledge_of_aid(trigger: Token, acts: Sequence[Token], ctx: Context) -> bool:
    """What a promise or an offer gives is aid or money, or it goes to an actor."""
    aid = ctx.vocab.words("aid_objects")
    if any(lemma(a) in aid or a.ent_type_ == "MONEY" for a in expand(list(acts))):
        return True
    if trigger.pos_ == "NOUN" and any(
        t.ent_type_ == "MONEY" for c in trigger.lefts for t in c.subtree
    ):
        return True  # "a $3 billion tender offer"
    return any(agentive_phrase(r, ctx) for r in recipients(trigger, ctx))
