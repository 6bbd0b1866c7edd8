"""Spanish verbs and their subjects, read from the UD parse of es_core_news_* (nsubj, obj,
iobj, obl/nmod with a `case` child; no nsubj:pass labels, so the passive is read from "ser" +
participle). The word-form tests they rest on (morphology, case prepositions, participles,
the unaccented preterites the small model misreads) are in events_es_morph; the verb a noun
hangs on and the controller of an infinitive in events_es_governors.

A subject the parser misplaced is recovered where the misreading is regular: a wire dateline
made the subject ("CIUDAD, fecha (AFP) - X ..."), a time phrase made the subject ("El
miércoles, un grupo ... protestó": it names when, never who), a subject hung on a time word
("el sábado, una marcha ... protestó"), a fronted phrase or a place, or read as an
indirect object (those in events_es_misplaced_subjects), a predicate read as an object
("resultó herido") or as an apposition set off by a comma ("Un campesino, murió al..."), an
infinitive on a noun the verb takes ("baraja la posibilidad de protestar"). A dropped subject
is left empty here, except under a verb of saying that announces what its agreeing subject
will do ("anunciaron que realizarán una huelga"); events_es_args resolves the rest to a
person named nearby.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from chronicler.annotate.datelines import past_dateline
from chronicler.annotate.events_es_misplaced_subjects import (
    after_al_infinitive,
    bare_indirect_object,
    count_closing_fronted_phrase,
    name_after_fronted_phrase,
    name_on_place,
    subject_on_time_word,
)
from chronicler.annotate.events_es_morph import (
    SUBJECT_DEPS,
    case_of,
    conditional_form,
    feats,
    has_aux,
    is_infinitive,
    is_nonfinite,
    is_participle,
    is_se,
    misread_modifier,
    misread_preterite,
    number_of,
    object_clitic,
)
from chronicler.annotate.events_es_purpose_phrases import purpose_act, purpose_phrase
from chronicler.annotate.events_es_reporters import according_to_subject, reporter_after_clause
from chronicler.annotate.events_es_times import time_phrase
from chronicler.annotate.events_es_ultimatums import misread_command
from chronicler.annotate.events_es_vocab import (
    EsVocab,
    candidate_lemmas,
    load_vocab_es,
    predicative_participle,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class _LemmaSets(threading.local):
    """The candidate lemmas of the tokens of the last parse read, for one vocabulary. The rules
    ask for them several times per token, and working them out again each time was a fifth of
    the Spanish stage's time; a parse is not changed once events are read off it. One parse
    is kept per thread, so a thread never reads another's."""

    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.vocab: EsVocab | None = None
        self.sets: dict[int, frozenset[str]] = {}


_LEMMA_SETS = _LemmaSets()


def lemma_set(token: Token, vocab: EsVocab) -> frozenset[str]:
    cached = _LEMMA_SETS
    doc = token.doc
    if cached.doc is not doc or cached.vocab is not vocab:
        cached.doc, cached.vocab, cached.sets = doc, vocab, {}
    found = cached.sets.get(token.i)
    if found is None:
        found = cached.sets[token.i] = frozenset(candidate_lemmas(token, vocab))
    return found


def undergoer_subject(trigger: Token) -> bool:
    """The subject undergoes the act: "fue detenido", "está recluido", "y acusado de"; not
    the keeper of a thing ("mantienen bloqueado el puerto": they block it)."""
    if trigger.pos_ in ("ADJ", "NOUN") and kept_things(trigger):
        return False
    if trigger.pos_ == "ADJ" and has_aux(trigger, "haber"):
        return False  # "negó haberlos detenido": a perfect the model tagged as an adjective
    if trigger.pos_ == "ADJ":
        return not (
            misread_preterite(trigger) or misread_modifier(trigger) or over_infinitive(trigger)
        )
    if trigger.pos_ == "NOUN" and (is_participle(trigger) or _predicative(trigger)):
        return True  # ("quedó presa", "siguen detenidas": a participle read as a noun)
    if not is_participle(trigger):
        return False
    if has_aux(trigger, "ser") or any(c.dep_ == "aux:pass" for c in trigger.children):
        return True  # "fue detenido", "había sido arrestado"
    if has_aux(trigger, "haber"):
        return False
    # A bare participle coordinated with an active perfect shares it: "ha detenido y encarcelado".
    return not (trigger.dep_ == "conj" and has_aux(trigger.head, "haber"))


def infinitive_read_as_subject(token: Token) -> bool:
    """An infinitive the model made the subject of a verb it read as an adjective, beside
    that verb's own subject and with no copula: the act asked ("el jefe le \"sugiriera\"
    renunciar": "sugiriera" an adjective, "renunciar" its csubj); not "es difícil
    renunciar"."""
    head = token.head
    return (
        token.dep_ == "csubj"
        and "Inf" in feats(token, "VerbForm")
        and head.pos_ == "ADJ"
        and not is_participle(head)
        and any(c.dep_ == "nsubj" for c in head.children)
        and not any(c.dep_ == "cop" for c in head.children)
    )


def over_infinitive(token: Token) -> bool:
    """A verb read as an adjective over the infinitive it asks (infinitive_read_as_subject):
    active, its subject does it."""
    return any(infinitive_read_as_subject(c) for c in token.children)


def _event_noun(token: Token, vocab: EsVocab) -> bool:
    """A noun some rule of the vocabulary takes as a trigger ("irrupción", "ataque")."""
    lemmas = lemma_set(token, vocab)
    return any(lemmas & rule.nouns for rule in vocab.rules)


def inverted_relative(verb: Token, vocab: EsVocab | None = None) -> Token | None:
    """The object of a relative clause the parser read object first: in "una resolución que
    condena la irrupción" it makes "que" the object (or a second subject) and the noun after
    the verb the subject.
    A happening does no act, so an event noun there is the object, and the noun the clause
    modifies, which "que" stands for, the subject. (A person or body after the verb stays
    the subject: "el periodista que detuvo la policía".)"""
    if verb.dep_ not in ("acl", "acl:relcl") or verb.head.pos_ != "NOUN" or verb.pos_ != "VERB":
        return None
    # ("que" read as the object, or as a second subject beside the noun after the verb)
    if not any(
        c.dep_ in ("obj", "nsubj") and c.lower_ == "que" and c.i < verb.i for c in verb.children
    ):
        return None
    after = next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.i > verb.i and c.pos_ == "NOUN" and case_of(c) is None
        ),
        None,
    )
    if after is None or not _event_noun(after, vocab or load_vocab_es()):
        return None
    return after


def own_subjects(verb: Token) -> list[Token]:
    if inverted_relative(verb) is not None:
        return [verb.head]  # "una resolución que condena la irrupción": the resolution
    # A time phrase the parser made a subject names when, never who: "El miércoles, un grupo
    # de estudiantes protestó", "El dia 3 de mayo el campesino X fue asesinado"; the real
    # subject is beside it, or hung on it ("La tarde del viernes, decenas de campesinos")
    found = [
        c
        for c in verb.children
        if c.dep_ in SUBJECT_DEPS
        and c.pos_ not in ("SYM", "PUNCT")  # a closing quote read as one: "los 'forajidos'"
        and not time_phrase(c)
        and not infinitive_read_as_subject(c)
        and not object_read_as_subject(c)
        and not misread_command(c)  # "Sal o te matamos": a command, no doer (1.162.1)
        # ("informó que junto con su compañero se declararon": the conjunction opening a
        # complement clause, read as a relative pronoun subject, names no one)
        and not (c.lower_ == "que" and verb.dep_ == "ccomp" and c.i < verb.i)
    ]
    if found:
        found = _without_infinitive_objects(verb, found)
        # "BALTIMORE, Dic 8 (AFP) - Angela Davis ... protestó": the parser makes the dateline
        # the subject and the real one its apposition after the dash
        return [a for s in found for a in past_dateline(s)]
    finite = "Fin" in feats(verb, "VerbForm") or any(
        c.dep_ in ("aux", "aux:pass") and "Fin" in feats(c, "VerbForm") for c in verb.children
    )  # ("habían manifestado": a participle with a finite auxiliary)
    if verb.pos_ in ("VERB", "AUX") and finite:
        return (
            subject_on_time_word(verb)
            or according_to_subject(verb)
            or reporter_after_clause(verb)
            or bare_indirect_object(verb)
            or name_on_place(verb)
            or name_after_fronted_phrase(verb)
            or count_closing_fronted_phrase(verb)
        )
    return after_al_infinitive(verb)


def object_read_as_subject(noun: Token) -> bool:
    """A singular common noun after an active plural finite verb that the parser made its
    subject ("Levantaron el bloqueo tras el acuerdo", "bloqueo" nsubj): a plural verb takes
    no singular subject, so the noun set after it is its object. Not a noun of a list ("X y
    Y") nor one with a preposition."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or noun.i < verb.i or case_of(noun):
        return False
    if verb.pos_ != "VERB" or "Fin" not in feats(verb, "VerbForm") or undergoer_subject(verb):
        return False
    if "Plur" not in feats(verb, "Number") or "3" not in feats(verb, "Person"):
        return False
    return feats(noun, "Number") == ["Sing"] and not any(c.dep_ == "conj" for c in noun.children)


def _without_infinitive_objects(verb: Token, found: list[Token]) -> list[Token]:
    """ "Los campesinos se preparan a invadir Brasilia": a second subject the parser set after
    the verb's infinitive complement, beside one before the verb, is that infinitive's object
    (a clause has one subject; a noun after "invadir" is what is invaded)."""
    if not any(s.i < verb.i for s in found):
        return found
    infinitives = [c.i for c in verb.children if c.dep_ == "xcomp" and is_infinitive(c)]
    return [s for s in found if not (s.i > verb.i and any(verb.i < x < s.i for x in infinitives))]


def _predicative(verb: Token) -> bool:
    """A participle as a verb's complement, tagged an adjective ("quedó detenido") or, in the
    plural, a noun ("permanecieron refugiados")."""
    if verb.pos_ == "ADJ":
        return is_participle(verb)
    return predicative_participle(verb, load_vocab_es())


def _owned_by_relative(noun: Token) -> bool:
    """A noun owned by a relative possessive ("cuyo descrédito", "cuya popularidad")."""
    return any(c.lower_ in ("cuyo", "cuya", "cuyos", "cuyas") for c in noun.children)


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Subject(s) of a verb, inherited through control, coordination and gerunds."""
    own = own_subjects(verb) or _gerund_subjects(verb)
    issuer = _issuer(verb, own)
    if issuer is not None and depth <= 3:  # "aprobó una resolución que condena X"
        return subjects(issuer, depth + 1)
    if own or depth > 3 or verb.head.i == verb.i:
        return own
    head, dep = verb.head, verb.dep_
    if misread_modifier(verb):
        return [head]  # "Un grupo armado ataco ...": the noun it was hung on
    held = kept_objects(verb)
    if held:
        return held  # "la policía mantiene detenidos a dos estudiantes": the ones kept
    if kept_things(verb):
        return own_subjects(head)  # "los pescadores mantienen bloqueado el puerto": they block
    if dep == "obj" and head.pos_ == "VERB" and _predicative(verb):
        # "un campesino resultó herido", "quedó detenido": the parser reads the predicative
        # participle as the object; its subject is the verb's, or, set after it ("resultaron
        # heridos dos militares"), a second object the parser gave the verb
        return (
            own_subjects(head)
            or [
                c
                for c in head.children
                if c.dep_ == "obj"
                and c.i > verb.i
                and c.pos_ in ("NOUN", "PROPN")
                and not case_of(c)
            ][:1]
            or _noun_read_as_modifier(verb)
        )
    if dep == "appos" and verb.pos_ in ("VERB", "ADJ") and head.pos_ in ("NOUN", "PROPN"):
        # "Un campesino de 35 años, murió al activar...", "X, detenido ayer, ...": the
        # predicate set off by a comma is read as an apposition of its subject
        comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
        return [head] if head.i < verb.i and comma else []
    if dep == "acl" and is_infinitive(verb) and head.dep_ == "obj" and perceived(head.head):
        return [head]  # "el periodista vio a los soldados disparar": the soldiers shoot
    if dep == "acl" and is_infinitive(verb) and purpose_phrase(verb, dep, head, load_vocab_es()):
        # "desplegó agentes con el fin de detener a los saqueadores": a purpose's doer is the
        # doer of the act it is the purpose of, as "para detener" (1.165.0)
        return subjects(purpose_act(head), depth + 1)
    if dep == "acl" and is_infinitive(verb) and head.dep_ == "obj" and head.head.pos_ == "VERB":
        # "baraja la posibilidad de protestar", "anunció su decisión de renunciar": the one
        # who weighs or announces it
        if _threat_received(head):
            return []  # "recibió amenazas de quemar su casa": the threatened burns nothing
        return subjects(head.head, depth + 1)
    reason = reason_doers(verb, dep, head)
    if reason:
        return reason
    # ("llamó a los campesinos a levantarse": the infinitive read as an adverbial clause; the
    # ones called rise; 1.151.0)
    called = dep == "advcl" and is_infinitive(verb) and object_control(head)
    if (
        dep == "xcomp"
        or (dep == "ccomp" and is_infinitive(verb))
        or infinitive_read_as_subject(verb)
        or (called and any(c.dep_ == "mark" and c.lower_ == "a" for c in verb.children))
    ):
        if dep == "xcomp" and perceived(head):
            return _perceived_doers(verb, head)
        if dep == "xcomp" and head.dep_ in ("acl", "acl:relcl") and _content_verb(head):
            return []  # "amenazas que incluían quemar su casa": no doer named (1.146.0)
        if object_control(head):  # "ordenó a la policía detener a X": the police detain
            # (or a clitic: "lo acusó de instigar la violencia": he instigated)
            controller = [
                c
                for c in head.children
                if c.dep_ in ("obj", "iobj") and (case_of(c) or object_clitic(c))
            ]
            if controller:
                return controller
        return subjects(head, depth + 1)  # "prometió liberar", "negó haber detenido"
    described = _described_before_comma(verb) if dep == "advcl" else None
    if described is not None:
        return [described]
    if dep == "advcl" and _purpose_clause(verb) and noun_participle(head):
        # "una manifestación, organizada por el partido NPD para protestar contra X", "la
        # marcha, convocada por los sindicatos para exigir aumentos": who organised it for
        # that purpose, by the participle's "por"-agent; the participle describes its noun,
        # so with no agent the doer is not named (not the noun, nor whom it describes)
        return participle_agents(head)
    if dep == "conj" and "1" in feats(verb, "Person") and "1" not in feats(head, "Person"):
        return []  # "entreguen las armas o los atacaremos": "we", no subject of the first
    if dep in ("conj", "advcl") and head.pos_ in ("VERB", "AUX", "ADJ"):
        inherited = subjects(head, depth + 1)
        if (
            dep == "advcl"
            and head.dep_ in ("acl", "acl:relcl")
            and all(_owned_by_relative(s) for s in inherited)
        ):
            # "la Corte Suprema, cuyo descrédito se ha acrecentado desde que decidió
            # liberarlo": the one the relative clause is on decides, not what "cuyo" owns
            # (1.159.3)
            return [head.head] if inherited and head.head.pos_ in ("NOUN", "PROPN") else inherited
        return inherited
    if is_nonfinite(verb) and dep in ("advcl", "acl") and head.pos_ == "ADV":
        # "llegaron a la capital después de recorrer 400 km para exigir X", "antes de
        # partir": the parser hangs the infinitive on the adverb; it shares the subject of
        # the verb the adverb modifies
        modified = head.head
        if head.dep_ == "advmod" and modified.pos_ in ("VERB", "AUX") and modified.i != head.i:
            return subjects(modified, depth + 1)
    if dep == "ccomp" and "Ger" in feats(verb, "VerbForm") and head.pos_ in ("VERB", "AUX"):
        # "el comité enviará documentos a la federación pidiendo que X": a gerund clause,
        # whatever label the parser gives it, shares the subject of its verb
        return subjects(head, depth + 1)
    nominal_root = head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN", "NUM")
    if dep in ("advcl", "acl") and nominal_root and opened_by_para(verb):
        # a headline with no verb: "Miles de manifestantes ... para apoyar al PDS" (the
        # purpose clause hung on the root noun as its modifier or as an adverbial clause)
        return [head]
    if dep == "ccomp" and _announced(verb):
        # "los maestros anunciaron que realizarán una huelga": who announces what will be
        # done does it, when the dropped subject agrees with theirs
        # (a name often carries no number: "el Partido Comunista anunció que encabezará")
        number = number_of(verb)
        announcers = subjects(head, depth + 1)
        agreeing = [h for h in announcers if number_of(h) in (None, number)]
        if not agreeing and number == "Plur":
            # "otro de los asambleístas anticipó que harán una protesta": one of a group
            # announces what the group will do
            agreeing = [g for h in announcers for g in _partitive_group(h)]
        if agreeing:
            return agreeing
    if dep == "ccomp" and head.pos_ in ("VERB", "AUX"):
        companions = _reported_companions(verb)
        if companions:
            # "X informó que junto con su compañero se declararon en huelga de hambre": the
            # plural with no subject of its own is the reporter and whom he did it with
            return subjects(head, depth + 1) + companions
    if dep == "conj" and is_participle(verb):
        # "detenido por agentes en Maracaibo y acusado de...": the parser hung the second
        # participle on a noun; it shares the subject of the participle above.
        above = next((a for a in verb.ancestors if a.pos_ == "VERB" and is_participle(a)), None)
        if above is not None:
            return subjects(above, depth + 1)
    return []


def _reported_companions(verb: Token) -> list[Token]:
    """Whom a finite plural clause with no subject of its own, reported by a verb of saying,
    says it was done "junto con" ("informó que junto con su compañero se declararon en
    huelga"): the reporter counts himself in with them; else none."""
    if "Fin" not in feats(verb, "VerbForm") or "Plur" not in feats(verb, "Number"):
        return []
    vocab = load_vocab_es()
    if own_subjects(verb) or not lemma_set(verb.head, vocab) & vocab.words("reporting_verbs"):
        return []
    return [
        c for c in verb.children
        if c.dep_ in ("obl", "nmod") and c.pos_ in ("NOUN", "PROPN")
        and any(m.lower_ == "junto" and any(f.lower_ == "con" for f in m.children)
                for m in c.children if m.dep_ == "case")
    ]  # fmt: skip


def _purpose_clause(verb: Token) -> bool:
    """An infinitive clause opened by "para" ("para protestar contra X")."""
    return is_infinitive(verb) and opened_by_para(verb)


def opened_by_para(clause: Token) -> bool:
    """A clause with "para" as its mark ("para apoyar al PDS", "para que el ministro
    retire el decreto", "asociación para delinquir"): a purpose. The one test of it for the
    whole Spanish stage."""
    return any(c.dep_ == "mark" and c.lower_ == "para" for c in clause.children)


def noun_participle(token: Token) -> bool:
    """A participle modifying a noun ("una marcha convocada por los sindicatos", "el paro,
    organizado para protestar"), which describes that noun: no clause of its own whose
    subject a clause it governs could take."""
    return (
        token.dep_ in ("amod", "acl")
        and is_participle(token)
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.i < token.i
    )


def participle_agents(participle: Token) -> list[Token]:
    """The "por"-agent of a participle naming people or a body ("convocada por los
    sindicatos", "organizada por el partido NPD"; the parser may read it as its object), not
    a time ("convocada por la mañana")."""
    times = load_vocab_es().words("time_words")
    return [
        c
        for c in participle.children
        if c.dep_ in ("obj", "obl", "obl:agent", "nmod")
        and case_of(c) == "por"
        and c.pos_ in ("NOUN", "PROPN")
        and c.lemma_.lower() not in times
        and not c.like_num
    ]


def _keeping_verb(participle: Token) -> Token | None:
    """The verb of keeping (`holding_verbs`) whose object this participle is, if any."""
    head = participle.head
    if participle.dep_ != "obj" or head.pos_ != "VERB" or head.i == participle.i:
        return None
    vocab = load_vocab_es()
    if not lemma_set(head, vocab) & vocab.words("holding_verbs"):
        return None
    return head if is_participle(participle) or _predicative(participle) else None


def kept_objects(participle: Token) -> list[Token]:
    """Whom a verb of keeping (`holding_verbs`: "mantener", "tener") keeps in the state its
    participle names: its personal object or clitic, or the "a"-object the parser hung on the
    participle ("la policía los mantiene detenidos", "mantienen presa a la alcaldesa"). The
    participle's subject is that object, and the keeper, the verb's subject, does the act;
    with no such object ("se mantienen presos") the subject is in the state, as after
    "quedar"."""
    head = _keeping_verb(participle)
    if head is None:
        return []
    candidates = [c for c in head.children if c.dep_ == "obj" and c.i != participle.i]
    # (or an oblique, read so when it is the phrase right after the participle: "tiene
    # detenidos a tres sospechosos del robo")
    candidates += [
        c
        for c in participle.children
        if c.dep_ == "obj"
        or (c.dep_ == "obl" and c.left_edge.i == participle.i + 1 and c.pos_ in ("NOUN", "PROPN"))
    ]
    return [
        c
        for c in candidates
        if not is_se(c)
        and (case_of(c) == "a" or object_clitic(c) or (c.pos_ == "PROPN" and c.i > head.i))
    ]


def kept_things(participle: Token) -> list[Token]:
    """What a verb of keeping (`holding_verbs`) keeps in the state its participle names when
    that is a thing, not people: "los pescadores mantienen bloqueado el puerto", "mantenían
    cortada la carretera". The keepers go on doing the act to it (they block the port), so
    the participle is active, its subject the keepers', and the thing its object, which the
    parser hangs on either verb."""
    head = _keeping_verb(participle)
    if head is None or kept_objects(participle):
        return []
    candidates = [c for c in head.children if c.dep_ == "obj" and c.i > participle.i]
    candidates += [c for c in participle.children if c.dep_ == "obj"]
    return [c for c in candidates if c.pos_ == "NOUN" and case_of(c) is None]


def keeper(participle: Token) -> list[Token]:
    """The subject of the verb of keeping whose object a participle is said of: "la policía
    los mantiene detenidos" (the police keep them held)."""
    return own_subjects(participle.head) if kept_objects(participle) else []


def _issuer(verb: Token, own: list[Token]) -> Token | None:
    """The verb by which a body issued the document a relative clause's subject stands for:
    in "el Consejo aprobó una resolución que condena la irrupción" the council condemns, not
    the paper (`document_nouns` as the object of an `issuing_verbs` verb)."""
    if verb.dep_ not in ("acl", "acl:relcl") or len(own) != 1:
        return None
    document = verb.head
    if own[0].i != document.i and own[0].lower_ not in ("que", "cual"):
        return None
    vocab = load_vocab_es()
    if document.dep_ != "obj" or not lemma_set(document, vocab) & vocab.words("document_nouns"):
        return None
    issuer = document.head
    return issuer if lemma_set(issuer, vocab) & vocab.words("issuing_verbs") else None


def _described_before_comma(participle: Token) -> Token | None:
    """ "el embajador mexicano Pablo Monroy, expulsado un día antes por el Gobierno": a
    participle set off by a comma right after a name describes it, though the parser
    hung it on the main verb as an adverbial clause; the name (its first word) undergoes it."""
    if not is_participle(participle) or participle.i < 2:
        return None
    if participle.doc[participle.i - 1].text != ",":
        return None
    noun = participle.doc[participle.i - 2]
    while noun.dep_ == "flat" and noun.head.i < noun.i:
        noun = noun.head
    # a name, not a place or a time ("llegó a Madrid el lunes, detenido por la policía")
    return noun if noun.pos_ == "PROPN" and noun.ent_type_ not in ("LOC", "DATE") else None


def _noun_read_as_modifier(participle: Token) -> list[Token]:
    """ "resultaron un interno muerto": the parser heads the phrase with the participle (it
    has the article) and reads the noun before it as its adjective; that noun is who."""
    if not any(c.dep_ == "det" and c.i < participle.i for c in participle.children):
        return []
    return [c for c in participle.children if c.dep_ == "amod" and c.i < participle.i][:1]


def _gerund_subjects(verb: Token) -> list[Token]:
    """The subject a gerund clause set before the verb took from it: in "Paramilitares
    vistiendo prendas militares, ejecutaron a un campesino" the parser makes "Paramilitares"
    the subject of "vistiendo"; a gerund shares the subject of its clause."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
        if "Ger" in feats(clause, "VerbForm"):
            found = [s for s in clause.children if s.dep_ in SUBJECT_DEPS and s.i < clause.i]
            if found:
                return found
    return []


# Words naming one or some of a group ("uno de los dirigentes", "otro de los asambleístas").
_PARTITIVES = frozenset({"uno", "una", "otro", "otra", "alguno", "alguna", "cada"})


def _partitive_group(subject: Token) -> list[Token]:
    """The plural group a partitive subject is one of: "otro de los asambleístas" ->
    "asambleístas"."""
    if subject.lower_ not in _PARTITIVES and subject.lemma_.lower() not in _PARTITIVES:
        return []
    return [
        c
        for c in subject.children
        if c.dep_ == "nmod"
        and case_of(c) == "de"
        and c.pos_ in ("NOUN", "PROPN")
        and "Plur" in feats(c, "Number")
    ][:1]


def _announced(verb: Token) -> bool:
    """A finite verb in the future or the conditional ("realizarán", "haría"), or "ir a"."""
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "aux:pass")]]
    going_to = any(c.dep_ == "mark" and c.lower_ == "a" for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "ir" for c in verb.children
    )
    return going_to or any(
        "Fut" in feats(t, "Tense") or "Cnd" in feats(t, "Mood") or conditional_form(t)
        for t in forms
    )


def continued_subject(verb: Token) -> Token | None:
    """The group a finite third-person plural clause with no subject goes on telling of: the
    plural noun subject of the sentence before ("Los campesinos llegaron al puente. Bloquearon
    la carretera": the peasants). Spanish drops a subject that continues the topic; with no
    such group before, the plural is impersonal ("Detuvieron a X": someone did)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "Marcharon hasta el ministerio y exigieron aumentos"
    if clause.dep_ != "ROOT" or clause.pos_ not in ("VERB", "AUX"):
        return None
    if "Fin" not in feats(clause, "VerbForm") or "Plur" not in feats(clause, "Number"):
        return None
    if "3" not in feats(clause, "Person") or own_subjects(clause):
        return None
    if any(is_se(c) for c in clause.children):
        return None  # "se bloquearon las vías": a passive
    start = clause.sent.start
    if start == 0:
        return None
    before = clause.doc[start - 1].sent.root
    for subject in own_subjects(before):
        # ("Cientos de maestros llegaron": the teachers the quantity counts)
        counted = [c for c in subject.children if c.dep_ == "nmod" and case_of(c) == "de"]
        group = counted[0] if subject.pos_ == "NUM" and counted else subject
        if group.pos_ == "NOUN" and "Plur" in feats(group, "Number") and not case_of(subject):
            return group
    return None


def reason_doers(verb: Token, dep: str, head: Token) -> list[Token]:
    """The personal object of a verb whose reason is an infinitive after "por" does that
    act: "el juez procesó al policía por golpear a un preso", "condenó al soldado por matar
    a un campesino", "lo detuvieron por robar": the one charged, sentenced or held is the
    one said to have done it, not who charges (1.177.4). None with no personal object
    ("fue procesado por golpear": the subject), nor for a reason of the mind, the subject's
    own (`reason_of_mind_verbs`: "por considerar", "por temer")."""
    if dep not in ("advcl", "xcomp") or not is_infinitive(verb) or head.pos_ != "VERB":
        return []
    if not any(c.dep_ == "mark" and c.lower_ == "por" for c in verb.children):
        return []
    vocab = load_vocab_es()
    if lemma_set(verb, vocab) & vocab.words("reason_of_mind_verbs"):
        return []  # "pidió a los fieles votar en blanco por considerar lesiva la alianza"
    return [
        c
        for c in head.children
        if c.dep_ in ("obj", "iobj")
        and c.i < verb.i
        and ((case_of(c) == "a" and c.pos_ in ("NOUN", "PROPN")) or object_clitic(c))
    ]


def object_control(verb: Token) -> bool:
    # Only a few verbs hand the infinitive to their object; the rest to their subject.
    # (its repaired lemma: "sugiriera", read as an adjective, is lemmatised "sugiriero")
    return bool(lemma_set(verb, load_vocab_es()) & _OBJECT_CONTROL)


_OBJECT_CONTROL = frozenset(
    {"ordenar", "mandar", "pedir", "obligar", "forzar", "instar", "autorizar", "permitir",
     "exhortar", "invitar", "encargar", "exigir", "solicitar", "impedir", "prohibir",
     "acusar", "culpar", "responsabilizar",  # "acusó a X de planear": X planned
     "sugerir", "recomendar", "aconsejar",  # "le sugirió renunciar": he would resign
     "llamar", "convocar", "incitar", "animar", "alentar"}  # "llamó a X a levantarse": X
)  # fmt: skip


# Verbs of perception: the infinitive they take tells what their object does, seen or
# heard by their subject ("vieron protestar a los policías": the police protest).
_PERCEPTION = frozenset(
    {"ver", "oír", "oir", "escuchar", "mirar", "observar", "contemplar", "presenciar"}
)


def _content_verb(verb: Token) -> bool:
    """A verb telling what a noun holds (`content_verbs`: "amenazas que incluían ...")."""
    vocab = load_vocab_es()
    return bool(lemma_set(verb, vocab) & vocab.words("content_verbs"))


def _threat_received(noun: Token) -> bool:
    """A threat noun a verb of receiving or reporting takes (`threat_report_verbs`): its
    subject is the one threatened, no doer of the threatened act (1.150.0)."""
    vocab = load_vocab_es()
    return bool(lemma_set(noun, vocab) & vocab.words("threat_nouns")) and bool(
        lemma_set(noun.head, vocab) & vocab.words("threat_report_verbs")
    )


def perceived(verb: Token) -> bool:
    """A verb of perception ("ver", "oír") whose infinitive's doer is its object."""
    return verb.pos_ in ("VERB", "AUX") and bool(lemma_set(verb, load_vocab_es()) & _PERCEPTION)


def _perceived_doers(infinitive: Token, verb: Token) -> list[Token]:
    """Who does what a verb of perception takes as an infinitive: its personal object or
    clitic ("vio a los soldados disparar", "los vio marchar"), or the "a"-phrase the parser
    hangs on the infinitive ("después de ver protestar a los policías"); never the one who
    sees, and with none of these no one named ("vieron disparar contra la multitud")."""
    found = [
        c for c in verb.children
        if c.dep_ in ("obj", "iobj") and (case_of(c) == "a" or object_clitic(c))
    ]  # fmt: skip
    found += [
        c for c in infinitive.children
        if c.dep_ in ("obl", "obj") and case_of(c) == "a" and c.i > infinitive.i
        and c.pos_ in ("NOUN", "PROPN", "PRON")
    ][:1]  # fmt: skip
    return found
