"""Who a Spanish protest is by and whom it (or a complaint, a demand) is against, where its own
words leave it to the words around them. Used by the verb and
noun argument modules (events_es_verb_arguments, events_es_noun_arguments).

- Who protests: whoever does the act a protest noun is the manner of ("renunció como
  protesta"), the one a strike noun tells the state of ("X en huelga"), the doers named once
  after a list of event nouns ("las protestas y marchas de los estudiantes").
- A protest handed over is against whom it is handed to: "entregó una protesta formal a
  Venezuela", "una carta de protesta enviada a Bogotá", "llevaron sus protestas a la sede del
  Gobierno" (the "a"-phrase of a delivery verb, `delivery_verbs`, taking the noun or the
  document it is written in).
- A protest framed by another noun is against what that noun's phrase says: "una ola de
  protestas contra el presidente", "una jornada de protesta en contra de la política" (the
  parser hangs the "contra"-phrase on the frame noun).
- A protest verb is against what its governing verb's "contra"-phrase names ('se proponían
  marchar por Berlín "contra los centros islámicos"'), and a blockade against its
  "contra"-phrase as well as the road it blocks.
- A protest against an act is against whoever did it: "protestan por la matanza de ballenas
  por parte de buques japoneses", "contra una operación lanzada por la policía" (the act's
  "por"-agent, as the PLOVER manual makes the target the one protested against).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import countries_in, gentilic_state, is_place_name
from chronicler.annotate.events_es_args import (
    OBLIQUE_DEPS,
    RELATIVE_PRONOUNS,
    EsContext,
    agentive_phrase,
    entity_at,
    is_agentive,
)
from chronicler.annotate.events_es_charges import offence_named
from chronicler.annotate.events_es_governors import governing_verb
from chronicler.annotate.events_es_hidden import is_time, names_place, obliques
from chronicler.annotate.events_es_match import turnout_of
from chronicler.annotate.events_es_morph import (
    agrees_in_form,
    case_fixed,
    case_of,
    feats,
    is_participle,
    number_of,
)
from chronicler.annotate.events_es_subjects import (
    lemma_set,
    opened_by_para,
    own_subjects,
    subjects,
    undergoer_subject,
)
from chronicler.annotate.events_es_vocab import EsRule

if TYPE_CHECKING:
    from spacy.tokens import Token

# Types whose target is the one addressed or blamed, so a recipient or a doer is theirs.
ADDRESSED_TYPES = frozenset({"PROTEST", "ACCUSE", "REQUEST", "REJECT", "THREATEN"})
AGAINST_TYPES = frozenset({"PROTEST", "ACCUSE"})


def addressees(trigger: Token, anchor: Token, ctx: EsContext) -> list[Token]:
    """Whom a protest, complaint or demand noun is handed to: the "a"-phrase of the delivery
    verb that takes it as its object ("entregó una protesta a X") or modifies it as a
    participle ("una carta de protesta enviada a X"), or that the parser hung on the noun
    itself ("envió una nota de protesta a Caracas"). Only people, bodies or states: "llevar
    la protesta a las calles" hands it to no one."""
    verbs = ctx.vocab.words("delivery_verbs")
    carriers: list[Token] = []
    verb, link = governing_verb(anchor)
    if verb is not None and link == "obj" and lemma_set(verb, ctx.vocab) & verbs:
        carriers.append(verb)
    carriers += [
        c
        for c in anchor.children
        if c.dep_ in ("acl", "amod") and is_participle(c) and lemma_set(c, ctx.vocab) & verbs
    ]
    if carriers:
        carriers += [trigger, anchor]
    return [
        c
        for carrier in dict.fromkeys(carriers)
        for c in carrier.children
        if c.dep_ in ("iobj", "obl", "obj", "nmod")
        and c.i not in (anchor.i, trigger.i)
        and case_of(c) == "a"
        and not is_time(c, ctx.vocab)
        and _party(c, ctx)
    ]


def written_to(trigger: Token, ctx: EsContext) -> list[Token]:
    """Whom a protest or demand verb in a "para" clause is made to, where that clause's verb
    writes or sends to them (`writing_verbs`: "escribió al ministro para protestar contra su
    detención", "enviaron una carta al presidente para protestar") or summons a diplomat
    (`summoning_verbs`: "convocó al embajador de Israel para protestar por el ataque"; not
    "convocó a sus afiliados para protestar", who protest themselves)."""
    verb = trigger.head
    if trigger.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX") or verb.i == trigger.i:
        return []
    if not opened_by_para(trigger):
        return []
    lemmas = lemma_set(verb, ctx.vocab)
    writes = bool(lemmas & ctx.vocab.words("writing_verbs"))
    summons = bool(lemmas & ctx.vocab.words("summoning_verbs"))
    if not (writes or summons):
        return []
    diplomats = ctx.vocab.role_words(frozenset({"diplomatic"}))
    return [
        c
        for c in verb.children
        if c.dep_ in ("obj", "iobj", "obl")
        and c.i < trigger.i
        and case_of(c) == "a"
        and not is_time(c, ctx.vocab)
        and _party(c, ctx)
        and (writes or bool(lemma_set(c, ctx.vocab) & diplomats))
    ]


def _party(head: Token, ctx: EsContext) -> bool:
    """People, a body or a state: "al embajador", "a Venezuela", "a su homólogo hondureño"."""
    text = " ".join(t.text for t in head.subtree)
    return agentive_phrase(head, ctx) or bool(countries_in(text, "es"))


def frame_targets(trigger: Token, anchor: Token, rule: EsRule, ctx: EsContext) -> list[Token]:
    """What a protest framed by another noun is against, hung on that noun: "una ola de
    protestas contra X", "una jornada de protesta en contra de X", "una carta de protesta por
    la detención" (a "por"-phrase naming a way or a place is where, not why)."""
    if anchor.i == trigger.i:
        return []
    return [
        c
        for c in anchor.children
        if c.dep_ in OBLIQUE_DEPS
        and c.i != trigger.i
        and case_of(c) in rule.target_preps
        and not is_time(c, ctx.vocab)
        and not (case_of(c) == "por" and (_where(c, ctx) or by_part_of(c)))
    ]


def _where(head: Token, ctx: EsContext) -> bool:
    places = ctx.vocab.words("places") | ctx.vocab.words("place_kinds")
    return bool(lemma_set(head, ctx.vocab) & places) or head.ent_type_ in ("LOC", "FAC")


def verb_against(trigger: Token, ctx: EsContext) -> list[Token]:
    """What a protest verb is against besides its object: its own "contra"-phrase ("bloquearon
    el servicio, contra un plan del Gobierno") and, for an infinitive, the one the parser hung
    on the verb governing it after the infinitive ("se proponían marchar por Berlín 'contra
    X'")."""
    against = frozenset({"contra"})
    found = obliques(trigger, against)
    if trigger.dep_ == "xcomp" and trigger.head.i not in ctx.rules:
        found += [c for c in obliques(trigger.head, against) if c.i > trigger.i]
    if not found:
        # "protestaron en la plaza central contra el cierre del hospital", "frente a la
        # alcaldía contra X": the parser hangs "contra X" on the place the protest is held
        places = [c for c in trigger.children if c.dep_ == "obl" and c.i > trigger.i]
        found += [g for p in places for g in p.children
                  if g.dep_ == "nmod" and case_of(g) == "contra" and g.i > p.i]  # fmt: skip
    return [c for c in found if not is_time(c, ctx.vocab)]


def faced(verb: Token, ctx: EsContext) -> list[Token]:
    """What a protest is held in front of when the parser reads "frente"/"delante" as an
    adverb of the verb and the place as its oblique ("hicieron una manifestación frente al
    Palacio de Gobierno", "una vigilia delante de la embajada"), as it is when it hangs "frente
    a X" on the noun (`opposing_preps`)."""
    facing = ctx.vocab.words("opposing_preps") - {"contra", "ante"}
    found = [
        g
        for a in verb.children
        if a.dep_ == "advmod" and a.lower_ in facing and a.i > verb.i
        for g in a.children
        if g.dep_ in OBLIQUE_DEPS and case_of(g) in ("a", "de") and not is_time(g, ctx.vocab)
    ]
    # (or as a preposition: "los huelguistas se apostaron frente a las oficinas del Instituto",
    # "seguían concentrados ante la embajada de X": the body whose seat it is, as for "se
    # concentraron frente a la sede de X")
    return found or [
        g
        for g in verb.children
        if g.dep_ == "obl"
        and case_of(g) in facing | {"ante"}
        and agentive_phrase(g, ctx)
        and not is_time(g, ctx.vocab)
    ]


def doers(targets: list[Token], ctx: EsContext, states: bool = True) -> list[Token]:
    """Who did the acts a protest or complaint is against: a "por parte de"-phrase in the
    act's phrase, a "por"-phrase there naming an actor or a nation's craft ("la matanza de
    ballenas por barcos japoneses": the ships stand for those who sail them, as "por parte
    de buques japoneses"; not "por barcos" alone, nor "por la ruta"), and the agent
    of a participle there ("una operación contra el contrabando lanzada por la policía"). The
    parser hangs them on any noun of the phrase ("la expropiación de sus tierras por la
    mafia"); the act is what takes an agent. With `states`, also the state a nationality
    adjective there names (`state_adjectives`); not for what a blockade blocks, a thing held
    shut, no act done ("bloquearon los puertos del litoral español")."""
    found: list[Token] = []
    for target in targets:
        if target.pos_ not in ("NOUN", "PROPN"):
            continue
        # (a place blocked or held is no act: "los puertos del litoral cantábrico español")
        blocked = not states or _where(target, ctx)
        for noun in _nominals(target):
            found += [] if blocked else state_adjectives(noun, ctx)
            for child in noun.children:
                if child.dep_ in OBLIQUE_DEPS and case_of(child) == "por":
                    # (an offence is why, whatever people word its phrase holds: "el
                    # asesinato de dos jóvenes por delitos menores")
                    doer = agentive_phrase(child, ctx) and not offence_named(child, ctx.vocab)
                    if by_part_of(child) or doer or state_craft(child, ctx):
                        found.append(child)
                elif child.dep_ in ("acl", "amod") and is_participle(child):
                    # (the parser may read the "por"-phrase as the participle's object)
                    found += [
                        c for c in child.children
                        if case_of(c) == "por" and agentive_phrase(c, ctx)
                    ]  # fmt: skip
        if target.dep_ == "obj" and target.head.pos_ == "VERB":
            # "para denunciar una matanza de ballenas por parte de buques japoneses": the
            # parser hangs the act's "por parte de" on the verb taking it, whose own doer
            # is its subject
            found += [
                c for c in target.head.children
                if c.dep_ in OBLIQUE_DEPS and c.i > target.i and by_part_of(c)
            ]  # fmt: skip
    return [f for f in dict.fromkeys(found) if f not in targets and not is_time(f, ctx.vocab)]


def employers(trigger: Token, verb: Token | None, ctx: EsContext) -> list[Token]:
    """The firm a strike is held at, which it is against: an "en"-phrase of the strike noun,
    or of the verb that takes it, naming an organisation or a workplace (`employer_nouns`):
    "iniciaron una huelga en la Goodyear", "un paro en la fábrica de cemento". Not a place
    ("una huelga en Bolivia") nor a time."""
    heads = [trigger, *([verb] if verb is not None and verb.i not in ctx.rules else [])]
    workplaces = ctx.vocab.words("employer_nouns")
    return [
        c
        for head in heads
        for c in head.children
        if c.dep_ in OBLIQUE_DEPS
        and case_of(c) == "en"
        and (_firm_name(c, ctx) or bool(lemma_set(c, ctx.vocab) & workplaces))
        and not is_time(c, ctx.vocab)
    ]


def _firm_name(token: Token, ctx: EsContext) -> bool:
    """A name tagged an organisation, or a name tagged no entity that is no place the country
    table knows (the small model tags firms' names MISC, which is not kept, as often as ORG:
    "la Goodyear Tire and Rubber Company")."""
    label = entity_at(token, ctx)
    if label is not None:
        return label == "ORG"
    return token.pos_ == "PROPN" and not is_place_name(token.text) and not names_place(token, ctx)


def state_adjectives(noun: Token, ctx: EsContext) -> list[Token]:
    """A nationality adjective on a thing or act a protest or complaint is against names the
    state whose doing it is ("protestan contra las pruebas nucleares francesas": France; "la
    ocupación israelí", "la política económica estadounidense", "la privatización del puerto
    chileno"), as the English "threatened with Russian intervention" (events_participants.
    _state_of_adjective). Not on a word for people or a body ("los pescadores chilenos", "el
    gobierno francés"): they are the party themselves, the adjective only their country."""
    if noun.pos_ != "NOUN" or is_agentive(noun, ctx) or state_craft(noun, ctx):
        return []
    return [
        c
        for c in noun.children
        if c.dep_ == "amod" and c.pos_ == "ADJ" and gentilic_state(c.text, "es") is not None
    ]


def state_craft(head: Token, ctx: EsContext) -> bool:
    """Ships, aircraft or armour of a nation (`craft_nouns` with a nationality adjective or a
    country's "de"-phrase: "barcos japoneses", "aviones de Rusia"): those who crew them act,
    as the English "Israeli jets bombed"; a craft named alone is a thing."""
    if not lemma_set(head, ctx.vocab) & ctx.vocab.words("craft_nouns"):
        return False
    return any(
        (c.dep_ == "amod" or (c.dep_ == "nmod" and case_of(c) == "de"))
        and bool(countries_in(c.text, "es"))
        for c in head.children
    )


def protested_parties(trigger: Token, ctx: EsContext) -> list[Token]:
    """Whom an act done to protest is aimed at: the doers of what its purpose clause protests
    against, or the parties that clause names ("Irak suspendió sus exportaciones para
    protestar contra el retraso de los pagos por parte de la ONU": the UN; "suspendió las
    compras para protestar contra la decisión de Brasil": Brazil), also when a manner noun
    tells it ("en protesta por la decisión de Brasil")."""
    found: list[Token] = []
    # (the parser may hang the purpose on the object: "suspendió las compras para protestar")
    # (or on a noun trigger's adjective: "un paro armado en protesta por X")
    things = [c for c in trigger.children if c.dep_ in ("obj", "amod")]
    # (or on an adverbial clause of its own that tells no act, a time or a circumstance:
    # "suspendió las compras -al concluir el semestre- para protestar contra X", "cerró la
    # frontera, tras reunirse con su gabinete, para protestar por X")
    asides = [
        c
        for c in trigger.children
        if c.dep_ == "advcl" and c.i not in ctx.rules and {"Inf", "Ger"} & set(feats(c, "VerbForm"))
    ]
    nested = [g for a in asides for g in a.children if g.i > a.i]
    for clause in [*trigger.children, *(g for t in things for g in t.children), *nested]:
        rule = ctx.rules.get(clause.i)
        if rule is None or rule.type not in AGAINST_TYPES:
            continue
        purpose = clause.dep_ in ("advcl", "acl") and opened_by_para(clause)
        # ("suspendió las compras en protesta por la decisión de Brasil": the manner noun)
        manner = clause.pos_ == "NOUN" and case_of(clause) == "en"
        if not (purpose or manner):
            continue
        topics = [
            t
            for t in obliques(clause, rule.target_preps)
            + [c for c in clause.children if c.dep_ == "obj"]
            if not is_time(t, ctx.vocab)
        ]
        # (an act protested is no party: its doers are, when told; "en protesta por la
        # detención del periodista" names none; 1.162.3)
        found += doers(topics, ctx) or [
            t for t in topics if agentive_phrase(t, ctx) and t.i not in ctx.rules
        ]
    return list(dict.fromkeys(found))


def _nominals(head: Token) -> list[Token]:
    """A noun and the nouns of its phrase, through "de"/"en"/"contra"-phrases (no clauses)."""
    out = [head]
    stack = [c for c in head.children if c.dep_ == "nmod" and case_of(c) != "por"]
    while stack:
        noun = stack.pop()
        out.append(noun)
        stack += [c for c in noun.children if c.dep_ == "nmod" and case_of(c) != "por"]
    return out


def by_part_of(head: Token) -> bool:
    """ "por parte de X": the parser reads the three words as one preposition."""
    return any(f.lower_ == "parte" for f in case_fixed(head))


def causes(verb: Token, ctx: EsContext) -> bool:
    """A verb whose subject caused the protest it takes: "la visita originó protestas"."""
    return bool(lemma_set(verb, ctx.vocab) & ctx.vocab.words("cause_verbs"))


def outside_subject(verb: Token, rule: EsRule, ctx: EsContext) -> bool:
    """A verb taking an event noun as object whose subject takes no part in it: who handles,
    shows or tells it ("la policía dispersó la marcha", "las televisiones mostraron los
    enfrentamientos"), or, for a protest or complaint, what caused it ("la decisión provocó
    protestas")."""
    if lemma_set(verb, ctx.vocab) & ctx.vocab.words("bystander_verbs"):
        return True
    return rule.type in AGAINST_TYPES and causes(verb, ctx)


def greeted_by(verb: Token, anchor: Token, link: str, ctx: EsContext) -> bool:
    """A protest noun greeting a visitor in a passive of greeting ("el ministro fue recibido
    con protestas", "fue recibido por protestas de estudiantes"): the passive's subject is
    whom it is against."""
    return (
        link in ("obj", "obl")
        and case_of(anchor) in ("con", "por")
        and bool(lemma_set(verb, ctx.vocab) & ctx.vocab.words("protest_greeting_verbs"))
        and undergoer_subject(verb)
    )


def participles(noun: Token) -> list[Token]:
    """Participles on a noun ("la manifestación, organizada para protestar por X"), also the
    ones set off by commas right after it that agree with it in gender and number, wherever
    the parser hung them ("la manifestación, violentamente disuelta por la policía,
    organizada para protestar por X": the march was organised, not the police)."""
    own = [c for c in noun.children if c.dep_ in ("acl", "amod") and is_participle(c)]
    return list(dict.fromkeys(own + _set_off_participles(noun)))


def _set_off_participles(noun: Token) -> list[Token]:
    doc, out = noun.doc, []
    comma = noun.i + 1
    while comma < len(doc) and doc[comma].text == ",":
        word = comma + 1
        while word < len(doc) and doc[word].pos_ == "ADV":  # "violentamente disuelta"
            word += 1
        if (
            word >= len(doc)
            or not is_participle(doc[word])
            or not agrees_in_form(doc[word], noun, shown=True)
        ):
            break
        out.append(doc[word])
        comma = next(
            (
                i
                for i in range(word + 1, min(word + 15, len(doc)))
                if doc[i].text == "," or "Fin" in feats(doc[i], "VerbForm")
            ),
            len(doc),
        )
    return out


def own_relatives(noun: Token, ctx: EsContext) -> list[Token]:
    """Relative clauses on a protest noun that tell the protest itself doing something, no
    event of their own ("una huelga, que incluye el bloqueo de carreteras, para protestar
    contra el gobierno": the parser hangs the strike's purpose on "incluye")."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("acl", "acl:relcl")
        and c.pos_ in ("VERB", "AUX")
        and c.i not in ctx.rules
        # (its subject the relative pronoun, which may be read as the noun it stands for)
        and any(
            s.i == noun.i or (s.lower_ in RELATIVE_PRONOUNS and s.i < c.i) for s in own_subjects(c)
        )
    ]


def asked_of(trigger: Token, ctx: EsContext) -> list[Token]:
    """Whom a demand verb asks, named by "de": "los unionistas exigen de Londres garantías"."""
    return [
        c
        for c in trigger.children
        if c.dep_ in ("obl", "iobj", "obj")
        and case_of(c) == "de"
        and c.i < _first_object(trigger)
        and _party(c, ctx)
    ]


def _first_object(verb: Token) -> int:
    """Where the thing demanded starts ("exigen de Londres la garantía"): a "de"-phrase after
    it is the thing's own ("exigen la renuncia del ministro")."""
    bare = [c.i for c in verb.children if c.dep_ == "obj" and case_of(c) is None]
    return min(bare, default=len(verb.doc))


def condition_subjects(trigger: Token, ctx: EsContext) -> list[Token]:
    """Whom a conditional threat is against: the subject of its "si"-clause, who must act to
    avert it ("amenazó con abandonar el torneo si la federación no castigaba a ...")."""
    clauses = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp", "ccomp", "obl")]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "advcl"]
    return [
        s
        for clause in clauses
        if any(m.dep_ == "mark" and m.lower_ == "si" for m in clause.children)
        for s in own_subjects(clause)
        if agentive_phrase(s, ctx)
    ]


def purpose_addressees(anchors: list[Token], ctx: EsContext) -> list[Token]:
    """Whom a protest's purpose asks to act or to stop: the subject of the clause it wants
    brought about or prevented ("para que el ministro retire el decreto", "para evitar que el
    gobierno apruebe la reforma")."""
    for anchor in anchors:
        for clause in anchor.children:
            if clause.dep_ not in ("advcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
                continue
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            if not opened_by_para(clause):
                continue
            told = [clause] if "que" in marks else [
                c for c in clause.children
                if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "que"
                                              for m in c.children)
            ]  # fmt: skip
            found = [
                s
                for t in told
                for s in own_subjects(t)
                if s.lower_ not in RELATIVE_PRONOUNS and agentive_phrase(s, ctx)
            ]
            if found:
                return found
    return []


def responsible(trigger: Token, ctx: EsContext) -> list[Token]:
    """Who an event noun is said to be the work of: the subject of "ser responsable / autor
    de" it ("X es responsable de varios asesinatos"), or of the verb taking the responsibility
    for it ("X se atribuyó la responsabilidad del atentado")."""
    holder = trigger.head
    if trigger.dep_ != "nmod" or case_of(trigger) != "de" or holder.i == trigger.i:
        return []
    if not lemma_set(holder, ctx.vocab) & ctx.vocab.words("responsibility_words"):
        return []
    own = [c for c in holder.children if c.dep_ == "nsubj"]
    if own:
        return own
    verb, link = governing_verb(holder)
    if verb is None or link != "obj":
        return []
    return [s for s in own_subjects(verb) if s.lower_ not in RELATIVE_PRONOUNS]


def shared_of(noun: Token, ctx: EsContext) -> list[Token]:
    """The doers named once after a list of event nouns: "las protestas y marchas de los
    estudiantes", "protestas, saqueos y disturbios de militares" (the "de"-phrase the parser
    hangs on the last event noun is every one's; not a list the parser made of an event and
    another noun: "una manifestación contra X y la presencia de Bush")."""
    first = noun.head if noun.dep_ == "conj" else noun
    listed = [c for c in first.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    if not listed or max(c.i for c in listed) <= noun.i:
        return []
    last = max(listed, key=lambda c: c.i)
    if last.i not in ctx.rules:
        return []
    return [
        c
        for c in last.children
        if c.dep_ == "nmod" and case_of(c) == "de" and c.i > last.i and agentive_phrase(c, ctx)
    ]


def _determined(noun: Token) -> bool:
    """A noun with an article or determiner ("en la marcha"), a happening and not the state
    a bare noun tells ("en huelga")."""
    return any(c.dep_ == "det" for c in noun.children)


def state_holder(trigger: Token, rule: EsRule, ctx: EsContext) -> Token | None:
    """Whose state a protest noun after "en" tells: "X en huelga" (the noun it modifies, or,
    when the parser hangs "en huelga" on the verb, the object or subject whose phrase ends
    right before it: "desalojó a los cerca de 50 empleados de la cultura en huelga"; not a
    determined noun there, the act's scene: "arrestaron a tres dirigentes en la marcha")."""
    if rule.mode not in ctx.vocab.words("manner_modes") or case_of(trigger) != "en":
        return None
    if trigger.dep_ == "nmod" and trigger.head.pos_ in ("NOUN", "PROPN"):
        holder = trigger.head  # (up a "de"-chain: "los empleados de la cultura en huelga")
        while not is_agentive(holder, ctx) and holder.dep_ == "nmod" and case_of(holder) == "de":
            holder = holder.head
        return holder if is_agentive(holder, ctx) else None
    if trigger.dep_ == "ROOT":
        # a headline with no verb, its holder after it ("En huelga los mineros rusos"),
        # whatever label the parser gives that phrase
        after = [
            c for c in trigger.children
            if c.i > trigger.i and c.pos_ in ("NOUN", "PROPN") and case_of(c) is None
        ]  # fmt: skip
        return after[0] if after and is_agentive(after[0], ctx) else None
    start = min(t.i for t in trigger.subtree)
    if trigger.dep_ != "obl" or start == 0 or _determined(trigger):
        return None  # ("arrestaron a tres dirigentes en la marcha": the act's scene; es44)
    # the phrase ending right before it ("los empleados de la cultura en huelga")
    phrase = next(
        (c for c in trigger.head.children
         if c.dep_ in ("obj", "nsubj") and max(t.i for t in c.subtree) == start - 1),
        None,
    )  # fmt: skip
    if phrase is None or phrase.pos_ not in ("NOUN", "PROPN"):
        return None
    return phrase if is_agentive(phrase, ctx) else None


def episode_object_doer(trigger: Token, rule: EsRule, ctx: EsContext) -> list[Token]:
    """The dropped subject of a "cuando"/"mientras" clause hung on an act done to someone
    ("La policía detuvo al opositor cuando protestaba", "dispararon contra los manifestantes
    cuando marchaban"): the one acted on, when the verb's number fits them and not the doer,
    or fits both and the act is one the acted-on do (a protest, a flight: the police do not
    protest); else none, and the doer's subject is inherited as before ("cuando patrullaba
    el barrio")."""
    clause = trigger.head if trigger.dep_ == "xcomp" else trigger  # "cuando intentaba huir"
    head = clause.head
    if (
        clause.dep_ != "advcl"
        or own_subjects(trigger)
        or own_subjects(clause)
        or head.pos_ not in ("VERB", "AUX")
        or not any(
            c.dep_ == "mark" and c.lower_ in ctx.vocab.words("episode_marks")
            for c in clause.children
        )
    ):
        return []
    acted_on = [
        c
        for c in head.children
        if (c.dep_ in ("obj", "iobj") and (case_of(c) == "a" or c.pos_ == "PRON"))
        or (c.dep_ == "obl" and case_of(c) == "contra" and agentive_phrase(c, ctx))
    ]
    number = number_of(clause)
    fits = [o for o in acted_on if number_of(o) in (None, number)]
    if not fits or number is None:
        return []
    doer_fits = any(number_of(s) in (None, number) for s in subjects(head))
    sense = rule.type.lower() in ctx.vocab.words("object_doer_types") or (
        rule.mode in ctx.vocab.words("object_doer_modes")
    )
    return fits if not doer_fits or sense else []


# Roles of people who protest: a subject of one of them acting while a protest goes on is
# one of its protesters, a state's body or force is not (it answers the protest).
_PROTESTER_ROLES = frozenset({"civilians", "opposition", "prisoners"})


def time_frame_protesters(trigger: Token, ctx: EsContext) -> list[Token]:
    """Who holds a protest told only as the time of its clause's act, by itself or in the
    "de"-phrase of a span of time (`time_span_nouns`) under a preposition of time
    (`time_preps`, `time_frame_preps`; "en" only on a span): the clause's subject when it
    names people who protest ("Durante los cuatro días de protesta, los manifestantes han
    saboteado la producción", "Tras diez días de huelga, los mineros volvieron al trabajo":
    the protesters, was no one); not a state's body or force that acts meanwhile ("En el
    tercer día de huelga, el gobierno ofreció un aumento": no one named), nor one who only
    undergoes the clause's act ("Un estudiante murió durante la protesta")."""
    spans = ctx.vocab.words("time_span_nouns")
    framed = trigger.dep_ == "nmod" and case_of(trigger) == "de"
    head = trigger.head if framed and lemma_set(trigger.head, ctx.vocab) & spans else trigger
    preps = ctx.vocab.words("time_preps") | ctx.vocab.words("time_frame_preps")
    if head is not trigger:
        preps = preps | {"en"}
    verb = head.head
    if head.dep_ != "obl" or case_of(head) not in preps or verb.pos_ not in ("VERB", "AUX"):
        return []
    lemmas = lemma_set(verb, ctx.vocab)
    undergone = any(r.subject == "target" and lemmas & r.verbs for r in ctx.vocab.rules)
    if undergoer_subject(verb) or undergone:
        return []  # "Un estudiante murió durante la protesta": what he underwent tells no part
    people = ctx.vocab.role_words(_PROTESTER_ROLES)
    return [
        s
        for s in own_subjects(verb)
        if s.i != trigger.i and s.pos_ == "NOUN" and lemma_set(s, ctx.vocab) & people
    ]


def turnout(trigger: Token, ctx: EsContext) -> list[Token]:
    """The people a protest noun gathered, told by a verb of gathering whose subject it is or
    whose relative clause describes it, also through a frame noun ("una manifestación que
    reunió a unas 20.000 personas", "la marcha reunió a miles de campesinos": they protest;
    events_es_match.turnout_of)."""
    owners = [trigger]
    if trigger.dep_ == "nmod" and case_of(trigger) == "de":
        owners.append(trigger.head)  # "las jornadas de protesta que reunieron a X"
    verbs = [c for o in owners for c in o.children if c.dep_ in ("acl", "acl:relcl")]
    verbs += [o.head for o in owners if o.dep_ == "nsubj" and o.head.pos_ == "VERB"]
    for verb in verbs:
        holder = turnout_of(verb, ctx.vocab)
        if holder is None or holder.i != trigger.i:
            continue
        return [
            c
            for c in verb.children
            if c.dep_ in ("obj", "obl")
            and case_of(c) in (None, "a", "entre")
            and not is_time(c, ctx.vocab)
            and agentive_phrase(c, ctx)
        ]
    return []
