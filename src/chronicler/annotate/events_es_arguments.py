"""Arguments of a Spanish trigger: who acts and who undergoes, read from the UD parse.

Verb triggers: the subject acts, the object (with or without personal "a") undergoes; in the
passive ("fue detenido por agentes") and with a passive "se" ("se liberó a cinco presos") the
subject or object undergoes and a "por"-phrase naming an actor acts. Noun triggers: the
"de"-object, a possessive ("su detención"), a named organiser ("convocada por X") and the
subject of the verb governing the noun. Recipients the act itself leaves unnamed are read
from around it: what a protest is against or about (its purpose or manner), whom a demand is
made of, whom a threat is against. A reciprocal act ("X y Y se enfrentaron", "combate entre X
y Y") has its first side as actor and the other as target, and is marked reciprocal. The small
model's misreadings are repaired where they follow a pattern: a personal object buried in an
oblique ("ejecutaron en sitio no precisado, a cuatro personas"), a place list hung on the verb
after a comma, an unaccented preterite read as an adjective of its subject ("Un grupo armado
asesino a un campesino"), "de sus depósitos" flattened beside "en reclamo". Subjects and
the word-form tests live in events_es_subjects, participants and pronouns in events_es_args;
the arguments a misparse hides, found where it leaves them, in events_es_hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_place_name
from chronicler.annotate.events_es_args import (
    OBLIQUE_DEPS,
    RELATIVE_PRONOUNS,
    EsContext,
    adjective_complement,
    agentive_phrase,
    entity_at,
    is_agentive,
    phrase_tokens,
)
from chronicler.annotate.events_es_hidden import (
    agents,
    coordinated_personal,
    device_agents,
    displaced_objects,
    following_personal,
    is_time,
    names_place,
    nominal,
    obliques,
    postposed_people,
    property_owner,
    threat_receivers,
)
from chronicler.annotate.events_es_protest import (
    ADDRESSED_TYPES,
    AGAINST_TYPES,
    addressees,
    asked_of,
    causes,
    condition_subjects,
    doers,
    episode_object_doer,
    frame_targets,
    manner_verb,
    outside_subject,
    participles,
    purpose_addressees,
    responsible,
    shared_of,
    state_holder,
    verb_against,
)
from chronicler.annotate.events_es_subjects import (
    case_of,
    feats,
    governing_verb,
    is_participle,
    is_se,
    lemma_set,
    misread_modifier,
    number_of,
    object_control,
    own_subjects,
    perfect_clitic,
    singular,
    subjects,
    undergoer_subject,
)
from chronicler.annotate.events_es_vocab import EsRule
from chronicler.annotate.events_vocab import NO_EVENT

if TYPE_CHECKING:
    from spacy.tokens import Token


def oblique_agents(token: Token, ctx: EsContext) -> list[Token]:
    """A passive's "por"-agent that the parser hung on the oblique before it: "fue muerta de
    varios impactos de bala, por hombres armados" ("por hombres" under "impactos")."""
    found: list[Token] = []
    for obl in (c for c in token.children if c.dep_ in OBLIQUE_DEPS and c.i > token.i):
        # (or deeper: "de varios impactos de arma de fuego, por hombres armados")
        found += agents(obl, ctx) or oblique_agents(obl, ctx)
    return found


@dataclass(frozen=True)
class Arguments:
    actors: list[Token]
    targets: list[Token]
    zero_subject: str | None  # "actor" | "target": a dropped subject plays this part
    clitic_object: bool = False  # "liberarlo": the object is a pronoun glued to the verb


def verb_arguments(trigger: Token, rule: EsRule, ctx: EsContext, skip: set[int]) -> Arguments:
    """Actors and targets of a verb (or participle, or adjective) trigger."""
    # "detuvo al opositor cuando protestaba": the one acted on protests, not the police
    all_subjects = episode_object_doer(trigger, rule, ctx) or subjects(trigger)
    subj = [s for s in all_subjects if s.i not in skip and not _thing_relative(s, trigger, ctx)]
    # "se" as a word, or glued to an infinitive ("sublevarse": Reflex=Yes on the verb)
    reflexive = any(is_se(c) for c in trigger.children) or "Yes" in feats(trigger, "Reflex")
    se = reflexive and not rule.pronominal
    passive = undergoer_subject(trigger) or se
    objects = [
        c
        for c in trigger.children
        if c.dep_ in ("obj", "iobj")
        and c.i not in skip
        and not is_se(c)
        and c.i not in ctx.rules
        and case_of(c) in (None, "a")
        and not (rule.object_place or is_time(c, ctx.vocab))
        and c.lower_ not in _MEANS  # "a traves de un comunicado", read as a noun
        and c.pos_ not in _NO_OBJECT  # "p" of a split "p. m.", read as the object
        and not adjective_complement(c)  # "a un dirigente cercano al gobierno"
    ]
    personal = [
        c
        for c in trigger.children
        if c.dep_ == "obl"
        and case_of(c) == "a"
        and agentive_phrase(c, ctx)
        and not adjective_complement(c)
    ]
    personal += coordinated_personal(trigger, ctx)
    if trigger.dep_ == "xcomp" and not objects and not object_control(trigger.head):
        # "prometió excarcelar a los presos": the parser hung the object on "prometió"
        # (or as an oblique: "comenzó a abuchear al primer ministro")
        personal += [
            c
            for c in trigger.head.children
            if case_of(c) == "a"
            and c.i > trigger.i
            and (c.dep_ == "obj" or (c.dep_ == "obl" and agentive_phrase(c, ctx)))
        ]
    # "atacaron el puesto de policía ..., TOLIMA": a place list the parser hangs on the verb
    if misread_modifier(trigger):  # "Un grupo armado asesino a un campesino": read on
        personal += _after_misread(trigger, ctx)  # the subject noun, after the verb
    if rule.mode in ctx.vocab.words("movement_modes") and any(o.dep_ == "obj" for o in objects):
        # "lo envió al Vaticano", "desterró a los presos a Estados Unidos": with the people
        # sent as the object, an "a"-phrase beside it is where to, not a second target
        personal = [p for p in personal if p.dep_ != "obl"]
        objects = [o for o in objects if not (o.dep_ == "iobj" and case_of(o) == "a")]
    named = [o for o in objects if not _bare_place(o, ctx)]
    if not named and not personal and not passive and rule.subject != "target":
        personal += buried_personal(trigger, rule, ctx) or following_personal(trigger, rule, ctx)
    if not named and not personal and rule.thing_object and not passive:
        objects = named = displaced_objects(trigger, ctx)
    if named or personal:
        objects = named
    # "concedió asilo al exministro": a personal object outranks the thing given.
    people = [o for o in objects if case_of(o) == "a" or o.pos_ in ("PRON", "PROPN")] + personal
    # an attack's or a seizure's object may be a thing ("dinamitaron el puente")
    objects = people or [o for o in objects if rule.thing_object or agentive_phrase(o, ctx)]
    if not people and rule.thing_object:  # "dinamitaron una tractomula de la multinacional X"
        objects = [property_owner(o, ctx) for o in objects]
    if (passive or rule.subject == "target") and rule.mode in ctx.vocab.words("movement_modes"):
        objects = [o for o in objects if case_of(o) != "a"]  # "desterrado a España": where to
    actors: list[Token] = []
    targets: list[Token] = []
    zero = None
    if passive and any(names_place(s, ctx) for s in subj):
        # "En el sitio X, vereda Y fueron asesinados ..., tres personas": the place is no
        # undergoer; the people set after the verb are
        subj = [s for s in subj if not names_place(s, ctx)]
        if not subj and not objects:
            subj = postposed_people(trigger, ctx)
    if passive:
        targets += subj + objects
        by = agents(trigger, ctx) or oblique_agents(trigger, ctx)
        actors += by or circumstance_actors(trigger, ctx)
        zero = None if subj or objects else "target"
    elif rule.subject == "target":
        targets += subj
        zero = None if subj else "target"
        if rule.mode == "explosives":  # "murió al pisar una mina instalada por X"
            actors += device_agents(trigger, ctx)
        elif rule.type == "ASSAULT":  # "murieron en un ataque de X": X killed them
            actors += circumstance_actors(trigger, ctx)
    else:
        actors += event_parties(subj, ctx) or _purpose_of_event(trigger, ctx)
        targets += objects
        zero = None if actors else "actor"
    if not targets:
        # "lanzaron piedras contra la policía": the parser may hang "contra X" on the object
        things = [c for c in trigger.children if c.dep_ == "obj"]
        found = [t for h in (trigger, *things) for t in obliques(h, rule.target_preps)]
        found += _adverbial_preps(trigger, rule.target_preps)
        found = [o for t in found if not (case_of(t) == "por" and _route(t, ctx))
                 for o in owner(t, ctx)]  # fmt: skip
        # not a time: "por la noche"
        targets += [t for t in found if t.i not in skip and not is_time(t, ctx.vocab)]
    if zero == "target" and trigger.dep_ == "ccomp":
        # "los detenidos denunciaron que fueron torturados": the matrix subject, if it agrees;
        # not one who speaks for another ("su familia aseguró que fue golpeada": she was)
        proxies = ctx.vocab.words("proxy_nouns")
        agreeing = [
            h
            for h in subjects(trigger.head)
            if number_of(h) == number_of(trigger) and not lemma_set(h, ctx.vocab) & proxies
        ]
        if agreeing:
            targets += agreeing
            zero = None
    participial = (trigger.pos_ == "ADJ" and trigger.dep_ == "amod") or (
        # "dos hermanos ... fueron ejecutados por X", read as a clause on the noun
        passive and trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN")
        and trigger.head.i < trigger.i and not any(c.lower_ in RELATIVE_PRONOUNS
                                                   for c in trigger.children)
    )  # fmt: skip
    if zero is not None and participial:
        targets.append(trigger.head)  # "el periodista detenido el lunes por la policía"
        zero = None
    if all_subjects and not subj:
        zero = None  # the subject is the trigger's own phrase word ("su liberación fue negociada")
    if zero is not None and not singular(trigger):
        zero = None  # "detuvieron a X": an impersonal plural, nobody named
    # "decidió liberarlo": an accusative pronoun glued to the infinitive or gerund
    glued = " " in trigger.lemma_ and "Acc" in feats(trigger, "Case") and not reflexive
    carrier = trigger if glued else perfect_clitic(trigger)  # or to "haberlo detenido"
    clitic = (
        carrier is not None and not passive and not objects and "Sing" in feats(carrier, "Number")
    ) or (not passive and not objects and _clitic_read_as_article(trigger, ctx))
    # "concederle asilo": a dative pronoun glued to the verb is whom it goes to
    dative = " " in trigger.lemma_ and "Dat" in feats(trigger, "Case") and not reflexive
    clitic = clitic or (
        dative and not passive and not targets and "Sing" in feats(trigger, "Number")
    )
    if targets and not passive:  # "lo envió al Vaticano junto con el obispo X": X too
        targets += [c for c in _companions(trigger, ctx) if c.i > objects_end(targets)]
    if rule.type == "PROTEST":  # whom a protest is against, besides the road it blocks
        targets += [t for t in purpose_targets([trigger], ctx) if t not in targets]
        if not targets:  # "protestaron para que el ministro retire el decreto"
            targets += purpose_addressees([trigger], ctx)
        targets += [t for t in verb_against(trigger, ctx) if t not in targets]
    if rule.type == "REQUEST" and not targets and not passive:
        targets += asked_of(trigger, ctx)  # "exigen del Gobierno una garantía"
    if rule.type in ("REQUEST", "ACCUSE") and not targets and not passive:
        targets += demanded_of(trigger, ctx, holders=rule.type == "REQUEST")
    if rule.type == "THREATEN" and not targets and not passive:
        targets += threatened(trigger, ctx) or condition_subjects(trigger, ctx)
    if rule.type in AGAINST_TYPES:  # "protestaron contra una operación lanzada por X": X
        targets += doers(targets, ctx)
    return Arguments(actors, targets, zero, clitic)


def _companions(trigger: Token, ctx: EsContext) -> list[Token]:
    """People an act names as going along with one of its parties ("junto con X")."""
    preps = ctx.vocab.words("companion_preps")
    return [
        c for c in trigger.children
        if c.dep_ == "obl" and case_of(c) in preps and agentive_phrase(c, ctx)
    ]  # fmt: skip


def objects_end(tokens: list[Token]) -> int:
    """The last token index of these phrases: a companion named after them goes with them,
    one named before the verb goes with its subject."""
    return max(t.i for tok in tokens for t in tok.subtree)


def _thing_relative(subject: Token, trigger: Token, ctx: EsContext) -> bool:
    """ "el asilo político que ha solicitado": the parser makes "que" the subject, but what it
    stands for, an act (a noun of the vocabulary), is what the clause's act asks for or
    does; the subject is dropped (the one asking). Only "que" on a clause of that noun."""
    return (
        subject.lower_ == "que"
        and trigger.dep_ in ("acl", "acl:relcl")
        and trigger.head.pos_ == "NOUN"
        and (trigger.head.i in ctx.rules or _act_noun(trigger.head, ctx))
        and not agentive_phrase(trigger.head, ctx)
    )


def _act_noun(noun: Token, ctx: EsContext) -> bool:
    """A noun some rule of the vocabulary lists ("asilo", "liberación"), wherever it sits."""
    lemmas = lemma_set(noun, ctx.vocab)
    return any(lemmas & r.nouns for r in ctx.vocab.rules if r.type != NO_EVENT)


def _clitic_read_as_article(verb: Token, ctx: EsContext) -> bool:
    """ "la Fiscalía la acusa": the model hangs the object pronoun on the verb as a
    determiner; no determiner depends on a verb, so it is the (one-person) object clitic."""
    clitics = ctx.vocab.words("object_clitics")
    return any(c.dep_ == "det" and c.i < verb.i and c.lower_ in clitics for c in verb.children)


# Word classes that head no noun phrase, whatever label the parser gives them.
_NO_OBJECT = frozenset({"CCONJ", "SCONJ", "PUNCT", "ADP", "ADV"})


def counted_of(noun: Token, ctx: EsContext) -> list[Token]:
    """The "de"-object of an event noun the parser hung under a quantity it read as the noun's
    number: "una marcha de miles de campesinos" ("miles" nummod of "marcha")."""
    quantities = ctx.vocab.words("quantity_nouns")
    return [
        q for q in noun.children
        if q.dep_ == "nummod" and q.i > noun.i and lemma_set(q, ctx.vocab) & quantities
        and any(g.dep_ == "nmod" and case_of(g) == "de" and agentive_phrase(g, ctx)
                for g in q.children)
    ][:1]  # fmt: skip


def event_parties(heads: list[Token], ctx: EsContext) -> list[Token]:
    """An event noun as the subject stands for the ones who do it: "una marcha de miles de
    campesinos protestó" (the peasants). Without named parties it stays."""
    out: list[Token] = []
    for head in heads:
        rule = ctx.rules.get(head.i)
        if rule is None or not rule.of_actor or head.pos_ != "NOUN":
            out.append(head)
            continue
        own = noun_arguments(head, rule, ctx, set()).actors
        out += own or [head]
    return out


def circumstance_actors(trigger: Token, ctx: EsContext) -> list[Token]:
    """Who hurt the casualties of a violent event told as their circumstance: "durante un
    combate entre X y Y resultaron heridos dos militares" (both sides of the clash), "murieron
    en el ataque de X" (X). The circumstance is an attack or clash noun under a time
    preposition or "en", on the casualty word or on the verb it completes ("resultaron").
    An operation noun (data: operation_nouns) names who did an act done in it by its
    agentive modifier: "detenido en un operativo policial", "en un allanamiento de la
    Policía"."""
    preps = ctx.vocab.words("time_preps") | {"en"}
    anchors = [trigger]
    if trigger.dep_ in ("obj", "xcomp") and trigger.head.pos_ == "VERB":
        anchors.append(trigger.head)  # "resultaron heridos": read as the object of "resultar"
    # "dos murieron y tres resultaron heridas en un ataque": casualties told together share
    # the circumstance the parser hangs on the last of them
    joined = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")]
    anchors += joined + [
        g for c in joined for g in c.children if g.dep_ in ("obj", "xcomp") and g.pos_ == "ADJ"
    ]
    for anchor in anchors:
        for circ in anchor.children:
            if circ.pos_ != "NOUN" or case_of(circ) not in preps:
                continue
            rule = ctx.rules.get(circ.i)
            if rule is None or rule.type != "ASSAULT":
                if circ.lemma_.lower() in ctx.vocab.words("operation_nouns"):
                    doers = [
                        c
                        for c in circ.children
                        if c.dep_ in ("amod", "nmod")
                        and case_of(c) in ("de", None)
                        and is_agentive(c, ctx)
                    ]
                    if doers:
                        return doers
                continue
            args = noun_arguments(circ, rule, ctx, set())
            return args.actors + (args.targets if rule.reciprocal else [])
    return []


# "a través de" as the unaccented text's parser reads it: a noun "traves" after "a".
_MEANS = frozenset({"través", "traves"})
# How deep under the verb's obliques a misplaced personal object is looked for.
_BURIED_DEPTH = 3


def buried_personal(trigger: Token, rule: EsRule, ctx: EsContext) -> list[Token]:
    """A personal object ("a" + people) the parser hung inside an oblique of the verb: "ejecutaron
    en sitio no precisado, a cuatro personas", "dio muerte de un impacto en la cabeza a un
    menor", "amenazaron a través de una lista a los jóvenes". Not inside a phrase that is
    the act's target already ("protestaron contra la visita del ministro a Caracas": the visit,
    not Caracas), nor for a movement, whose "a" is where to."""
    if rule.mode in ctx.vocab.words("movement_modes"):
        return []
    # (or in a participle clause: "en un lugar no precisado, a tres campesinos")
    level = [
        c for c in trigger.children
        if (c.dep_ in ("obl", "obj") or c.pos_ == "ADJ") and c.i > trigger.i
        and (case_of(c) == "a" or case_of(c) not in rule.target_preps)
    ]  # fmt: skip
    for _ in range(_BURIED_DEPTH):
        found = [
            t for t in level
            if case_of(t) == "a" and nominal(t)
            and agentive_phrase(t, ctx) and not is_time(t, ctx.vocab) and t.i not in ctx.rules
        ]  # fmt: skip
        if found:
            return found[:1]
        deps = ("nmod", "obl", "amod", "appos", "obj")  # ("con rumbo desconocido a un campesino")
        level = [c for t in level for c in t.children if c.dep_ in deps]
    return []


def _purpose_of_event(trigger: Token, ctx: EsContext) -> list[Token]:
    """Who acts in the purpose of an event noun is who does that event: "la marcha de dos mil
    campesinos para exigir la reforma" (the marchers demand)."""
    noun = trigger.head
    if trigger.dep_ != "acl" or noun.i not in ctx.rules or noun.pos_ != "NOUN":
        return []
    if not any(c.dep_ == "mark" and c.lower_ == "para" for c in trigger.children):
        return []
    if not ctx.rules[noun.i].of_actor:
        return []
    return [
        c for c in noun.children
        if c.dep_ == "nmod" and case_of(c) == "de" and agentive_phrase(c, ctx)
    ]  # fmt: skip


def _after_misread(trigger: Token, ctx: EsContext) -> list[Token]:
    """The object of a preterite read as an adjective of its subject: what the parser hung on
    that noun after the verb, a personal "a"-phrase or a bare noun."""
    for c in sorted([*trigger.head.children, *trigger.children], key=lambda t: t.i):
        if c.i <= trigger.i or c.i in ctx.rules:
            continue
        case = case_of(c)
        if case == "a" and agentive_phrase(c, ctx) and not is_time(c, ctx.vocab):
            return [c]
        if case is None and c.dep_ in ("appos", "obj", "nmod") and c.pos_ in ("NOUN", "PROPN"):
            return [c]
    return []


def _adverbial_preps(token: Token, preps: frozenset[str]) -> list[Token]:
    """ "se concentraron frente a Naciones Unidas": the parser reads "frente" as an adverb
    with "a X" under it."""
    return [
        o
        for adv in token.children
        if adv.dep_ == "advmod" and adv.lower_ in preps
        for o in adv.children
        if o.dep_ in OBLIQUE_DEPS and case_of(o) in ("a", "de")
    ]


def owner(target: Token, ctx: EsContext) -> list[Token]:
    """Who an act against a life is against: "contra la vida del gobernador" is against the
    governor; "contra su vida" leaves it to the clause ("recibió amenazas contra su vida":
    the one who received them)."""
    if not lemma_set(target, ctx.vocab) & ctx.vocab.words("life_nouns"):
        return [target]
    return [c for c in target.children if c.dep_ == "nmod" and case_of(c) == "de"]


def _bare_place(obj: Token, ctx: EsContext) -> bool:
    """A second object that is a place, or a name set off by a comma, with no preposition:
    the parser hangs a trailing place ("..., TOLIMA, PLANADAS") on the verb."""
    if case_of(obj) is not None:
        return False
    after_comma = obj.i > 0 and obj.doc[obj.i - 1].text == ","
    # ("ejecutaron en la vereda El Roble a X": the name of the place just named)
    return (
        entity_at(obj, ctx) in ("LOC", "GPE")
        or (obj.pos_ == "PROPN" and after_comma)
        or names_place(obj, ctx)
    )


def armed_doer(of_phrase: Token, rule: EsRule, ctx: EsContext) -> bool:
    """The "de"-phrase of an attack noun names who attacks when it names an armed actor (a
    role of the rule's `of_actor_roles`, or an attacker noun): "el ataque de los
    paramilitares"; other people are the attacked: "el ataque de los campesinos"."""
    if not rule.of_actor_roles:
        return False
    armed = ctx.vocab.role_words(rule.of_actor_roles) | ctx.vocab.words("attacker_nouns")
    return any(lemma_set(t, ctx.vocab) & armed for t in phrase_tokens(of_phrase))


def noun_arguments(trigger: Token, rule: EsRule, ctx: EsContext, skip: set[int]) -> Arguments:
    """Actors and targets of a noun trigger: "la detención de X por agentes", "su liberación",
    "el gobierno ordenó la excarcelación de X", "partió al exilio"."""
    actors: list[Token] = []
    targets: list[Token] = []
    topic = _flattened_topic(trigger, ctx)
    if topic is not None and rule.type == "PROTEST":
        targets.append(topic)
    if rule.of_agent and trigger.dep_ == "fixed" and trigger.head.dep_ == "case":
        # "a petición de la Fiscalía" parsed as one preposition: its object asks
        asker = trigger.head.head
        if asker.i != trigger.i and agentive_phrase(asker, ctx):
            actors.append(asker)
    for child in trigger.children:
        if child.i in skip or child is topic:
            continue
        case = case_of(child)
        if child.dep_ == "det" and "Yes" in feats(child, "Poss"):
            (actors if rule.poss == "actor" else targets).append(child)
        elif child.dep_ in ("nmod", "obl") and case == "de" and not is_time(child, ctx.vocab):
            if child.i in ctx.rules:
                # "una marcha de protesta contra X": one act, whose target may hang on the
                # second noun; neither is the actor
                targets += [
                    g for g in child.children
                    if g.dep_ in ("nmod", "obl") and case_of(g) in rule.target_preps
                ]  # fmt: skip
                continue
            custody = rule.mode in ctx.vocab.words("custody_modes")
            if rule.object_place and (names_place(child, ctx) or is_place_name(child.text)):
                continue  # "su salida del país", "su huida de Venezuela": where from
            if lemma_set(child, ctx.vocab) & ctx.vocab.words("kind_nouns"):
                continue  # "un paro de labores", "una huelga de brazos caídos": what kind
            if lemma_set(child, ctx.vocab) & rule.objects:
                targets.append(child)  # "el bloqueo de los puertos": what is blocked
            elif agentive_phrase(child, ctx) or rule.of_actor or custody:
                # "a petición de la Fiscalía": the Fiscalía asks (of_agent)
                doer = rule.of_actor or rule.of_agent or armed_doer(child, rule, ctx)
                (actors if doer else targets).append(child)
        elif (
            child.dep_ in ("nmod", "obl")
            and case == "por"
            and "por" not in rule.target_preps  # "la protesta por las declaraciones": why
            and agentive_phrase(child, ctx)
        ):
            if not _route(child, ctx):  # "una marcha por el centro de La Paz": where
                actors.append(child)
        elif child.dep_ in ("nmod", "obl") and case in rule.target_preps:
            if not (case == "por" and _route(child, ctx)):  # "una marcha por el centro"
                targets += owner(child, ctx)
        elif child.dep_ in ("nmod", "obl") and case == "entre" and rule.reciprocal:
            actors.append(child)  # "combate entre guerrilleros y tropas": both sides
    if rule.of_actor and not actors:
        actors += counted_of(trigger, ctx) or shared_of(trigger, ctx)
    anchor = trigger
    frames = ctx.vocab.words("attempt_nouns") | ctx.vocab.words("frame_nouns")
    warrants = ctx.vocab.words("warrant_nouns")
    if trigger.dep_ == "nmod" and lemma_set(trigger.head, ctx.vocab) & (frames | warrants):
        anchor = trigger.head  # "el intento de golpe fue liderado por X", "una jornada de protesta"
    if anchor is not trigger and lemma_set(anchor, ctx.vocab) & warrants and not targets:
        # "emitió una orden de aprehensión contra X": whom the warrant names
        targets += [c for c in anchor.children if c.dep_ == "nmod" and case_of(c) == "contra"]
    if not actors:  # a named organiser outranks the subject of the verb taking the noun
        actors += _organisers(trigger, anchor, rule, ctx) or responsible(trigger, ctx)
    if not targets:
        # "un ataque cometido por X contra un bar": what the doer's act is against (which the
        # parser may hang on the doer: "por los rebeldes contra el cuartel")
        acls = _organised(trigger, anchor, ctx)
        hosts = acls + [a for acl in acls for a in agents(acl, ctx)]
        targets += [
            t for h in hosts for t in obliques(h, rule.target_preps | {"contra"})
            if not (is_time(t, ctx.vocab) or case_of(t) == "por")
        ]  # fmt: skip
    imposed = imposed_on(trigger, ctx) if rule.subject == "target" and not targets else None
    if imposed is not None and imposed[1]:
        # "un juez le impuso prisión preventiva": the judge holds him, he is held
        actors += [] if actors else imposed[0]
        targets += imposed[1]
    verb, link = governing_verb(anchor)
    participation = verb is not None and bool(
        lemma_set(verb, ctx.vocab) & ctx.vocab.words("participation_verbs")
    )
    if verb is not None and link == "nsubj" and participation and not actors:
        actors += agents(verb, ctx)  # "el golpe fue liderado por oficiales"
    if verb is not None and verb.i not in ctx.rules and link != "nsubj":
        heads = [s for s in subjects(verb) if s.i != trigger.i]
        theirs = link in ("obj", "obl") and rule.poss == "actor" and _possessive_only(actors)
        if heads and theirs:
            # "radicalizaron sus protestas", "llegaron a la capital en su protesta": theirs,
            # the subject's
            actors = []
        receives = link == "obj" and bool(
            lemma_set(verb, ctx.vocab) & ctx.vocab.words("receive_verbs")
        )
        held = _held_objects(verb, ctx) if rule.subject == "target" and link == "obl" else []
        outside = link == "obj" and outside_subject(verb, rule, ctx)
        if outside:
            # "la visita originó protestas": against the cause; "la policía dispersó la
            # marcha": no part of it
            if rule.type in AGAINST_TYPES and causes(verb, ctx):
                targets += [h for h in heads if h not in targets]
        elif held:
            # "lo trasladó bajo arresto domiciliario", "la mantienen bajo arresto": the
            # verb's object is in that state, its subject puts or keeps it there
            targets += [] if targets else held
            actors += [] if actors else heads
        elif rule.subject == "target" or receives:
            # "partió al exilio", "recibió un indulto", "enfrentar protestas": the subject
            # undergoes it, and never does it
            targets += [] if targets else heads
        elif not actors and link == "obj" and not undergoer_subject(verb):
            actors += heads  # "el tribunal ordenó la liberación de X"
        elif not actors and link == "obl" and (participation or theirs):
            # "participó en el fallido golpe"; "la protesta de los camioneros comenzó con el
            # bloqueo": a protest noun as the subject stands for its protesters
            actors += event_parties(heads, ctx)
        elif not actors and link == "obj":
            actors += agents(verb, ctx)
    manner = manner_verb(anchor, rule, ctx) if not actors else None
    if manner is not None:  # whoever does the act protests
        actors += [s for s in subjects(manner) if s.i != trigger.i]
    if rule.type in ADDRESSED_TYPES:  # "entregó una protesta a X", "una carta ... enviada a X"
        targets += [t for t in addressees(trigger, anchor, ctx) if t not in targets]
    if rule.type == "PROTEST":  # "una ola de protestas contra X": on the frame noun
        targets += [t for t in frame_targets(trigger, anchor, rule, ctx) if t not in targets]
    if rule.type == "PROTEST" and not targets:
        # "protestas con sus tractores contra el gobierno": the parser hangs "contra X" on a
        # noun inside the protest's own phrase
        targets += [t for m in _phrase_nominals(trigger) for t in obliques(m, {"contra"})]
    if rule.type == "PROTEST":
        # (and a participle on the noun: "la marcha, organizada para protestar contra X")
        anchors = [trigger, *([verb] if verb is not None else []), *participles(trigger)]
        targets += [t for t in purpose_targets(anchors, ctx) if t not in targets]
        if not targets:  # "su protesta para evitar que el gobierno firme el tratado"
            targets += purpose_addressees(anchors, ctx)
        if not targets and verb is not None and verb.i not in ctx.rules:
            # "anunció una jornada de protesta en contra de la política": on the verb, or on
            # an oblique of the verb ("anunciaron protestas con sus tractores contra X")
            obls = [c for c in verb.children if c.dep_ == "obl"]
            found = [t for h in (verb, *obls) for t in obliques(h, frozenset({"contra"}))]
            # ("harán protestas por el impuesto", "mantienen la protesta por X": why)
            found = found or [
                t for t in obliques(verb, rule.target_preps - {"contra"})
                if not (is_time(t, ctx.vocab) or _route(t, ctx) or agentive_phrase(t, ctx))
            ]  # fmt: skip
            targets += found
    if rule.type == "THREATEN" and not targets:
        targets += threat_receivers(trigger, ctx)
    if rule.mode == "explosives" and not actors:
        actors += device_agents(trigger, ctx)
    if rule.type in AGAINST_TYPES:  # "protesta por la matanza por parte de X": X
        targets += doers(targets, ctx)
    return Arguments(actors, targets, None)


def imposed_on(trigger: Token, ctx: EsContext) -> tuple[list[Token], list[Token]] | None:
    """Who imposes and who undergoes a custody measure that a verb of imposing takes as its
    object, through its length or not ("un juez le impuso 18 meses de prisión preventiva",
    "dictó prisión preventiva contra X"): (the verb's subjects, its personal objects); None
    when the noun is no such object."""
    noun = trigger
    measures = ctx.vocab.words("measure_nouns")
    while (
        noun.dep_ == "nmod" and case_of(noun) == "de" and lemma_set(noun.head, ctx.vocab) & measures
    ):
        noun = noun.head  # "18 meses de prisión": the length stands for the measure
    verb = noun.head
    if noun.dep_ != "obj" or not lemma_set(verb, ctx.vocab) & ctx.vocab.words("imposing_verbs"):
        return None
    held = [c for c in verb.children if c.i != noun.i and not is_se(c) and _held(c, ctx)]
    return [s for s in subjects(verb) if s.i != noun.i], held


def _held(child: Token, ctx: EsContext) -> bool:
    """A verb's personal object ("le", "a X", "contra X"): who a measure is imposed on."""
    if child.dep_ in ("obj", "iobj"):
        return child.pos_ in ("PRON", "PROPN") or agentive_phrase(child, ctx)
    return (
        child.dep_ in OBLIQUE_DEPS
        and case_of(child) in ("a", "contra")
        and agentive_phrase(child, ctx)
    )


def _held_objects(verb: Token, ctx: EsContext) -> list[Token]:
    """The people a verb's direct object names ("lo", "a la dirigente", "a Pérez"): who a
    state noun hung on that verb ("bajo arresto") holds."""
    return [
        c for c in verb.children
        if c.dep_ == "obj" and (c.pos_ in ("PRON", "PROPN") or agentive_phrase(c, ctx))
        and not is_se(c)
    ]  # fmt: skip


def _phrase_nominals(noun: Token) -> list[Token]:
    """Nouns inside a noun's phrase (its nominal modifiers, and theirs), no clauses."""
    out: list[Token] = []
    stack = [c for c in noun.children if c.dep_ == "nmod"]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [c for c in tok.children if c.dep_ in ("nmod", "conj")]
    return out


def _flattened_topic(noun: Token, ctx: EsContext) -> Token | None:
    """ "protestas de los ahorristas en reclamo de sus depósitos": the parser hangs "de sus
    depósitos" on "protestas" beside "en reclamo"; it is what is claimed, not who protests."""
    topics = ctx.vocab.words("topic_prepositions")
    marks = [
        c.i for c in noun.children
        if c.dep_ == "nmod" and case_of(c) in ("en", "como") and lemma_set(c, ctx.vocab) & topics
        and not any(g.dep_ == "nmod" for g in c.children)
    ]  # fmt: skip
    if not marks:
        return None
    return next(
        (c for c in noun.children if c.dep_ == "nmod" and case_of(c) in ("de", "a")
         and c.i > marks[0]),
        None,
    )  # fmt: skip


def demanded_of(trigger: Token, ctx: EsContext, holders: bool = True) -> list[Token]:
    """Whom a demand (or a complaint) that names no addressee is made of: who must act or
    is blamed ("exigen que el Gobierno derogue la ley", "denunciaron que el gobierno se
    prepara para reprimir"), or, for a demand, whose act it asks for ("exigir la renuncia
    del gobernador"; a complaint's "la detención de X" names a victim, not the accused)."""
    for clause in trigger.children:
        if clause.dep_ == "ccomp" and any(c.lower_ == "que" for c in clause.children):
            found = [s for s in own_subjects(clause) if s.lower_ not in RELATIVE_PRONOUNS]
            if found:
                return found
    for obj in (c for c in trigger.children if c.dep_ == "obj" and holders):
        of = [c for c in obj.children if c.dep_ == "nmod" and case_of(c) == "de"]
        found = [h for h in of if agentive_phrase(h, ctx)]
        if found:
            return found
    return []


def threatened(trigger: Token, ctx: EsContext) -> list[Token]:
    """Whom a threat is against, named in the threatened act: "amenazó con matar a los
    rehenes", "amenazó con tomar medidas contra Venezuela"."""
    for act in trigger.children:
        if act.pos_ != "VERB" or act.dep_ not in ("xcomp", "advcl", "ccomp", "obl"):
            continue
        people = [
            c for c in act.children
            if c.dep_ in ("obj", "iobj") and case_of(c) == "a" and agentive_phrase(c, ctx)
        ]  # fmt: skip
        against = [t for h in (act, *act.children) for t in obliques(h, frozenset({"contra"}))]
        if people or against:
            return people or against
    return []


def purpose_targets(anchors: list[Token], ctx: EsContext) -> list[Token]:
    """What a protest is against or about, told in its purpose ("para protestar contra X",
    "para rechazar X", "exigiendo X") or its manner ("en protesta por X", "en reclamo de X")."""
    fixed_topics = ctx.vocab.words("topic_prepositions")
    for anchor in anchors:
        for clause in anchor.children:
            if clause.dep_ in OBLIQUE_DEPS and _fixed_with(clause, fixed_topics):
                return [clause]  # "en reclamo del pago", read by the parser as one preposition
            if _cause_clause(clause, ctx):
                # "en protesta porque el gobierno no ha anulado...": who is blamed
                return [s for s in own_subjects(clause) if agentive_phrase(s, ctx)]
            rule = ctx.rules.get(clause.i)
            if rule is None or rule.type not in _TOPIC_TYPES or not _purpose(clause, ctx):
                continue
            found = [t for t in _topic(clause, rule) if not is_time(t, ctx.vocab)]
            if found:
                return found
    return []


def _cause_clause(clause: Token, ctx: EsContext) -> bool:
    """A "porque" clause whose own subject names an actor."""
    return (
        clause.dep_ in ("advcl", "ccomp", "acl")
        and any(c.dep_ == "mark" and c.lower_ == "porque" for c in clause.children)
        and any(agentive_phrase(s, ctx) for s in own_subjects(clause))
    )


def _fixed_with(token: Token, words: frozenset[str]) -> bool:
    return any(
        f.dep_ == "fixed" and f.lemma_.lower() in words
        for c in token.children
        if c.dep_ == "case"
        for f in c.children
    )


def _purpose(clause: Token, ctx: EsContext) -> bool:
    if clause.dep_ in ("obl", "nmod"):  # "en protesta por", "como protesta"
        return case_of(clause) in ctx.vocab.words("manner_preps")
    return (
        clause.dep_ in ("advcl", "acl")
        and clause.pos_ == "VERB"
        and (
            any(c.dep_ == "mark" and c.lower_ == "para" for c in clause.children)
            or "Ger" in feats(clause, "VerbForm")
        )
    )


# A protest's purpose or manner of these types tells what it is about.
_TOPIC_TYPES = frozenset({"PROTEST", "REQUEST", "REJECT", "ACCUSE"})


def _topic(clause: Token, rule: EsRule) -> list[Token]:
    if rule.type == "PROTEST":
        return obliques(clause, rule.target_preps)
    if clause.pos_ == "NOUN":  # "en reclamo del pago", "en rechazo a la reforma"
        return [c for c in clause.children if c.dep_ == "nmod" and case_of(c) in ("de", "a")]
    objects = [c for c in clause.children if c.dep_ == "obj"]  # "exigiendo el pago"
    # "para exigir que el gobierno derogue la ley": who must act
    told = [s for c in clause.children if c.dep_ == "ccomp" and _que(c) for s in own_subjects(c)]
    return objects or [s for s in told if s.lower_ not in RELATIVE_PRONOUNS]


def _que(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "que" for c in clause.children)


def _possessive_only(actors: list[Token]) -> bool:
    return bool(actors) and all(a.dep_ == "det" and "Yes" in feats(a, "Poss") for a in actors)


def _route(head: Token, ctx: EsContext) -> bool:
    """A "por"-phrase naming a place is the way taken, not an agent."""
    places = lemma_set(head, ctx.vocab) & ctx.vocab.words("places")
    return bool(places) or entity_at(head, ctx) in ("LOC", "FAC")


def _organised(trigger: Token, anchor: Token, ctx: EsContext) -> list[Token]:
    """Participles of the participation verbs modifying the event noun (or its frame noun)."""
    verbs = ctx.vocab.words("participation_verbs")
    return [
        c
        for noun in dict.fromkeys((trigger, anchor))
        for c in noun.children
        if c.dep_ in ("acl", "amod") and is_participle(c) and lemma_set(c, ctx.vocab) & verbs
    ]


def _organisers(trigger: Token, anchor: Token, rule: EsRule, ctx: EsContext) -> list[Token]:
    """Who a protest noun names as organising it: "una huelga convocada por la CGT", "las
    protestas que organizan los sindicatos", "los mineros en huelga" (who strikes)."""
    found = [a for acl in _organised(trigger, anchor, ctx) for a in agents(acl, ctx)]
    found = found or [
        a for rel in _organised_by_clause(trigger, anchor, ctx) for a in _clause_agents(rel, ctx)
    ]
    holder = state_holder(trigger, rule, ctx) if not found else None
    return [holder] if holder is not None else found


def _organised_by_clause(trigger: Token, anchor: Token, ctx: EsContext) -> list[Token]:
    """Relative clauses of the participation verbs on the event noun: "las protestas que
    organizan los sindicatos" (whose own subject is not the relative pronoun)."""
    verbs = ctx.vocab.words("participation_verbs")
    return [
        c
        for noun in dict.fromkeys((trigger, anchor))
        for c in noun.children
        if c.dep_ in ("acl", "acl:relcl")
        and c.pos_ == "VERB"
        and not is_participle(c)
        and lemma_set(c, ctx.vocab) & verbs
        and bool(_clause_agents(c, ctx))
    ]


def _clause_agents(clause: Token, ctx: EsContext) -> list[Token]:
    """Who does a relative clause's act on the noun: its subject, not the relative pronoun;
    or, when the parser reads the pronoun as the object and the subject after the verb as a
    second object ("las protestas que organizan sindicatos"), that one if it names an actor."""
    found = [s for s in own_subjects(clause) if s.lower_ not in RELATIVE_PRONOUNS]
    if found:
        return found
    objects = [c for c in clause.children if c.dep_ == "obj"]
    # (or reads the pronoun as the subject: an event organises nothing, so it is the object)
    read_as_subject = bool(own_subjects(clause)) and clause.head.i in ctx.rules
    if own_subjects(clause) and not read_as_subject:
        return []
    if not read_as_subject and not any(
        o.lower_ in RELATIVE_PRONOUNS and o.i < clause.i for o in objects
    ):
        return []
    return [o for o in objects if o.i > clause.i and agentive_phrase(o, ctx)]
