"""Spanish trigger matching: which token of a parsed sentence starts an event, under which
rule of data/events/vocab_es.toml.

A rule fires on a verb, noun or adjective lemma (participles and lemmatiser slips repaired)
or on a "head child" phrase ("poner en libertad", "partir al exilio"), subject to conditions
on the trigger's object and context words. Which of the matches are reported is
events_es_select's. The Spanish counterpart of events_match (English).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from chronicler.annotate.events_es_args import plural_group, span_text
from chronicler.annotate.events_es_departures import leaves_country_es
from chronicler.annotate.events_es_forms import name_read_as_verb
from chronicler.annotate.events_es_governing_words import decision_of
from chronicler.annotate.events_es_governors import daybreak_objects, names_its_party
from chronicler.annotate.events_es_morph import (
    SUBJECT_DEPS,
    bounded_count,
    case_of,
    feats,
    has_possessive,
    is_se,
)
from chronicler.annotate.events_es_position import is_event_position
from chronicler.annotate.events_es_rule_doers import (
    actor_in_roles,
    crowd_gathers,
    harm_by_a_mishap,
    official_resigns,
)
from chronicler.annotate.events_es_subjects import (
    inverted_relative,
    kept_things,
    lemma_set,
    object_read_as_subject,
    own_subjects,
    subjects,
    undergoer_subject,
)
from chronicler.annotate.events_es_unemployment import unemployment_sense
from chronicler.annotate.events_es_unseen import unseen_rule_es
from chronicler.annotate.events_es_vocab import (
    EsRule,
    EsVocab,
    predicative_participle,
    verb_read_as_noun,
)
from chronicler.annotate.events_match import own_clause
from chronicler.annotate.events_vocab import NO_EVENT, word_index

if TYPE_CHECKING:
    from spacy.tokens import Token


def _near(token: Token) -> list[Token]:
    """Children and grandchildren: "puesto en libertad", "murió bajo custodia policial"."""
    return [g for c in token.children for g in (c, *c.children)]


def phrase_words(token: Token, rule: EsRule, vocab: EsVocab) -> list[Token]:
    """The words completing one of the rule's phrases with `token`, those after it first
    ("golpe de Estado" before "fallido golpe")."""
    if not rule.phrases:
        return []
    heads = lemma_set(token, vocab)
    found = [
        near
        for near in _near(token)
        if any((h, c) in rule.phrases for h in heads for c in lemma_set(near, vocab))
    ]
    return sorted(found, key=lambda t: (t.i < token.i, abs(t.i - token.i)))


def _phrase_child(token: Token, rule: EsRule, vocab: EsVocab) -> Token | None:
    found = phrase_words(token, rule, vocab)
    return found[0] if found else None


def _lemma_match(token: Token, rule: EsRule, lemmas: frozenset[str], vocab: EsVocab) -> bool:
    if token.pos_ == "PROPN":  # a verb opening a sentence the model read as a name (match_rule
        # lets a name through only when name_read_as_verb reads it as one)
        return bool(lemmas & rule.verbs)
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and rule.mandative):
        # (a verb over an infinitive the model may read as an auxiliary: "le sugiriera
        # renunciar")
        return bool(lemmas & rule.verbs)
    if token.pos_ == "NOUN":
        # (or an unaccented preterite the model read as a noun, or a participle it read as
        # one after a verb of state: "permanecieron refugiados", where the singular
        # "refugiado" is tagged an adjective)
        if predicative_participle(token, vocab):  # read as the participle it is
            return bool(lemmas & (rule.nouns | rule.verbs | rule.adjs))
        verbal = verb_read_as_noun(token)
        return bool(lemmas & (rule.nouns | (rule.verbs if verbal else set())))
    if token.pos_ == "ADJ":  # "preso", and participles the model tags ADJ ("detenido")
        return bool(lemmas & (rule.adjs | rule.verbs))
    return False


def object_of(token: Token) -> Token | None:
    """A verb's object (bare or with personal "a"), a noun's "de"-object; in a relative
    clause read object first, the event noun after the verb (`inverted_relative`)."""
    inverted = inverted_relative(token)
    if inverted is not None:
        return inverted
    kept = kept_things(token)  # "mantienen bloqueado el puerto": the port
    if kept:
        return kept[0]
    timed = daybreak_objects(token)  # "bloquearon al amanecer la carretera"
    if timed:
        return timed[0]
    if token.pos_ in ("VERB", "ADJ"):  # (not a subject read as the object: "..., acusó
        subject = own_subjects(token)  # el alcalde"; "al decretar el sindicato un paro")
        return next(
            (c for c in token.children
             if c.dep_ in ("obj", "nsubj") and not is_se(c) and case_of(c) in (None, "a")
             and (c.dep_ == "obj" or undergoer_subject(token) or object_read_as_subject(c))
             and not (c.dep_ == "obj" and c in subject)),
            # ("detuvo a lo sumo diez personas": an oblique only by its number's locution)
            next((c for c in token.children if bounded_count(c)), None),
        )  # fmt: skip
    return next((c for c in token.children if c.dep_ == "nmod" and case_of(c) == "de"), None)


def marked_person(obj: Token) -> bool:
    """A direct object that names people. Spanish marks them with "a" ("detuvo al
    periodista"); a bare common-noun object is a thing ("detuvo el avance", "liberó el
    mercado", "condenó el ataque"). Names, pronouns and numbers count as people."""
    return (
        case_of(obj) == "a"
        or obj.pos_ in ("PROPN", "PRON", "NUM")
        or obj.like_num
        or obj.ent_type_ in ("PER", "PERSON")
    )


def counted_people(obj: Token, vocab: EsVocab) -> bool:
    """A bare object counted by a cardinal that names a kind of people ("detuvo diez
    personas", "arrestaron como mínimo veinte campesinos", "detuvo a lo sumo diez
    personas"): people, though news Spanish drops the personal "a" before a count; a counted
    thing stays a thing ("detuvo dos camiones")."""
    # (the number may hang on the locution: "cuando menos quince campesinos")
    counted = any(t.pos_ == "NUM" for t in obj.subtree if t.i < obj.i)
    return counted and obj.pos_ == "NOUN" and _names_people(obj, vocab)


def names_act(noun: Token | None, vocab: EsVocab) -> bool:
    """A noun naming an act ("el cierre", "la evacuación", "la suspensión"): one of
    `act_nouns` or a noun of a suffix that makes nouns of acts (`act_suffixes`)."""
    if noun is None or noun.pos_ != "NOUN":
        return False
    words = lemma_set(noun, vocab)
    suffixes = vocab.words("act_suffixes")
    return bool(words & vocab.words("act_nouns")) or any(
        w.endswith(s) for w in words for s in suffixes
    )


# The nouns any rule fires on, per vocabulary.
_EVENT_NOUNS: WeakKeyDictionary[EsVocab, frozenset[str]] = WeakKeyDictionary()


def object_act(token: Token, rule: EsRule, vocab: EsVocab) -> bool:
    """An event noun the rule takes as the object it acts on, with no phrase of its own
    naming whose act it is, is that act, no party to it, though its word may also name a body
    ("SUSPENDEN CORTE DE RUTA", the parser hanging the road on the verb: the road cut
    suspended, not the court): a noun some rule fires on that is one of the rule's `objects`,
    with no "de"-phrase nor possessive ("accedió a la demanda del jeque" keeps its phrase)."""
    if token.pos_ != "NOUN" or any(
        c.dep_ == "nmod" or "Yes" in feats(c, "Poss") for c in token.children
    ):
        return False
    nouns = _EVENT_NOUNS.get(vocab)
    if nouns is None:
        nouns = _EVENT_NOUNS[vocab] = frozenset(w for r in vocab.rules for w in r.nouns)
    return bool(lemma_set(token, vocab) & rule.objects & nouns)


def described_noun(token: Token) -> Token | None:
    """The title noun of a person a participle describes, who undergoes it: "el embajador
    Pablo Monroy, expulsado un día antes" (the parser may hang the participle anywhere after
    the comma); the name in apposition stands for the title that names what he is."""
    if "Part" not in feats(token, "VerbForm"):
        return None
    if token.dep_ in ("acl", "amod"):
        noun = token.head
    else:
        left = token.left_edge  # (the parser may hang the comma on the participle)
        comma = left.i if left.text == "," else left.i - 1
        if comma < 1 or token.doc[comma].text != ",":
            return None
        noun = token.doc[comma - 1]
    named = noun
    while noun.dep_ in ("flat", "appos") and noun.head.i != noun.i:
        noun = noun.head
    # only a person named under a title ("el embajador X, expulsado"): a bare noun so
    # described ("un puente, ocupado por obreros") is the place of an act told in passing
    return noun if noun.i != named.i and noun.pos_ == "NOUN" else None


def predicated_of(token: Token, vocab: EsVocab) -> Token | None:
    """The subject a predicative participle is said of, which the parser gives the verb of
    state it completes ("los puertos permanecían bloqueados por los pesqueros": the ports)."""
    if token.dep_ != "obj" or token.head.pos_ != "VERB" or not undergoer_subject(token):
        return None
    if token.head.lemma_.lower() not in vocab.words("predicative_verbs"):
        return None
    return next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)


def _pronoun_antecedents(token: Token) -> list[Token]:
    """The nouns a relative clause hangs on, with their conjuncts, when its "que" opens the
    trigger's clause, the trigger that clause's verb or an infinitive under it ("las
    acusaciones que levantaron contra él", "las protestas y acusaciones que pretendía levantar
    en su contra", where the parser may read "que" as the subject): for a rule's objects_not,
    what the trigger may act on."""
    clause = token
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("acl", "acl:relcl") or clause.head.pos_ != "NOUN":
        return []
    if not any(
        c.dep_ in ("obj", "nsubj") and c.lower_ in ("que", "cual", "cuales") and c.i < clause.i
        for c in clause.children
    ):
        return []
    return [clause.head, *clause.head.conjuncts]


def _talks_broke_down(token: Token, undergoer: Token | None, vocab: EsVocab) -> bool:
    """A breakdown of talks told as a circumstance, a preposition's object with no possessor
    ("tras la ruptura del diálogo", "por el colapso de las negociaciones"): the talks broke
    down, no party broke them off, as the English "after talks broke down" (`breakdown_nouns`,
    `talk_nouns`); "el gobierno anunció la ruptura del diálogo" and "su ruptura" stay."""
    return (
        undergoer is not None
        and case_of(token) is not None
        and bool(lemma_set(token, vocab) & vocab.words("breakdown_nouns"))
        and bool(lemma_set(undergoer, vocab) & vocab.words("talk_nouns"))
        and not has_possessive(token)
    )


def _conditions_hold(token: Token, rule: EsRule, phrase: bool, vocab: EsVocab) -> bool:
    obj = object_of(token)
    # (what a participle describes is what it acts on: "el embajador, expulsado")
    undergoer = obj if obj is not None else described_noun(token) or predicated_of(token, vocab)
    words = lemma_set(undergoer, vocab) if undergoer is not None else frozenset()
    if rule.objects and not phrase and not (words & rule.objects):
        return False
    # (the "de"-phrase of an act noun whose rule reads it as its doer names whose act it is,
    # no object: "la marcha de la oposición" is the opposition's, "manifestó su oposición" none)
    doer = rule.of_actor and token.pos_ == "NOUN" and getattr(undergoer, "dep_", "") == "nmod"
    if rule.objects_not and not doer:
        # (what a relative clause's object pronoun stands for is acted on too: "las
        # acusaciones que pretendía levantar en su contra")
        acted_on = words | _participle_noun(token, vocab)
        for antecedent in _pronoun_antecedents(token):
            acted_on = acted_on | lemma_set(antecedent, vocab)
        if acted_on & rule.objects_not:
            return False
    if rule.type == "ASSAULT" and not phrase and _fights_an_ill(token, rule, undergoer, vocab):
        return False
    if not phrase and harm_by_a_mishap(token, vocab):  # (any act: "un sismo destruyó")
        return False
    if token.pos_ == "NOUN" and _state_described(token, vocab):
        return False
    if rule.mode == "strike" and unemployment_sense(token, vocab):
        return False  # "la tasa de paro", "el paro subió": the jobless count, no strike
    # (a span read as the object is how long: "los médicos pararán 24 horas"; 1.142.0)
    if rule.without_object and obj is not None and obj.lemma_ not in vocab.words("time_words"):
        return False
    if rule.governors and not (
        token.dep_ in ("obj", "nsubj:pass")
        and case_of(token) is None  # (not "recibido por protestas", an agent the parser hung)
        and lemma_set(token.head, vocab) & rule.governors
    ):
        return False
    # (a stray word the parser hangs as object, "a" of a split "a.m.", is no thing)
    # ...nor the subject of a passive that the parser labels obj ("un indígena fue asesinado")
    thing = (
        obj is not None
        and (
            obj.dep_ == "obj"
            or bounded_count(obj)
            or obj.i == getattr(inverted_relative(token), "i", None)
        )
        and obj.pos_ == "NOUN"
        and not marked_person(obj)
        and not counted_people(obj, vocab)
        and not undergoer_subject(token)
    )
    ordered_act = rule.act_object and names_act(obj, vocab)  # "ordenó el cierre del diario"
    if rule.person_object and not phrase and thing and not ordered_act:
        return False  # "detener el avance", "liberar el mercado", "condenar el ataque"
    if rule.person_object and not phrase and not rule.act_object and _act_undergoes(token, vocab):
        return False  # "el asalto fue condenado", "la condena del asalto": no sentencing
    if rule.actor_roles and not actor_in_roles(token, rule, vocab):
        return False
    if rule.of_thing and not _of_a_thing(token, vocab):
        return False
    if rule.sentence_context_not and any(
        lemma_set(t, vocab) & rule.sentence_context_not for t in token.sent
    ):
        return False
    if rule.requires_poss and not has_possessive(token):
        return False
    if rule.requires_party and token.pos_ == "NOUN" and not names_its_party(token):
        return False
    if token.pos_ == "NOUN" and _talks_broke_down(token, undergoer, vocab):
        return False
    if rule.irreflexive and reflexive(token):
        return False  # "se declaró inocente": a plea, no verdict
    if rule.reflexive and not reflexive(token):
        return False
    if rule.crowd_subject and not crowd_gathers(token, vocab):
        return False
    if rule.type in ("CONSULT", "PROTEST") and turnout_of(token, vocab) is not None:
        # "una manifestación que reunió a 20.000 personas": no meeting, and the protest noun
        # is the event
        return False
    if rule.mandative and not _mandative(token):
        return False
    if rule.telling and not _tells(token):
        return False
    if rule.departure:
        return leaves_country_es(token, rule.context, vocab)
    near = _near(token)
    if (rule.mode or "") in vocab.words("own_clause_context_modes"):
        # "diez personas murieron y unas 5.000 fueron detenidas": no death in custody
        near = [t for t in near if not own_clause(t)]
    around = near + ([token.head] if token.head.i != token.i else [])
    around += _relative_antecedent(token)
    # (a verb with no subject of its own has the one of the clause it hangs from: "los
    # camioneros anunciaron que pararán el lunes")
    carried = subjects(token) if token.pos_ == "VERB" and not own_subjects(token) else []
    context = {
        w for t in around + carried + _clitic_groups(token, vocab) for w in lemma_set(t, vocab)
    }
    if reflexive(token):
        # the clitic's lemma is "él", which unaccented is the article "el": the context word
        # "se" stands for the morphology instead
        context.add("se")
    if rule.context and not (context & rule.context) and not official_resigns(token, rule, vocab):
        return False
    if not rule.context_not:
        return True
    # words that tell nothing of the trigger's own sense are no counter-evidence: its own
    # preposition ("a pesar de las manifestaciones": not "manifestó su pesar"), the frame
    # noun it completes ("la campaña de protesta") and a name's words ("frente a la Sección
    # de Intereses de Estados Unidos": not "manifestó su interés")
    own = {g.i for c in token.children if c.dep_ == "case" for g in (c, *c.children)}
    frames = vocab.words("frame_nouns")
    framed = (
        token.dep_ == "nmod" and case_of(token) == "de" and lemma_set(token.head, vocab) & frames
    )
    # (nor the decision noun whose act it is: "la decisión de liberar a X"; 1.176.2)
    decision = decision_of(token, token.dep_, token.head, vocab)
    opposed = _opposed_phrases(token, vocab) if rule.type == "PROTEST" else set()
    kept = [
        t
        for t in around + _misattached(token)
        if t.i not in own
        and t.i not in opposed
        and not (framed and t.i == token.head.i)
        and not (decision is not None and t.i == decision.i)
        and t.pos_ != "PROPN"
    ]
    # (but a name that is the trigger's own "de"-object is what the act is done to: "la
    # liberación de la Madre Tierra", land taken back, no one freed, whatever the tagger
    # makes of it: it tags "Madre Tierra" a person; no rule of a person's object has a word
    # of a person's name among its counter-words)
    kept += _own_named_object(token, rule)
    if phrase:  # the "de"-phrase of the phrase's own word ("dándoles libertad de decisión")
        kept += [
            c
            for p in phrase_words(token, rule, vocab)[:1]
            for c in p.children
            if c.dep_ == "nmod" and case_of(c) == "de"
        ]
    return not ({w for t in kept for w in lemma_set(t, vocab)} & rule.context_not)


def _own_named_object(token: Token, rule: EsRule) -> list[Token]:
    """The words of a name a person-object noun takes as its "de"-object ("la liberación de
    la Madre Tierra": Madre, Tierra), whose sense the context check reads (1.177.5)."""
    if token.pos_ != "NOUN" or not rule.person_object:
        return []
    # (or hung on the noun above, right after the trigger: "una acción de liberación de la
    # Madre Tierra", "Madre" the parser's "de"-phrase of "acción")
    after = [c for c in token.head.children if c.left_edge.i == token.right_edge.i + 1]
    return [
        w
        for c in [*token.children, *after]
        if c.dep_ == "nmod" and c.pos_ == "PROPN" and case_of(c) == "de"
        for w in (c, *(f for f in c.children if f.dep_ == "flat"))
    ]


def _participle_noun(token: Token, vocab: EsVocab) -> frozenset[str]:
    """The noun a participle describes, which is what it acts on ("la firme oposición
    manifestada por el sector al paquete": the opposition is what was voiced, as in "manifestó
    su oposición", whatever the parser hangs on the participle as its object), for the words a
    rule's object may not be."""
    if token.dep_ not in ("amod", "acl"):
        return frozenset()
    if "Part" not in feats(token, "VerbForm") or token.head.pos_ != "NOUN":
        return frozenset()
    return lemma_set(token.head, vocab) if token.head.i < token.i else frozenset()


def turnout_of(token: Token, vocab: EsVocab) -> Token | None:
    """The protest noun a verb of gathering (`turnout_verbs`) tells the turnout of, as its
    subject or the noun its relative clause describes: "la manifestación reunió a unas 20.000
    personas", "las jornadas de protesta que reunieron a 10.000 personas" (through a frame
    noun's "de"-phrase). No one meets there."""
    if token.pos_ != "VERB" or not lemma_set(token, vocab) & vocab.words("turnout_verbs"):
        return None
    holders = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"]
    if token.dep_ in ("acl", "acl:relcl") and token.head.pos_ == "NOUN":
        holders.append(token.head)
    holders += [
        c
        for h in list(holders)
        if lemma_set(h, vocab) & vocab.words("frame_nouns")
        for c in h.children
        if c.dep_ == "nmod" and case_of(c) == "de" and c.pos_ == "NOUN"
    ]
    doers = vocab.words("doer_nouns")  # "los manifestantes se reunieron": they gather
    return next(
        (
            h
            for h in holders
            if not lemma_set(h, vocab) & doers
            and any(kind == "PROTEST" for kind, _, _ in vocab.readings(lemma_set(h, vocab), "NOUN"))
        ),
        None,
    )


def _fights_an_ill(token: Token, rule: EsRule, undergoer: Token | None, vocab: EsVocab) -> bool:
    """A violent verb or noun whose object, or whatever its target prepositions take, names
    only abstract ills (`ill_nouns`) or goods (`value_nouns`) is a figurative fight, no
    assault: "combatir contra la desigualdad", "la fundación combate contra el hambre",
    "atacar el problema", "atentados contra la seguridad interna" (the English
    struggle nouns against a thing; a phrase's own word, "abrir fuego", is left to it)."""
    aimed = [undergoer] if undergoer is not None else []
    aimed += [c for c in token.children if case_of(c) in rule.target_preps and c not in aimed]
    ills = vocab.words("ill_nouns") | vocab.words("value_nouns")
    return bool(aimed) and all(lemma_set(a, vocab) & ills for a in aimed)


def _state_described(token: Token, vocab: EsVocab) -> bool:
    """An event noun of state after "en" ("la comunidad nicaragüense en el exilio", "un
    gobierno en el exilio", "murió en el exilio"; the parser often hangs it on the verb): it
    says where people are, no act ("viven en el exilio" is its verb's phrase)."""
    return case_of(token) == "en" and bool(
        lemma_set(token, vocab) & vocab.words("described_state_nouns")
    )


def _opposed_phrases(token: Token, vocab: EsVocab) -> set[int]:
    """The words of a protest trigger's phrases under a preposition of opposition ("contra",
    "frente a", "ante"): what the protest is aimed at, no counter-evidence of its sense
    ("marcharon contra la empresa minera", "protestas contra el acuerdo": not "manifestó su
    acuerdo"), also one the parser hangs on a modifier of the trigger ("protestas violentas
    contra el acuerdo") or elsewhere right after a noun trigger. (Only for protests: "la
    lucha contra la pobreza" is no fight, whatever its words.)"""
    preps = vocab.words("opposing_preps")
    heads = [t for t in _near(token) + _misattached(token) if case_of(t) in preps]
    # the grievance a "por"-phrase of the trigger tells ("protestar contra el Legislativo por
    # su rechazo a la iniciativa": why, not "manifestó su rechazo")
    heads += [t for t in token.children if t.dep_ in ("obl", "nmod", "obj") and case_of(t) == "por"]
    # a manner phrase of opposition ("marcharon en rechazo a la privatización", "en repudio
    # al alza"; the parser may read "en rechazo" as one adverb): why, not "manifestó su
    # rechazo"
    # (or of backing: "marcharon en apoyo a la huelga", not "manifestó su apoyo")
    manners = vocab.words("opposition_manner_nouns") | vocab.words("backing_manner_nouns")
    heads += [
        t
        for t in _near(token)
        if t.lower_ == "en"
        and any(f.dep_ == "fixed" and lemma_set(f, vocab) & manners for f in t.children)
    ]
    heads += [
        t
        for t in _near(token)
        if case_of(t) == "en" and lemma_set(t, vocab) & manners and not has_possessive(t)
    ]
    return {g.i for h in heads for g in h.subtree}


def _clitic_groups(token: Token, vocab: EsVocab) -> list[Token]:
    """The groups the trigger's plural object clitics stand for, as context words: in "Los
    campesinos bloquearon la vía. Los soldados los desalojaron" the eviction's "los" are the
    peasants, as if named there."""
    groups = (
        plural_group(c, vocab, lambda t: _names_people(t, vocab))
        for c in token.children
        if c.pos_ == "PRON"
    )
    return [g for g in groups if g is not None]


def _names_people(token: Token, vocab: EsVocab) -> bool:
    """A noun of a kind of actor by the vocabulary's words alone (no mentions at hand)."""
    words = lemma_set(token, vocab) | {token.lower_}
    return bool(words & vocab.words("agent_nouns")) or any(words & w for _, w in vocab.roles)


def _act_undergoes(token: Token, vocab: EsVocab) -> bool:
    """What undergoes a people's trigger is an act, where no personal "a" can tell people
    from things: the subject of its passive ("el asalto a la embajada fue condenado por
    varios gobiernos") or a noun trigger's "de" or "a" phrase ("la condena del asalto", "su
    condena al asalto"). An act is one of `act_nouns` or a noun a rule codes as an event;
    the suffixes of `act_suffixes` are not enough here, since "la población" and "la
    oposición" are people."""
    if token.pos_ == "NOUN":
        undergoers = [c for c in token.children if c.dep_ == "nmod" and case_of(c) in ("de", "a")]
    elif undergoer_subject(token):
        undergoers = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    else:
        return False
    return any(_names_event(u, vocab) for u in undergoers)


def _names_event(noun: Token, vocab: EsVocab) -> bool:
    if noun.pos_ != "NOUN" or lemma_set(noun, vocab) & vocab.words("doer_nouns"):
        return False  # (the protesters are people, though a rule codes them a protest)
    return bool(lemma_set(noun, vocab) & vocab.words("act_nouns")) or (
        match_rule(noun, vocab) is not None
    )


def _relative_antecedent(token: Token) -> list[Token]:
    """The noun right before the preposition of a relative pronoun the trigger's clause
    opens with: what the pronoun stands for, whatever noun the parser hangs the clause on
    ("la víctima del vehículo en el que se movilizaba": the vehicle, the clause hung on the
    victim)."""
    doc = token.doc
    for rel in token.children:
        if rel.dep_ != "obl" or "Rel" not in feats(rel, "PronType") or rel.i > token.i:
            continue
        case = next((c for c in rel.children if c.dep_ == "case"), None)
        j = case.i - 1 if case is not None else -1
        while j >= 0 and doc[j].pos_ == "DET":
            j -= 1
        return [doc[j]] if j >= 0 and doc[j].pos_ == "NOUN" else []
    return []


def _misattached(token: Token) -> list[Token]:
    """The words right after a noun trigger that modify it whatever the parse: an adjective
    ("envenenamiento alimentario") and a preposition's noun ("envenenamiento por plomo"),
    which the small model may hang on the verb instead."""
    if token.pos_ != "NOUN":
        return []
    after = token.doc[token.i + 1 : token.i + 3]
    if after and after[0].pos_ == "ADJ":
        return [after[0]]
    if len(after) == 2 and after[0].pos_ == "ADP" and after[1].pos_ == "NOUN":
        return [after[1]]
    return []


def _of_a_thing(token: Token, vocab: EsVocab) -> bool:
    """A "de"-complement of the trigger names a thing, not people: "es presa de una
    especulación inmobiliaria", "preso del pánico" (no name, pronoun, number nor people's
    word; not "preso de la guerrilla")."""
    return any(
        c.dep_ in ("obj", "obl", "nmod")
        and case_of(c) == "de"
        and c.pos_ == "NOUN"
        and not marked_person(c)
        and not _names_people(c, vocab)
        for c in token.children
    )


def reflexive(token: Token) -> bool:
    """The verb carries a reflexive clitic, glued to it ("negarse", "negándose") or as its
    own child ("se negó", "me niego"), as the morphology marks it."""
    return "Yes" in feats(token, "Reflex") or any(
        c.pos_ == "PRON" and "Yes" in feats(c, "Reflex") for c in token.children
    )


def _mandative(verb: Token) -> bool:
    """The verb asks an act of someone: an infinitive it governs, or a clause in the
    subjunctive ("le sugirió renunciar", "sugirió que renunciara")."""
    return any(
        c.dep_ in ("xcomp", "ccomp", "csubj")
        and ("Inf" in feats(c, "VerbForm") or "Sub" in feats(c, "Mood"))
        for c in verb.children
    )


def _tells(verb: Token) -> bool:
    """The verb tells something to someone: a clause it takes ("manifestó que no cederá") or
    a dative clitic ("le manifiestan su rechazo")."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "ccomp" or (c.dep_ in ("iobj", "obj") and c.lower_ in ("le", "les"))
        for c in verb.children
    )


# The rules each lemma may fire, per vocabulary: a token is tried only against the rules
# naming one of its candidate lemmas, not against the whole table.
_RULES_BY_LEMMA: WeakKeyDictionary[EsVocab, dict[str, tuple[int, ...]]] = WeakKeyDictionary()


def _candidate_rules(lemmas: frozenset[str], vocab: EsVocab) -> list[EsRule]:
    """The rules whose heads hold one of `lemmas`, in table order."""
    index = _RULES_BY_LEMMA.get(vocab)
    if index is None:
        index = _RULES_BY_LEMMA[vocab] = word_index(rule.heads for rule in vocab.rules)
    ids = sorted({i for lem in lemmas for i in index.get(lem, ())})
    return [vocab.rules[i] for i in ids]


def match_rule(token: Token, vocab: EsVocab) -> tuple[EsRule, Token | None] | None:
    """The first rule that fires on `token` and the phrase word it used; None when a blocking
    rule (type NONE) fires first or nothing does."""
    # (a verb the model read as a name opening a sentence is the verb: "Capturan a dos
    # opositores"; a verb of state so read completes its phrase: "Permanecen detenidos")
    verbal = token.pos_ in ("VERB", "NOUN", "ADJ", "AUX") or bool(name_read_as_verb(token, vocab))
    if not verbal or not is_event_position(token, vocab):
        return None
    lemmas = lemma_set(token, vocab)
    if token.dep_ == "fixed" and lemmas & vocab.words("attribution_fixed"):
        return None  # a word of an attribution, "de acuerdo con el comunicado": no agreement
    for rule in _candidate_rules(lemmas, vocab):
        child = _phrase_child(token, rule, vocab)
        if child is None and not _lemma_match(token, rule, lemmas, vocab):
            continue
        if rule.definite_phrase_object and not _definite_object(token, child):
            continue
        if rule.phrase_negated and not _negated_word(child, vocab):
            continue
        if _conditions_hold(token, rule, child is not None, vocab):
            return None if rule.type == NO_EVENT else (rule, child)
    return None


def _definite_object(token: Token, child: Token | None) -> bool:
    """The phrase word `child` is what `token` acts on, told as already known: the verb's
    direct object or the noun's "de"-object, with a definite article ("levantó las
    acusaciones", "el levantamiento de los cargos"; not "levantó cargos contra X")."""
    if child is None or child.head.i != token.i:
        return False
    if token.pos_ == "NOUN":
        if child.dep_ != "nmod" or case_of(child) != "de":
            return False
    elif child.dep_ != "obj":
        return False
    return any(c.dep_ == "det" and "Def" in feats(c, "Definite") for c in child.children)


def _negated_word(child: Token | None, vocab: EsVocab) -> bool:
    """The phrase word carries its own negation ("declaró no culpable")."""
    return child is not None and any(
        c.dep_ == "advmod" and c.lower_ in vocab.modality.negation_words for c in child.children
    )


def trigger_span(token: Token, child: Token | None) -> tuple[str, int, int]:
    """The trigger's text and characters, widened to a nearby phrase word ("puesto en
    libertad")."""
    tokens = [token]
    if child is not None and abs(child.i - token.i) <= 3:
        tokens = sorted((token, child), key=lambda t: t.i)
    return span_text(tokens)


def unseen_match(token: Token, vocab: EsVocab) -> tuple[EsRule, Token | None] | None:
    """A verb or noun no rule lists, typed from its nearest English vocabulary words
    (events_es_unseen), in a position where a listed word would be an event."""
    if not is_event_position(token, vocab):
        return None
    rule = unseen_rule_es(
        token,
        vocab,
        lambda t, r: _conditions_hold(t, r, False, vocab),
        lemma_set(token, vocab),
    )
    return None if rule is None else (rule, None)
