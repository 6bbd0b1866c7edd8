"""Spanish arguments the small model's parse hides, found where a misparse leaves them: a
personal object set after adjuncts the parser cut off from the verb ("ejecutaron en el sitio
X, vereda Y a dos personas"), "a X y a Y", an object read as the apposition of the place
before it, the owner of attacked property, the people set after a passive whose subject the
parser took from a place, who placed the device that went off, who receives or reports
threats. Plus the small readers the argument rules share (time words, "por"-agents). Used by
events_es_verb_arguments and events_es_noun_arguments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import (
    OBLIQUE_DEPS,
    EsContext,
    agentive_phrase,
    entity_at,
    is_agentive,
)
from chronicler.annotate.events_es_case_doers import CRIME_TYPES, case_word
from chronicler.annotate.events_es_governors import displaced_object_of, governing_verb
from chronicler.annotate.events_es_morph import (
    case_of,
    is_participle,
    misread_governor,
    number_of,
    preterite_lemmas,
)
from chronicler.annotate.events_es_subjects import lemma_set, subjects
from chronicler.annotate.events_es_times import time_part
from chronicler.annotate.events_es_vocab import EsRule, EsVocab

if TYPE_CHECKING:
    from spacy.tokens import Token


def obliques(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in OBLIQUE_DEPS and case_of(c) in preps]


def phrase_obliques(trigger: Token, skip: set[int], preps: frozenset[str]) -> list[Token]:
    """What the phrase's own word (its index in `skip`) is told to be against or on, which
    the parser hangs on that word or on a clause on it: "el levantamiento de las sanciones
    contra Irán", "levantó las acusaciones que pesaban sobre el exministro"."""
    words = [c for c in trigger.children if c.i in skip]
    holders = words + [g for w in words for g in w.children if g.dep_ in ("acl", "acl:relcl")]
    return [t for h in holders for t in obliques(h, preps)]


def is_time(token: Token, vocab: EsVocab) -> bool:
    """A number or a time word (vocab time_words: "lunes", "marzo", "noche"), not an actor."""
    if token.ent_type_ in ("PER", "PERSON"):  # "a Julio", a man, not the month
        return False
    # ("el fin de semana", "a mediados de mayo": a part of a time span is one too)
    return (
        token.like_num
        or token.lemma_.lower() in vocab.words("time_words")
        or time_part(token, vocab)
    )


def agents(token: Token, ctx: EsContext) -> list[Token]:
    """ "por agentes del Sebin" (an actor), not "por traición" (a charge); "a manos de
    militares" (`hands_agent_cases`)."""
    cases = {"por"} | ctx.vocab.words("hands_agent_cases")
    named = [t for t in obliques(token, cases) if not is_time(t, ctx.vocab)]
    if case_word(token, ctx.vocab):
        # "detenidos por el asesinato de un periodista": the crime held for, no arrester
        # (events_es_case_doers; 1.159.0)
        named = [t for t in named if not (t.i in ctx.rules and ctx.rules[t.i].type in CRIME_TYPES)]
    direct = [t for t in named if ordered_by(t, ctx) is t and agentive_phrase(t, ctx)]
    if direct:  # "detenido por la policía por orden del juez": the police
        return direct
    found = (ordered_by(t, ctx) for t in named)
    return [t for t in found if t is not None and agentive_phrase(t, ctx)]


def ordered_by(agent: Token, ctx: EsContext) -> Token | None:
    """Who gave the order a "por"-phrase names as the doer ("detenido por orden del juez",
    "por órdenes de la Fiscalía", `order_agent_nouns`): the one ordering, since an order acts
    through whoever obeys it. An order naming no one names no doer ("por orden judicial");
    any other agent is itself."""
    if not lemma_set(agent, ctx.vocab) & ctx.vocab.words("order_agent_nouns"):
        return agent
    return next(
        (c for c in agent.children if c.dep_ in ("nmod", "obl") and case_of(c) == "de"), None
    )


def names_place(token: Token, ctx: EsContext) -> bool:
    """A place noun ("vereda", place_kinds) or the name right after one ("la vereda El
    Roble"). (Not by the LOC label alone, which the small model gives people too.)"""
    places = ctx.vocab.words("place_kinds")
    if lemma_set(token, ctx.vocab) & places:
        return True
    if token.pos_ != "PROPN":
        return False
    before = [t for t in token.doc[max(0, token.i - 3) : token.i] if t.pos_ != "DET"]
    return bool(before) and bool(lemma_set(before[-1], ctx.vocab) & places)


def postposed_people(trigger: Token, ctx: EsContext) -> list[Token]:
    """The first phrase naming people after the verb with no preposition of its own, wherever
    the parser hung it ("fueron asesinados de varios impactos de bala, tres personas")."""
    for tok in trigger.subtree:
        if tok.i <= trigger.i or tok.i in ctx.rules or not nominal(tok):
            continue
        if case_of(tok) is None and not is_time(tok, ctx.vocab) and agentive_phrase(tok, ctx):
            return [tok]
    return []


def nominal(token: Token) -> bool:
    """A noun phrase's head, also an adjective used as a noun: "a un menor de edad", "a los
    heridos" (an adjective with an article of its own)."""
    if token.pos_ in ("NOUN", "PROPN", "PRON"):
        return True
    return token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children)


def property_owner(thing: Token, ctx: EsContext) -> Token:
    """Whom an act against a thing is against: the owner its "de"-phrase names ("un bus de la
    empresa X", "la casa del alcalde", "la estación de policía"), else the thing itself ("la
    torre de energía"); not a place it stands in ("edificios de esta población")."""
    if is_agentive(thing, ctx):
        return thing
    places = ctx.vocab.words("place_kinds")
    owners = [
        c for c in thing.children
        if c.dep_ == "nmod" and case_of(c) == "de" and not is_time(c, ctx.vocab)
        and not lemma_set(c, ctx.vocab) & places
        and not goods_read_as_name(c)
        and (agentive_phrase(c, ctx) or any(is_agentive(a, ctx) for a in c.children
                                            if a.dep_ in ("appos", "flat")))
    ]  # fmt: skip
    return owners[0] if owners else thing


def goods_read_as_name(head: Token) -> bool:
    """A lowercase word the model tags as a name, alone in its phrase: what a thing holds or
    is made of, no owner ("un camión de whisky", "una bodega de champán"); a name is written
    with a capital ("un bus de Transmilenio")."""
    return (
        head.pos_ == "PROPN"
        and head.text.islower()
        and not any(c.dep_ in ("det", "flat", "appos", "nmod", "amod") for c in head.children)
    )


def displaced_objects(trigger: Token, ctx: EsContext) -> list[Token]:
    """A thing object read as the apposition of the place before it ("dinamitaron en el sitio
    La Perra, una tractomula"); not a description of the place ("en Arauca, una región
    petrolera": place_kinds)."""
    places = ctx.vocab.words("place_kinds")
    return [
        t for obl in trigger.children if obl.dep_ == "obl" for t in obl.subtree
        if displaced_object_of(t) == trigger and not lemma_set(t, ctx.vocab) & places
        and entity_at(t, ctx) not in ("LOC", "GPE")
    ][:1]  # fmt: skip


def coordinated_personal(trigger: Token, ctx: EsContext) -> list[Token]:
    """A second personal object the parser hung on the verb as a conjunct: "secuestraron a dos
    geólogos y a un ingeniero" ("ingeniero" conj of the verb). Only after a first "a"-object
    of the verb, and one marked with "a" itself: "a X y a Y" coordinates people, so the first
    is people too ("geólogos", a word no list holds)."""
    first = [
        c for c in trigger.children
        if c.dep_ in ("obj", "obl", "iobj") and c.i > trigger.i and case_of(c) == "a"
        and nominal(c) and not is_time(c, ctx.vocab)
    ]  # fmt: skip
    if not first:
        return []
    people = [
        c for c in (*trigger.children, *first[0].children)  # (or as the first's conjunct)
        if c.dep_ == "conj" and c.i > first[0].i and case_of(c) == "a" and nominal(c)
        and agentive_phrase(c, ctx) and not is_time(c, ctx.vocab)
    ]  # fmt: skip
    return [first[0], *people] if people else []


# How far after the verb a personal object cut off from it by a misparse is looked for.
_FOLLOWING_REACH = 25


def acts_on_someone(rule: EsRule, ctx: EsContext) -> bool:
    """The rule's "a"-phrase can be whom the act is done to (a rule with a personal or thing
    object, or "a" among its target prepositions): not a protest's "a" ("contra la visita de
    X a Gaza") nor a movement's, which is where to."""
    transitive = rule.person_object or rule.thing_object or "a" in rule.target_preps
    return (
        transitive
        and not protests_a_thing(rule)
        and rule.mode not in ctx.vocab.words("movement_modes")
    )


def protests_a_thing(rule: EsRule) -> bool:
    """A demonstration whose object is what it is against ("protestaron el alza"): told as
    the object or not at all, never a phrase found elsewhere nor the thing's owner."""
    return rule.type == "PROTEST" and rule.mode == "demo" and rule.thing_object


def following_personal(trigger: Token, rule: EsRule, ctx: EsContext) -> list[Token]:
    """A personal object set after adjuncts that the parser cut off from the verb altogether:
    "ejecutaron en el sitio Vuelta, vereda Corinto a dos personas" (the place word read as the
    verb that takes "a dos personas"), "asesinaron en una casa ..., hacia las 2:00 a. m., a dos
    hombres" (the abbreviation read as a sentence end). Read in word order: the first "a"
    phrase naming people, before any other clause (a verb not above the trigger, a relative or
    subordinate clause, another event) and before a real sentence end (a stop before a
    capital). Only the first such phrase, and only for an act done to someone (a rule with a
    personal or thing object, or "a" among its target prepositions): not a protest's "a"
    ("contra la visita de X a Gaza") nor a movement's, which is where to."""
    if not acts_on_someone(rule, ctx):
        return []
    doc = trigger.doc
    above = set(trigger.ancestors)
    reporting = ctx.vocab.words("reporting_verbs")
    for tok in doc[trigger.i + 1 : min(len(doc), trigger.i + _FOLLOWING_REACH)]:
        if "\n" in tok.text or tok.i in ctx.rules or tok.lower_ in _CLAUSE_OPENERS:
            return []
        # (a verb the parser set above the act, "vereda" read as one, is no other clause)
        verb = tok.pos_ in ("VERB", "AUX")
        if verb and (tok not in above or lemma_set(tok, ctx.vocab) & reporting):
            return []
        if tok.is_sent_end and tok.text in ".!?" and _capital_after(tok):
            return []
        head = tok.head
        if tok.dep_ != "case" or tok.lower_ not in ("a", "al") or head.i < tok.i:
            continue
        if not nominal(head) or case_of(head) != "a":  # ("a través de": a means)
            continue
        personal = agentive_phrase(head, ctx) and not is_time(head, ctx.vocab)
        return [head] if personal and head.i not in ctx.rules else []
    return []


# Words opening a clause of its own: what follows them is not the verb's object.
_CLAUSE_OPENERS = frozenset({"que", "quien", "quienes", "cual", "cuales", "donde", "cuando",
                             "mientras", "porque", "pero", "aunque", "si"})  # fmt: skip


def _capital_after(token: Token) -> bool:
    """A stop followed by a capital (or nothing): a sentence end, not an abbreviation's dot."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is None or nxt.text[:1].isupper()


# How deep under an explosives event the device it names is looked for.
_DEVICE_DEPTH = 3


def device_agents(trigger: Token, ctx: EsContext) -> list[Token]:
    """Who set the device off is who placed, carried or threw it, named as the agent of a
    participle or relative clause on the device: "murió al pisar una mina instalada por la
    guerrilla", "la explosión de una granada que era transportada por otra persona"."""
    devices = ctx.vocab.words("explosive_devices")
    level = [trigger]
    for _ in range(_DEVICE_DEPTH):
        level = [c for t in level for c in t.children if c.dep_ not in ("punct", "conj")]
        for noun in level:
            named = lemma_set(noun, ctx.vocab) | {
                w for c in noun.children if c.dep_ == "amod" for w in lemma_set(c, ctx.vocab)
            }
            if noun.pos_ != "NOUN" or not named & devices:
                continue
            for clause in noun.children:
                if clause.dep_ in ("acl", "acl:relcl", "amod") and is_participle(clause):
                    found = agents(clause, ctx)
                    if found:
                        return found
    return []


def threat_receivers(trigger: Token, ctx: EsContext) -> list[Token]:
    """Whom threats that name no victim are against: who receives or reports them ("el
    contralor recibió amenazas contra su vida", "el presidente del sindicato denunció amenazas
    de muerte"), also where an unaccented verb ("recibio", "denuncio") was misread as a noun
    or an adjective after the subject and its comma."""
    verbs = ctx.vocab.words("receive_verbs") | ctx.vocab.words("threat_report_verbs")
    verb, link = governing_verb(trigger)
    if verb is not None and link == "obj" and lemma_set(verb, ctx.vocab) & verbs:
        found = [s for s in subjects(verb) if s.i != trigger.i]
        if not found and verb.dep_ == "ccomp":  # "X afirmó que recibe amenazas": X, if agreeing
            found = [h for h in subjects(verb.head) if number_of(h) == number_of(verb)]
        return found
    misread = misread_governor(trigger)
    if misread is not None and preterite_lemmas(misread[0]) & verbs:
        return [misread[1]]
    return []
