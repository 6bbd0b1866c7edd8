"""Arguments of a Spanish noun trigger: who acts and who undergoes.

The "de"-object, a possessive ("su detención"), a named organiser ("convocada por X"), the
subject of the verb governing the noun ("el tribunal ordenó la liberación de X"), a measure's
imposer ("un juez le impuso prisión preventiva") and a clash's sides ("combate entre X y Y").
An event noun as a subject stands for its doers ("una marcha de miles de campesinos
protestó"), and an attack noun as a circumstance names who hurt the casualties ("murieron en
un ataque de X"). "de sus depósitos" flattened beside "en reclamo" is what is claimed.
Verb triggers are in events_es_verb_arguments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import is_place_name
from chronicler.annotate.events_es_args import (
    OBLIQUE_DEPS,
    RELATIVE_PRONOUNS,
    Arguments,
    EsContext,
    agentive_phrase,
    is_agentive,
    phrase_tokens,
)
from chronicler.annotate.events_es_case_doers import case_doers
from chronicler.annotate.events_es_charges import offence_named
from chronicler.annotate.events_es_damage import destroyed_by_attack
from chronicler.annotate.events_es_governors import governing_verb
from chronicler.annotate.events_es_hidden import (
    agents,
    device_agents,
    is_time,
    names_place,
    obliques,
    phrase_obliques,
    threat_receivers,
)
from chronicler.annotate.events_es_morph import case_of, feats, is_participle, is_se
from chronicler.annotate.events_es_mutual_sides import between_sides
from chronicler.annotate.events_es_protest import (
    ADDRESSED_TYPES,
    AGAINST_TYPES,
    addressees,
    by_part_of,
    causes,
    doers,
    employers,
    faced,
    frame_targets,
    greeted_by,
    outside_subject,
    own_relatives,
    participles,
    protested_parties,
    purpose_addressees,
    responsible,
    shared_of,
    state_holder,
    time_frame_protesters,
    turnout,
)
from chronicler.annotate.events_es_protest_folds import manner_verb
from chronicler.annotate.events_es_protest_roles import (
    acted_on_in_protest,
    greeted_parties,
    greeting_conjunct,
    ideal_named,
)
from chronicler.annotate.events_es_recipients import is_route, owner, purpose_targets
from chronicler.annotate.events_es_select import sides_clause
from chronicler.annotate.events_es_subjects import (
    lemma_set,
    own_subjects,
    subjects,
    undergoer_subject,
)
from chronicler.annotate.events_es_tolls import (
    circumstance_toll,
    relative_toll,
    tolled,
)
from chronicler.annotate.events_es_vocab import EsRule

if TYPE_CHECKING:
    from spacy.tokens import Token


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
            if circ.pos_ == "PRON" and case_of(circ) in preps and "Rel" in feats(circ, "PronType"):
                operation = _relative_operation(anchor, ctx)  # "un operativo en el que"
                if operation:
                    return operation
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


def _relative_operation(clause: Token, ctx: EsContext) -> list[Token]:
    """Who carried out the operation noun a relative clause "en el que" hangs on: the ones
    who made it, by a verb of doing ("la policía realizó un operativo en el que fueron
    detenidos 20": the police arrest; 1.146.0). So does an attack noun, an event itself, its
    makers launch ("el ejército lanzó una ofensiva en la que fueron detenidos 15"; 1.151.0)."""
    noun = clause.head
    if clause.dep_ not in ("acl", "acl:relcl") or noun.i == clause.i:
        return []
    attack = (rule := ctx.rules.get(noun.i)) is not None and rule.type == "ASSAULT"
    if not attack and noun.lemma_.lower() not in ctx.vocab.words("operation_nouns"):
        return []
    doers = [
        c for c in noun.children
        if c.dep_ in ("amod", "nmod") and case_of(c) in ("de", None) and is_agentive(c, ctx)
    ]  # fmt: skip
    doing = lemma_set(noun.head, ctx.vocab) & ctx.vocab.words("participation_verbs")
    if doers or noun.dep_ != "obj" or not doing:  # ("denunciaron un operativo": no doers)
        return doers
    return [s for s in subjects(noun.head) if is_agentive(s, ctx)]


def armed_doer(of_phrase: Token, rule: EsRule, ctx: EsContext) -> bool:
    """The "de"-phrase of an attack noun names who attacks when it names an armed actor (a
    role of the rule's `of_actor_roles`, or an attacker noun): "el ataque de los
    paramilitares"; other people are the attacked: "el ataque de los campesinos". So does
    the one of an operation noun, a police or armed force (`operation_actor_roles`: "una
    redada de la policía"; "la detención de dos policías" stays the arrested; 1.155.0)."""
    roles = rule.of_actor_roles
    if of_phrase.head.lemma_.lower() in ctx.vocab.words("operation_nouns"):
        roles = roles | ctx.vocab.words("operation_actor_roles")
    if not roles:
        return False
    armed = ctx.vocab.role_words(roles) | ctx.vocab.words("attacker_nouns")
    return any(lemma_set(t, ctx.vocab) & armed for t in phrase_tokens(of_phrase))


def noun_arguments(trigger: Token, rule: EsRule, ctx: EsContext, skip: set[int]) -> Arguments:
    """Actors and targets of a noun trigger: "la detención de X por agentes", "su liberación",
    "el gobierno ordenó la excarcelación de X", "partió al exilio"."""
    if lemma_set(trigger, ctx.vocab) & ctx.vocab.words("doer_nouns"):
        # "miles de manifestantes de la CUT convergieron": the protesters protest, whoever
        # their "de"-phrase says they are
        aimed = [c for c in trigger.children if case_of(c) in rule.target_preps]
        verb, link = governing_verb(trigger)
        if not aimed and verb is not None and link == "nsubj" and verb.i not in ctx.rules:
            # "los huelguistas se apostaron frente a las oficinas del Instituto": what the
            # verb they are the subject of is held against or in front of
            aimed = [
                t for t in obliques(verb, rule.target_preps) if not is_time(t, ctx.vocab)
            ] or faced(verb, ctx)
        return Arguments([trigger], aimed, None)
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
        # (by index: spaCy makes a new Token object on each access, so "is" never holds)
        if child.i in skip or (topic is not None and child.i == topic.i):
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
            # "la entrega del sospechoso por parte de Bolivia": the parser hangs the doer's
            # "por parte de" on the noun before it; it does the act all the same (es38)
            actors += [g for g in child.children if g.dep_ in ("nmod", "obl") and by_part_of(g)]
            if rule.object_place and (names_place(child, ctx) or is_place_name(child.text)):
                continue  # "su salida del país", "su huida de Venezuela": where from
            if lemma_set(child, ctx.vocab) & ctx.vocab.words("kind_nouns"):
                continue  # "un paro de labores", "una huelga de brazos caídos": what kind
            if rule.of_actor and ideal_named(child, ctx):
                continue  # "la marcha de la dignidad": the cause it is named for (es44)
            if lemma_set(child, ctx.vocab) & rule.objects:
                targets.append(child)  # "el bloqueo de los puertos": what is blocked
            elif rule.of_actor and _staged(trigger, ctx) and not agentive_phrase(child, ctx):
                # "los estibadores realizaron un paro del puerto": they strike, the port is
                # what is shut
                targets.append(child)
            elif agentive_phrase(child, ctx) or rule.of_actor or custody:
                # "a petición de la Fiscalía": the Fiscalía asks (of_agent)
                doer = rule.of_actor or rule.of_agent or armed_doer(child, rule, ctx)
                (actors if doer else targets).append(child)
            elif rule.id in ctx.vocab.words("of_thing_rules"):
                targets.append(child)  # "los saqueos de tiendas": what is looted (1.150.0)
        elif child.dep_ in ("nmod", "obl") and case == "por" and by_part_of(child):
            actors.append(child)  # "una protesta por parte de los vecinos": they protest
        elif (
            child.dep_ in ("nmod", "obl")
            and case == "por"
            and "por" not in rule.target_preps  # "la protesta por las declaraciones": why
            and agentive_phrase(child, ctx)
            # ("el asesinato de transeúntes por delitos menores": why, whatever people word
            # the offence's phrase holds)
            and not offence_named(child, ctx.vocab)
        ):
            if not is_route(child, ctx):  # "una marcha por el centro de La Paz": where
                actors.append(child)
        elif child.dep_ in ("nmod", "obl") and case in rule.target_preps:
            if not (case == "por" and is_route(child, ctx)):  # "una marcha por el centro"
                targets += owner(child, ctx)
        elif child.dep_ in ("nmod", "obl") and case == "entre" and rule.reciprocal:
            actors.append(child)  # "combate entre guerrilleros y tropas": both sides
        elif child.dep_ in ("nmod", "obl") and (sides := between_sides(child, rule, ctx)):
            actors.append(sides[0])  # "las negociaciones entre el gobierno y los rebeldes"
            targets += sides[1]
        elif rule.reciprocal and sides_clause(child, ctx.vocab):
            # "los enfrentamientos que opusieron a policías y manifestantes": both sides
            actors += [
                c for c in child.children
                if (c.dep_ == "obj" or (c.dep_ == "obl" and case_of(c) in ("a", "con")))
                and agentive_phrase(c, ctx)
            ]  # fmt: skip
        elif child.dep_ == "nsubj" and child.i < trigger.i and misread_verb(trigger, child, ctx):
            actors.append(child)  # "La tropa combate contra los rebeldes": a verb
    if not actors:  # "fueron detenidos por el asesinato de X": the ones held did it (alleged)
        actors += case_doers(trigger, rule, ctx)
    if not actors and not rule.of_actor and "por" not in rule.target_preps:
        # "la destitución del gobernador por el Congreso": the parser hangs the agent on the
        # "de"-object, the one the act is done to
        actors += [a for t in targets if case_of(t) == "de" for a in _agent_of_object(t, ctx)]
    if rule.of_actor and not actors:
        actors += counted_of(trigger, ctx) or shared_of(trigger, ctx)
    elif rule.requires_party and not targets:
        # "la destitución y el arresto de Castillo": the one named once after the list
        targets += shared_of(trigger, ctx)
    anchor = trigger
    frames = ctx.vocab.words("attempt_nouns") | ctx.vocab.words("frame_nouns")
    warrants = ctx.vocab.words("warrant_nouns")
    if trigger.dep_ == "nmod" and lemma_set(trigger.head, ctx.vocab) & (frames | warrants):
        anchor = trigger.head  # "el intento de golpe fue liderado por X", "una jornada de protesta"
    anchor = greeting_conjunct(trigger, ctx) or anchor  # "recibido con abucheos y protestas"
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
    if not targets:  # "los bombardeos destruyeron el hospital": what the attack destroyed
        targets += destroyed_by_attack(trigger, ctx.rules, ctx.vocab)
    if not targets:  # "el levantamiento de las sanciones contra Irán": on the phrase's word
        targets += [
            t for t in phrase_obliques(trigger, skip, rule.target_preps)
            if not is_time(t, ctx.vocab)
        ]  # fmt: skip
    # a custody measure imposed ("le impuso cuatro meses de detención preventiva") is undergone
    # by the verb's personal object whoever the noun's subject usually is
    undergone = rule.subject == "target" or rule.mode in ctx.vocab.words("custody_modes")
    imposed = imposed_on(trigger, ctx) if undergone and not targets else None
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
    if link == "obl" and case_of(anchor) in ctx.vocab.words("cause_preps"):
        # "a raíz del secuestro de X, los trabajadores iniciaron una huelga": the cause of the
        # clause's act is none of its subject's doing
        verb = None
    if verb is not None and verb.i not in ctx.rules and link != "nsubj":
        heads = [s for s in subjects(verb) if s.i != trigger.i]
        theirs = link in ("obj", "obl") and rule.poss == "actor" and _possessive_only(actors)
        if heads and theirs:
            # "radicalizaron sus protestas", "llegaron a la capital en su protesta": theirs,
            # the subject's
            actors = []
        receives = (
            (link == "obj" and bool(lemma_set(verb, ctx.vocab) & ctx.vocab.words("receive_verbs")))
            or greeted_by(verb, anchor, link, ctx)
            or (
                link in ("obj", "obl")
                and case_of(anchor) in ("de", "a", None)
                and bool(lemma_set(verb, ctx.vocab) & ctx.vocab.words("recovery_verbs"))
            )
        )
        # (whoever the rule's subject is: "puso a la activista bajo arresto" holds her)
        under = link == "obl" and case_of(anchor) == "bajo"
        held = (
            _held_objects(verb, ctx)
            if (rule.subject == "target" and link == "obl") or under
            else []
        )
        # (not the noun itself, read as the object: "quedó bajo custodia de la Fiscalía")
        held = [h for h in held if h.i not in (trigger.i, anchor.i)]
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
        elif link == "obj" and _ordered_custody(verb, rule, ctx):
            # "el juez ordenó su arresto domiciliario": who orders the custody holds, whoever
            # the noun's subject usually is ("permanece bajo arresto": the one held)
            actors += [] if actors else heads
        elif receives and rule.type.lower() in ctx.vocab.words("gift_types"):
            # "Ucrania recibió ayuda militar de Estados Unidos": the giver is the noun's
            # "de"-object, the receiver the subject
            actors, targets = _given(actors, targets, heads)
        elif greeted_by(verb, anchor, link, ctx):  # "recibido con protestas por los vecinos"
            actors, targets = greeted_parties(actors, targets, heads, verb, anchor, trigger, ctx)
        elif rule.subject == "target" or receives or _state_of_subject(verb, link, rule, ctx):
            # ("permaneció bajo arresto", "quedó bajo arresto": a custody noun in a phrase of a
            # verb of state or result is the subject's state, put there by no one named)
            # "partió al exilio", "recibió un indulto", "enfrentar protestas": the subject
            # undergoes it, and never does it
            targets += [] if targets else heads
        elif (
            link == "obl"
            and case_of(anchor) == "con"
            and lemma_set(trigger, ctx.vocab) & ctx.vocab.modality.backing_nouns
        ):
            # "con el apoyo de la Confederación, el comité enviará documentos": the clause's
            # subject is the one backed
            targets += [] if targets else heads
        elif link in ("obj", "obl") and _called_to(verb, rule, ctx):
            # "el frente convocó a un levantamiento": the caller takes no part, the ones
            # called rise ("convocó a los campesinos a un levantamiento"; 1.146.0)
            actors += (
                [] if actors else [o for o in _objects(verb) if o.i not in (trigger.i, anchor.i)]
            )
        elif not actors and link == "obj" and not undergoer_subject(verb):
            actors += heads  # "el tribunal ordenó la liberación de X"
        elif not actors and link == "obl" and (participation or theirs):
            # "participó en el fallido golpe"; "la protesta de los camioneros comenzó con el
            # bloqueo": a protest noun as the subject stands for its protesters
            actors += event_parties(heads, ctx)
        elif not actors and link == "obj":
            actors += agents(verb, ctx)
    if not actors and verb is not None and link in ("obj", "obl"):
        actors += _urged_to(verb, anchor, ctx)  # "instó a los trabajadores a una huelga"
    manner = manner_verb(anchor, rule, ctx) if not actors else None
    if manner is not None:  # whoever does the act protests
        # (not an event noun as a happening's subject: "en protesta por X, se produjeron
        # ocho detenciones": the arrests protest nothing)
        actors += [
            s
            for s in subjects(manner)
            if s.i != trigger.i and not (s.pos_ == "NOUN" and s.i in ctx.rules)
        ]
    if rule.type == "PROTEST" and not actors:
        # "Durante los cuatro días de protesta, los manifestantes han saboteado X": the
        # protest is the time of its clause, held by the people that clause tells of
        actors += time_frame_protesters(trigger, ctx) or turnout(trigger, ctx)
    if rule.type == "PROTEST" and not targets:  # "interceptaron al carguero en protesta"
        targets += acted_on_in_protest(anchor, rule, ctx)
    if rule.type in ADDRESSED_TYPES:  # "entregó una protesta a X", "una carta ... enviada a X"
        targets += [t for t in addressees(trigger, anchor, ctx) if t not in targets]
    if rule.type == "PROTEST":  # "una ola de protestas contra X": on the frame noun
        targets += [t for t in frame_targets(trigger, anchor, rule, ctx) if t not in targets]
    if rule.type == "PROTEST" and not targets:
        # "protestas con sus tractores contra el gobierno": the parser hangs "contra X" on a
        # noun inside the protest's own phrase
        targets += [t for m in _phrase_nominals(trigger) for t in obliques(m, {"contra"})]
    if rule.type == "PROTEST" and not targets:
        # "protestas violentas en la capital contra el acuerdo", "marchas multitudinarias
        # contra la reforma": the parser hangs "contra X" on the adjective after the noun
        targets += [
            t
            for a in (anchor, trigger)
            for m in a.children
            if m.dep_ == "amod" and m.pos_ == "ADJ" and m.i > a.i
            for t in obliques(m, {"contra"})
            if not is_time(t, ctx.vocab)
        ]
        targets = list(dict.fromkeys(targets))
    if rule.type == "PROTEST":
        # (and a participle on the noun: "la marcha, organizada para protestar contra X")
        # (or a relative clause telling what it does: "una huelga, que incluye el bloqueo de
        # carreteras, para protestar contra X", where the parser hangs the purpose)
        anchors = [trigger, *([verb] if verb is not None else []), *participles(trigger)]
        anchors += own_relatives(trigger, ctx)
        if trigger.dep_ == "obl" and trigger.head.pos_ == "ADV" and trigger.head.dep_ == "advmod":
            # "llegaron a la capital, dentro de su protesta para evitar que el gobierno firme
            # el acuerdo": the parser hangs the purpose on the adverb opening the compound
            # preposition ("dentro de", "además de"), whose oblique the protest is
            anchors.append(trigger.head)
        targets += [t for t in purpose_targets(anchors, ctx) if t not in targets]
        if not any(agentive_phrase(t, ctx) for t in targets):
            # "su protesta para evitar que el gobierno firme el tratado", also beside the
            # road a blockade names
            targets += [t for t in purpose_addressees(anchors, ctx) if t not in targets]
        if not targets and verb is not None and verb.i not in ctx.rules:
            # "anunció una jornada de protesta en contra de la política": on the verb, or on
            # an oblique of the verb ("anunciaron protestas con sus tractores contra X")
            obls = [c for c in verb.children if c.dep_ == "obl"]
            found = [t for h in (verb, *obls) for t in obliques(h, frozenset({"contra"}))]
            # ("harán protestas por el impuesto", "mantienen la protesta por X": why)
            found = found or [
                t for t in obliques(verb, rule.target_preps - {"contra"})
                if not (is_time(t, ctx.vocab) or is_route(t, ctx) or agentive_phrase(t, ctx))
            ]  # fmt: skip
            targets += found or faced(verb, ctx)  # "... frente al Palacio de Gobierno"
    if rule.mode == "strike":  # "una huelga en la Goodyear": against the firm too
        targets += [t for t in employers(trigger, verb, ctx) if t not in targets]
    if rule.type == "THREATEN" and not targets:
        targets += threat_receivers(trigger, ctx)
    if not targets and tolled(trigger, rule, ctx):
        # "una ofensiva en la que murieron 15", "murieron en una ofensiva del ejército",
        # "una redada durante la cual fueron arrestados diez jóvenes": its toll
        toll, tolled_by = relative_toll(trigger, ctx)
        targets += toll or circumstance_toll(trigger, ctx)
        actors += [] if actors else tolled_by  # "... asesinados por X"
    if rule.mode == "explosives" and not actors:
        actors += device_agents(trigger, ctx)
    if rule.type in AGAINST_TYPES:  # "protesta por la matanza por parte de X": X
        targets += doers(targets, ctx, states=rule.mode != "obstruct")
    elif not targets:
        # "decretaron un paro armado en protesta por la decisión del gobierno": aimed at it
        # (the parser may hang the protest on the verb taking the noun)
        targets += protested_parties(trigger, ctx) or (
            protested_parties(verb, ctx) if verb is not None and verb.i not in ctx.rules else []
        )
    return Arguments(actors, targets, None)


def misread_verb(noun: Token, subject: Token, ctx: EsContext) -> bool:
    """A noun trigger the small model made of a present-tense verb, with an acting subject before it
    and no copula ("La tropa combate contra los rebeldes"; not "El motivo es la protesta",
    whose subject is of "es")."""
    return not any(c.dep_ == "cop" for c in noun.children) and agentive_phrase(subject, ctx)


def _ordered_custody(verb: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A custody noun an ordering verb takes (`ordering_verbs`: "ordenó su arresto
    domiciliario"): the one who orders it puts the person in custody."""
    return rule.mode in ctx.vocab.words("custody_modes") and bool(
        lemma_set(verb, ctx.vocab) & ctx.vocab.words("ordering_verbs")
    )


def _state_of_subject(verb: Token, link: str, rule: EsRule, ctx: EsContext) -> bool:
    """A custody noun in a phrase of a verb of state or result (`predicative_verbs`) tells
    the state its subject is in: "permaneció bajo arresto", "quedó bajo arresto"; not one
    it is done by (a participation verb's "permanecen en huelga" is theirs)."""
    return (
        link == "obl"
        and rule.mode in ctx.vocab.words("custody_modes")
        and bool(lemma_set(verb, ctx.vocab) & ctx.vocab.words("predicative_verbs"))
    )


def _called_to(verb: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A calling verb ("convocar", "llamar") over an act its caller calls others to."""
    calling = lemma_set(verb, ctx.vocab) & ctx.vocab.modality.calling_verbs
    return bool(calling) and rule.mode in ctx.vocab.words("called_without_caller_modes")


def _urged_to(verb: Token, noun: Token, ctx: EsContext) -> list[Token]:
    """The ones a request of calling or urging (`called_to_verbs`, an event of its own) urges
    to the act: "la central instó a los trabajadores a una huelga" (the workers would strike;
    1.155.0). A call that is no event keeps its caller ("convocó a sus seguidores a una
    jornada de protestas": the caller protests, as the protest gold codes it)."""
    rule = ctx.rules.get(verb.i)
    if rule is None or rule.type != "REQUEST":
        return []
    if not lemma_set(verb, ctx.vocab) & ctx.vocab.words("called_to_verbs"):
        return []
    return [o for o in _objects(verb) if o.i != noun.i]


def _objects(verb: Token) -> list[Token]:
    # ("instó a los trabajadores a una huelga": the ones urged read as the indirect object)
    return [
        c for c in verb.children
        if c.dep_ in ("obj", "iobj") and c.pos_ in ("NOUN", "PROPN", "PRON")
    ]  # fmt: skip


def _staged(noun: Token, ctx: EsContext) -> bool:
    """The noun is the object of a verb of doing it with a subject of its own ("realizaron un
    paro", "protagonizaron una huelga"): that subject does it."""
    verb, link = governing_verb(noun)
    if verb is None or link != "obj":
        return False
    doing = lemma_set(verb, ctx.vocab) & ctx.vocab.words("participation_verbs")
    return bool(doing) and any(s.i != noun.i for s in subjects(verb))


def _given(
    actors: list[Token], targets: list[Token], receivers: list[Token]
) -> tuple[list[Token], list[Token]]:
    """A gift received: its "de"-objects (read as the noun's targets, as in "la ayuda de
    Estados Unidos a Ucrania" they would be its givers) give it, the receivers get it."""
    givers = [t for t in targets if case_of(t) == "de"]
    rest = [t for t in targets if t not in givers]
    return (actors or givers), (rest or receivers)


def _agent_of_object(of_phrase: Token, ctx: EsContext) -> list[Token]:
    """A "por"-phrase naming an actor that the parser hung on a noun's "de"-object."""
    return [
        c for c in of_phrase.children
        if c.dep_ == "nmod" and case_of(c) == "por" and c.i > of_phrase.i
        and agentive_phrase(c, ctx) and not is_route(c, ctx)
    ]  # fmt: skip


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


def _possessive_only(actors: list[Token]) -> bool:
    return bool(actors) and all(a.dep_ == "det" and "Yes" in feats(a, "Poss") for a in actors)


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
    organizan los sindicatos", "que han protagonizado los maestros" (a perfect is finite;
    whose own subject is not the relative pronoun)."""
    verbs = ctx.vocab.words("participation_verbs")
    return [
        c
        for noun in dict.fromkeys((trigger, anchor))
        for c in noun.children
        if c.dep_ in ("acl", "acl:relcl")
        and c.pos_ == "VERB"
        and (not is_participle(c) or _perfect(c))
        and lemma_set(c, ctx.vocab) & verbs
        and not _judged(c)
        and bool(_clause_agents(c, ctx))
    ]


def _perfect(verb: Token) -> bool:
    """A participle in a perfect tense, with "haber" ("han organizado")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "haber" for c in verb.children)


def _judged(clause: Token) -> bool:
    """A clause that says what the event is rather than takes part in it: its verb has an
    adjective as complement ("una huelga que el gobierno declaró ilegal", "la marcha que la
    policía mantuvo vigilada"), so its subject judges or handles the event, no organiser of it
    ("una huelga que declaró la COB" stays the union's)."""
    return any(c.pos_ == "ADJ" and c.dep_ in ("obj", "xcomp") for c in clause.children)


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
