"""Arguments of a Spanish verb trigger (or participle, or adjective): who acts and who
undergoes, read from the UD parse.

The subject acts, the object (with or without personal "a") undergoes; in the passive ("fue
detenido por agentes") and with a passive "se" ("se liberó a cinco presos") the subject or
object undergoes and a "por"-phrase naming an actor acts. A reciprocal act ("X y Y se
enfrentaron") has its first side as actor and the other as target. The small model's
misreadings are repaired where they follow a pattern: a personal object buried in an oblique
("ejecutaron en sitio no precisado, a cuatro personas"), a place list hung on the verb after a
comma, an unaccented preterite read as an adjective of its subject ("Un grupo armado asesino a
un campesino"). Noun triggers are in events_es_noun_arguments; recipients the act leaves
unnamed (what a protest is against, whom a demand is made of, whom a threat is against) in
events_es_recipients; subjects and the word-form tests in events_es_subjects; participants
and pronouns in events_es_args; the arguments a misparse hides in events_es_hidden.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_place_name
from chronicler.annotate.events_es_antecedents import relative_head
from chronicler.annotate.events_es_args import (
    OBLIQUE_DEPS,
    RELATIVE_PRONOUNS,
    Arguments,
    EsContext,
    adjective_complement,
    agentive_phrase,
    entity_at,
    is_agentive,
)
from chronicler.annotate.events_es_arrest_in_protest import protesters_acted_on
from chronicler.annotate.events_es_fused_objects import fused_personal
from chronicler.annotate.events_es_governing_words import deciders, decision_of
from chronicler.annotate.events_es_governors import daybreak_objects
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
    phrase_obliques,
    postposed_people,
    property_owner,
    protests_a_thing,
)
from chronicler.annotate.events_es_morph import (
    bounded_count,
    case_of,
    feats,
    is_se,
    misread_modifier,
    number_of,
    perfect_clitic,
    singular,
)
from chronicler.annotate.events_es_noun_arguments import circumstance_actors, event_parties
from chronicler.annotate.events_es_protest import (
    AGAINST_TYPES,
    asked_of,
    condition_subjects,
    doers,
    episode_object_doer,
    protested_parties,
    purpose_addressees,
    verb_against,
    written_to,
)
from chronicler.annotate.events_es_recipients import (
    dative_addressee,
    demanded_of,
    is_route,
    owner,
    purpose_targets,
    threatened,
)
from chronicler.annotate.events_es_subjects import (
    continued_subject,
    inverted_relative,
    keeper,
    kept_things,
    lemma_set,
    object_control,
    object_read_as_subject,
    opened_by_para,
    subjects,
    undergoer_subject,
)
from chronicler.annotate.events_es_vocab import EsRule, EsVocab, predicative_participle
from chronicler.annotate.events_phrases import clause_verb
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


def state_agents(participle: Token, ctx: EsContext) -> list[Token]:
    """The "por"-agent of a participle completing a verb of state or result
    (`predicative_verbs`) that the parser hung on that verb past a time phrase: "los puertos
    permanecían bloqueados el miércoles por la mañana por los pesqueros de atún" (the
    fishermen block them; "por la mañana" is a time, no agent)."""
    verb = participle.head
    if participle.dep_ not in ("obj", "xcomp") or verb.i == participle.i:
        return []
    if not lemma_set(verb, ctx.vocab) & ctx.vocab.words("predicative_verbs"):
        return []
    return [a for a in agents(verb, ctx) if a.i > participle.i]


def _pronominal_state(trigger: Token, rule: EsRule, vocab: EsVocab) -> bool:
    """The participle of a pronominal verb, with no passive "ser", names the state its
    subject put itself in ("pasó 18 meses refugiado en la residencia", "los militares
    sublevados"): that subject did the act, as in "se refugió", and undergoes nothing."""
    if not rule.pronominal:
        return False
    # (or one the model read as a noun after a verb of state: "permanecieron refugiados")
    if "Part" not in feats(trigger, "VerbForm") and not predicative_participle(trigger, vocab):
        return False
    return not any(
        c.dep_ == "aux:pass" or (c.dep_ in ("aux", "cop") and c.lemma_.lower() == "ser")
        for c in trigger.children
    )


# Acts a group goes on doing as the topic of the sentences before: dissent and demands.
_TOPIC_DOERS = frozenset({"PROTEST", "REQUEST"})
# Acts of force: done to a protest, they are done to the ones protesting.
_FORCE_TYPES = frozenset({"COERCE", "ASSAULT"})


def protesters(trigger: Token, ctx: EsContext) -> list[Token]:
    """Who protests in the protest a verb of force takes as its object: "la policía dispersó
    la marcha de los estudiantes", "reprimieron la protesta de los mineros" (the students,
    the miners; the protest noun is an event of its own, so no target)."""
    protests = [
        c
        for c in trigger.children
        if c.dep_ == "obj" and c.i in ctx.rules and ctx.rules[c.i].type == "PROTEST"
    ]
    return [p for p in event_parties(protests, ctx) if p not in protests]


def _is_protest(token: Token, ctx: EsContext) -> bool:
    return token.i in ctx.rules and ctx.rules[token.i].type == "PROTEST"


def verb_arguments(trigger: Token, rule: EsRule, ctx: EsContext, skip: set[int]) -> Arguments:
    """Actors and targets of a verb (or participle, or adjective) trigger."""
    # "detuvo al opositor cuando protestaba": the one acted on protests, not the police
    all_subjects = episode_object_doer(trigger, rule, ctx) or subjects(trigger)
    decision = decision_of(trigger, trigger.dep_, trigger.head, ctx.vocab)
    if decision is not None:
        # "criticaron la decisión británica de liberar al ex dictador": the decider does the
        # act decided, not the critics (1.176.2)
        all_subjects = deciders(decision, ctx.vocab)
    subj = [s for s in all_subjects if s.i not in skip and not _thing_relative(s, trigger, ctx)]
    # "se" as a word, or glued to an infinitive ("sublevarse": Reflex=Yes on the verb)
    reflexive = any(is_se(c) for c in trigger.children) or "Yes" in feats(trigger, "Reflex")
    se = reflexive and not rule.pronominal
    passive = (undergoer_subject(trigger) and not _pronominal_state(trigger, rule, ctx.vocab)) or se
    # a relative clause read object first: "que" is its subject, whoever it stands for
    inverted = inverted_relative(trigger) is not None
    # ("mantenían cortada la carretera": the thing kept so, which the parser may hang on
    # the verb of keeping)
    kept = [k for k in kept_things(trigger) if k.head.i != trigger.i]
    kept += daybreak_objects(trigger)  # "bloquearon al amanecer la carretera"
    objects = [
        c
        for c in [*trigger.children, *kept]
        # ("detuvo a lo sumo diez personas": an oblique only by its number's locution)
        if (c.dep_ in ("obj", "iobj") or object_read_as_subject(c) or bounded_count(c))
        and c.i not in skip
        and not is_se(c)
        # (an event noun is an event of its own, except what a protest takes as its object:
        # "protestaron la aprobación de la ley")
        and (c.i not in ctx.rules or (rule.thing_object and rule.type == "PROTEST"))
        and case_of(c) in (None, "a")
        and not (rule.object_place or is_time(c, ctx.vocab))
        and c.lower_ not in _MEANS  # "a traves de un comunicado", read as a noun
        and c.pos_ not in _NO_OBJECT  # "p" of a split "p. m.", read as the object
        and not adjective_complement(c)  # "a un dirigente cercano al gobierno"
        and not (inverted and c.lower_ == "que" and c.i < trigger.i)
        # (nor the subject read as the object: "saquearon comercios, acusó la policía")
        and c not in all_subjects
    ]
    personal = [
        c
        for c in trigger.children
        # (or a noun the parser read as an adverb: "envió al disidente al exilio")
        if (c.dep_ == "obl" or (c.dep_ == "advmod" and c.pos_ in ("NOUN", "PROPN")))
        and case_of(c) == "a"
        and agentive_phrase(c, ctx)
        and not adjective_complement(c)
    ]
    personal += coordinated_personal(trigger, ctx)
    personal += fused_personal(trigger, ctx)  # "extraditó al narcotraficante" ("al" an adverb)
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
    if rule.mode in ctx.vocab.words("handover_modes"):
        # "lo entregó a la policía", "entregó a su hijo a la justicia": the one handed over
        # is the target, the police or the court it goes to the receiver (1.176.1)
        objects, personal = _without_receivers(objects, personal, ctx)
    named = [o for o in objects if not _bare_place(o, ctx)]
    if not named and not personal and not passive and rule.subject != "target":
        personal += buried_personal(trigger, rule, ctx) or following_personal(trigger, rule, ctx)
    # (a thing protested is named as the object or not at all)
    attacked = rule.thing_object and not protests_a_thing(rule)
    if not named and not personal and attacked and not passive:
        objects = named = displaced_objects(trigger, ctx)
    if named or personal:
        objects = named
    # "concedió asilo al exministro": a personal object outranks the thing given.
    people = [o for o in objects if case_of(o) == "a" or o.pos_ in ("PRON", "PROPN")] + personal
    # an attack's or a seizure's object may be a thing ("dinamitaron el puente")
    objects = people or [o for o in objects if rule.thing_object or agentive_phrase(o, ctx)]
    if not people and attacked:  # "dinamitaron una tractomula de la multinacional X"
        objects = [property_owner(o, ctx) for o in objects]
    if (passive or rule.subject == "target") and rule.mode in ctx.vocab.words("movement_modes"):
        objects = [o for o in objects if case_of(o) != "a"]  # "desterrado a España": where to
    # "bloquearon el tránsito en la avenida": the route the traffic runs on is what is blocked
    objects = [r for o in objects for r in traffic_route(o, trigger, ctx)]
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
        named_off = set_off_name(trigger, ctx) if trigger.dep_ in ("amod", "acl") else None
        if named_off is not None:  # the parser's head is not whom the participle describes
            subj = [named_off if s.i == trigger.head.i else s for s in subj] or [named_off]
        targets += subj + objects
        by = agents(trigger, ctx) or oblique_agents(trigger, ctx) or state_agents(trigger, ctx)
        # "la policía los mantiene detenidos": who keeps them in the state holds them
        actors += by or keeper(trigger) or circumstance_actors(trigger, ctx)
        zero = None if subj or objects else "target"
        moved = [s for s in subj if _force_moved(s, rule, ctx)] if not actors else []
        if moved:  # "las tropas fueron desplegadas en la frontera": the troops' own move
            actors, targets = moved, [t for t in targets if t not in moved]
    elif rule.subject == "target":
        # "murieron al menos 22 personas": the people after an intransitive verb, read as
        # its object, are its subject
        subj = subj or [o for o in objects if case_of(o) is None and agentive_phrase(o, ctx)]
        targets += subj
        zero = None if subj else "target"
        if rule.mode == "explosives":  # "murió al pisar una mina instalada por X"
            actors += device_agents(trigger, ctx)
        elif rule.type == "ASSAULT":  # "murieron en un ataque de X": X killed them
            actors += circumstance_actors(trigger, ctx)
    else:
        if rule.type in _PROTESTERS_SAY:
            subj = _event_relatives_as_doers(subj, ctx)
        actors += event_parties(subj, ctx) or _purpose_of_event(trigger, ctx)
        if not actors and not all_subjects and (rule.type in _TOPIC_DOERS or rule.actor_roles):
            # "Los campesinos llegaron al puente. Bloquearon la carretera": the dropped
            # subject goes on with the group before (not an arrest: "Detuvieron a X" is
            # impersonal, by whoever arrests)
            group = continued_subject(trigger)
            actors += [group] if group is not None and agentive_phrase(group, ctx) else []
        rallying = rule.type == "PROTEST" and lemma_set(trigger, ctx.vocab) & ctx.vocab.words(
            "rallying_verbs"
        )
        # (not "se movilizaron": they rally themselves)
        rallied = (
            [o for o in objects if agentive_phrase(o, ctx)] if rallying and not reflexive else []
        )
        if rallied:
            # "los sindicatos movilizaron a miles de trabajadores": those rallied protest too;
            # "la reforma movilizó a un millón de personas": a thing rallying them is what
            # they protest against
            causes = [s for s in subj if not agentive_phrase(s, ctx)]
            actors = [a for a in actors if a not in causes] + rallied
            targets += causes + [o for o in objects if o not in rallied]
            # ("a miles de trabajadores contra la reforma", hung on the people rallied)
            targets += [
                t
                for o in rallied
                for h in (o, *(c for c in o.children if c.dep_ == "nmod"))
                for t in obliques(h, frozenset({"contra"}))
            ]
        else:
            targets += objects
        zero = None if actors else "actor"
    if not targets:
        # "lanzaron piedras contra la policía": the parser may hang "contra X" on the object
        things = [c for c in trigger.children if c.dep_ == "obj"]
        found = [t for h in (trigger, *things) for t in obliques(h, rule.target_preps)]
        if predicative_participle(trigger, ctx.vocab):
            # "permanecieron refugiados en la embajada": the parser hangs the place on the
            # verb of state the participle (read as a noun) completes
            found += [t for t in obliques(trigger.head, rule.target_preps) if t.i > trigger.i]
        found += _adverbial_preps(trigger, rule.target_preps)
        # ("levantó las acusaciones que pesaban sobre X": a clause on the phrase's word)
        found += [t for t in phrase_obliques(trigger, skip, rule.target_preps) if t not in found]
        found = [o for t in found if not (case_of(t) == "por" and is_route(t, ctx))
                 for o in owner(t, ctx)]  # fmt: skip
        # not a time: "por la noche"
        targets += [t for t in found if t.i not in skip and not is_time(t, ctx.vocab)]
    if not targets and rule.type in _FORCE_TYPES:
        targets += protesters(trigger, ctx)
    if not targets and rule.type in _FORCE_TYPES and passive:
        # "Fueron detenidos durante la marcha de los estudiantes": the marchers
        protest = partial(_is_protest, ctx=ctx)
        targets += protesters_acted_on(trigger, protest, partial(is_agentive, ctx=ctx), ctx.vocab)
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
    # (not an "amod" the parser hung on a verb: "Permaneció refugiado en la embajada" tells
    # the state of the verb's own subject, and the verb is no one)
    participial = (
        trigger.pos_ == "ADJ" and trigger.dep_ == "amod" and trigger.head.pos_ not in _VERB_POS
    ) or (
        # "dos hermanos ... fueron ejecutados por X", read as a clause on the noun
        passive and trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN")
        and trigger.head.i < trigger.i and not any(c.lower_ in RELATIVE_PRONOUNS
                                                   or c.lower_ in ctx.vocab.words("place_relatives")
                                                   for c in trigger.children)
    )  # fmt: skip
    if zero == "target":
        # "siguió la audiencia desde la cárcel ..., donde está recluida": the one held is
        # the one the sentence is about, the subject of the clause the place is in
        topic = place_relative_topic(trigger, ctx)
        if topic:
            targets += topic
            zero = None
    if zero is not None and participial:
        # "el periodista detenido el lunes por la policía"; "un riesgo de fuga de Glas,
        # condenado por corrupción": the name the comma sets it off from
        described = set_off_name(trigger, ctx) or trigger.head
        if not actors and lemma_set(trigger, ctx.vocab) & ctx.vocab.words("gathering_verbs"):
            # the participle of a verb of gathering tells what its noun did itself ("varios
            # centenares de estudiantes, reunidos ante el Palacio": they gathered; "los
            # cancilleres, reunidos en Lima": they met; 1.159.0)
            actors.append(described)
        else:
            targets.append(described)
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
    if rule.type in ("PROTEST", "REQUEST") and not passive:
        # "escribió al ministro para protestar contra X": the one written to
        targets += [t for t in written_to(trigger, ctx) if t not in targets]
    if rule.type == "PROTEST":  # whom a protest is against, besides the road it blocks
        targets += [t for t in purpose_targets([trigger], ctx) if t not in targets]
        if not any(agentive_phrase(t, ctx) for t in targets):
            # "protestaron para que el ministro retire el decreto"; "bloquearon el puerto para
            # evitar que el gobierno privatice la terminal": against the government too
            targets += [t for t in purpose_addressees([trigger], ctx) if t not in targets]
        targets += [t for t in verb_against(trigger, ctx) if t not in targets]
    elif not passive and not any(agentive_phrase(t, ctx) for t in targets):
        # "suspendió sus exportaciones para protestar contra X": aimed at X
        targets += [t for t in protested_parties(trigger, ctx) if t not in targets]
    if rule.type == "REQUEST" and not targets and not passive:
        targets += asked_of(trigger, ctx)  # "exigen del Gobierno una garantía"
    # "exigiéndole la liberación de los presos": the one the dative stands for is asked, not
    # those the asked act is done to (the clitic's antecedent, events_es)
    asked = rule.type == "REQUEST" and (dative or _dative_clitic(trigger))
    if rule.type in ("REQUEST", "ACCUSE") and not targets and not passive and not asked:
        targets += demanded_of(trigger, ctx, holders=rule.type == "REQUEST")
    if asked and not targets and not passive:
        targets += dative_addressee(trigger, ctx)
    if rule.type == "THREATEN" and not targets and not passive:
        targets += threatened(trigger, ctx) or condition_subjects(trigger, ctx)
    if rule.type in AGAINST_TYPES:  # "protestaron contra una operación lanzada por X": X
        # (also of an act it takes that names no party: "la ONG denunció la tala de bosques
        # por parte de empresas madereras": the firms)
        acts = [c for c in trigger.children if c.dep_ == "obj" and c not in targets]
        targets += [
            d
            for d in doers(targets + acts, ctx, states=rule.mode != "obstruct")
            if d not in targets
        ]
    targets = [
        t
        for t in targets
        if not _neuter_clitic(t, ctx)
        and not _told_to_press(t, rule, ctx)
        and not _act_called(t, trigger, rule, ctx)
    ]
    return Arguments(actors, targets, zero, clitic)


def _act_called(word: Token, trigger: Token, rule: EsRule, ctx: EsContext) -> bool:
    """ "instó a una huelga general", "exhortó a la desobediencia": the act a verb of calling
    (`called_to_verbs`) calls for in its "a"-phrase is no one the call is aimed at; the one
    urged is ("instó a los trabajadores a una huelga"; 1.151.0). The act noun itself names
    no one, whatever people word modifies it ("exhortó a la desobediencia civil"; 1.155.0)."""
    return (
        rule.type == "REQUEST"
        and case_of(word) == "a"
        and bool(lemma_set(trigger, ctx.vocab) & ctx.vocab.words("called_to_verbs"))
        and (
            bool(lemma_set(word, ctx.vocab) & ctx.vocab.words("called_acts"))
            or (word.i in ctx.rules and not is_agentive(word, ctx))
        )
    )


def _told_to_press(word: Token, rule: EsRule, ctx: EsContext) -> bool:
    """ "denunció a la AFP uno de los reclusos", "denunciaron a la prensa que ...": a news
    agency or the press after "a" of a complaint is whom it is told to, no one accused
    (`news_outlets`; the English medium one speaks through)."""
    return (
        rule.type == "ACCUSE"
        and case_of(word) == "a"
        and word.lower_ in ctx.vocab.words("news_outlets")
    )


def place_relative_topic(trigger: Token, ctx: EsContext) -> list[Token]:
    """The subject of the clause a place is named in, for a state told with no subject of
    its own in a relative clause on that place opened by "donde" (`place_relatives`): the
    person the sentence is about ("Áñez siguió la audiencia desde la cárcel de Miraflores,
    en La Paz, donde está recluida": Áñez); none when it does not agree with the participle
    or names no one."""
    opens = any(
        c.lower_ in ctx.vocab.words("place_relatives") and c.i < trigger.i for c in trigger.children
    )
    if not opens or trigger.dep_ not in ("acl", "acl:relcl"):
        return []
    verb = clause_verb(trigger.head, steps=6)  # from the place up to the verb of its clause
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    # "la policía lo llevó a la cárcel, donde permanece detenido": the one taken there (the
    # first object: "trasladaron al opositor a la cárcel" reads "a la cárcel" as one too)
    taken = [
        c
        for c in verb.children
        if c.dep_ == "obj" and (case_of(c) == "a" or (c.pos_ == "PRON" and not is_se(c)))
    ][:1]
    return [
        s
        for s in taken or subjects(verb)
        if agentive_phrase(s, ctx) and number_of(s) in (None, number_of(trigger))
    ]


def _without_receivers(
    objects: list[Token], personal: list[Token], ctx: EsContext
) -> tuple[list[Token], list[Token]]:
    """A handover's objects and personal "a"-phrases less its receiver: an "a"-phrase naming
    the police, justice, a court or the authorities (`handover_receivers` and the police and
    judiciary roles), or a state by its name (1.177.3), when another object names the one
    handed over (a clitic, a personal object: the parser reads the receiver as a second
    object or a dative)."""
    receiving = ctx.vocab.words("handover_receivers") | ctx.vocab.role_words(
        frozenset({"police", "judiciary"})
    )

    def receiver(word: Token) -> bool:
        # (or the state it goes to: "Francia extraditó a dos sospechosos a España", as the
        # English "extradited two suspects to Spain" has the suspects alone as its target)
        return case_of(word) == "a" and (
            bool(lemma_set(word, ctx.vocab) & receiving) or _state_named(word)
        )

    if all(receiver(o) for o in [*objects, *personal]):
        return objects, personal
    return [o for o in objects if not receiver(o)], [p for p in personal if not receiver(p)]


def _dative_clitic(verb: Token) -> bool:
    """A dative pronoun apart from the verb names whom it is addressed to ("le exigió")."""
    return any(
        c.pos_ == "PRON" and c.dep_ == "iobj" and "Dat" in feats(c, "Case") for c in verb.children
    )


def _neuter_clitic(word: Token, ctx: EsContext) -> bool:
    """ "porque así lo exige el derecho internacional", "como lo pidió": "lo" after a
    manner word of its verb (`neuter_clitic_marks`) stands for what was said or done, no
    person."""
    if word.lower_ != "lo" or word.pos_ != "PRON":
        return False
    marks = ctx.vocab.words("neuter_clitic_marks")
    return any(c.i < word.i and c.lower_ in marks for c in word.head.children)


def set_off_name(participle: Token, ctx: EsContext) -> Token | None:
    """The person's name right before the comma that sets a participle off ("un riesgo real
    de fuga de Glas, condenado por corrupción, a quien ..."): it describes that person, who
    undergoes it, wherever the parser hung it (here on "riesgo"); None when no name of a
    person, or one of another number, comes right before."""
    doc = participle.doc
    j = participle.i - 1
    if j < 1 or doc[j].text != "," or entity_at(participle.head, ctx) == "PERSON":
        return None
    name = doc[j - 1]
    while name.dep_ == "flat" and name.head.i < name.i:
        name = name.head
    if entity_at(name, ctx) != "PERSON" or name.i == participle.head.i:
        return None
    number = feats(name, "Number")
    return name if not number or number == feats(participle, "Number") else None


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


def _force_moved(subject: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A force a passive verb of moving forces moves, with no "por"-agent ("las tropas
    fueron desplegadas", "fueron retirados los soldados"): it makes the move, it is no
    target of it, as the English (`moved_force_types`, `moved_force_nouns`)."""
    return rule.type.lower() in ctx.vocab.words("moved_force_types") and bool(
        lemma_set(subject, ctx.vocab) & ctx.vocab.words("moved_force_nouns")
    )


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


_VERB_POS = frozenset({"VERB", "AUX"})  # a head no participle describes
# Word classes that head no noun phrase, whatever label the parser gives them.
_NO_OBJECT = frozenset({"CCONJ", "SCONJ", "PUNCT", "ADP", "ADV"})


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


# What protesters do or say through a protest act: its doers do it, never the act itself.
_PROTESTERS_SAY = frozenset({"PROTEST", "REQUEST", "REJECT"})


def _event_relatives_as_doers(subj: list[Token], ctx: EsContext) -> list[Token]:
    """A relative pronoun standing for an event noun is no protester nor claimant: "una
    huelga que paralizó el país", "una huelga que durará tres días para exigir la reapertura
    de la planta" (the strike's own doers, here who began it; with none named, no one)."""
    out: list[Token] = []
    for s in subj:
        head = relative_head(s) if s.lower_ in RELATIVE_PRONOUNS else s
        if head is s or head.pos_ != "NOUN" or head.i not in ctx.rules:
            out.append(s)
            continue
        out += [p for p in event_parties([head], ctx) if p.i != head.i and p not in out]
    return out


def _purpose_of_event(trigger: Token, ctx: EsContext) -> list[Token]:
    """Who acts in the purpose of an event noun is who does that event: "la marcha de dos mil
    campesinos para exigir la reforma" (the marchers demand)."""
    noun = trigger.head
    if trigger.dep_ != "acl" or noun.i not in ctx.rules or noun.pos_ != "NOUN":
        return []
    if not opened_by_para(trigger):
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


def traffic_route(obj: Token, verb: Token, ctx: EsContext) -> list[Token]:
    """The routes an object naming traffic runs on (`traffic_nouns`), the "en"-phrases of
    the object or of its verb: "bloquearon el tránsito en la avenida principal" blocks the
    avenue, "interrumpieron la circulación en la carretera" the road. Traffic is no party;
    with no route named, or for any other object, the object itself."""
    if not lemma_set(obj, ctx.vocab) & ctx.vocab.words("traffic_nouns"):
        return [obj]
    routes = [
        c
        for head in (obj, verb)
        for c in head.children
        if c.dep_ in OBLIQUE_DEPS and case_of(c) == "en" and not is_time(c, ctx.vocab)
    ]
    return routes or [obj]


def _state_named(word: Token) -> bool:
    """The phrase is a country's or a capital's name ("a España", "a Estados Unidos")."""
    name = " ".join(t.text for t in word.subtree if t.dep_ not in ("case", "det", "punct"))
    return is_place_name(name)


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
