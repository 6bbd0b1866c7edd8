"""Spanish acts told ahead by how they are set or called rather than by tense: an act noun
set "para" a time ahead, called or planned "para" a named day, or a strike or march called
with nothing telling it held (events_es_modality reads them after its other cues)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_context import RELATIVE_PRONOUNS
from chronicler.annotate.events_es_forms import subjunctive_read_as_ar
from chronicler.annotate.events_es_morph import SUBJECT_DEPS, case_of, feats
from chronicler.annotate.events_es_subjects import lemma_set
from chronicler.annotate.events_phrases import clause_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab


def set_ahead(trigger: Token, vocab: EsVocab) -> bool:
    """An act noun set "para" a time ahead (`ahead_words`), directly or through a participle
    on it or on its length: "la huelga de 36 horas programada para el jueves y viernes
    próximos", "una marcha para la próxima semana"."""
    if trigger.pos_ == "VERB":
        return called_to_do(trigger, vocab)
    if trigger.pos_ != "NOUN":
        return False
    ahead = vocab.words("ahead_words")
    # (a participle the parser hangs on the act's length: "la huelga de 36 horas programada")
    spans = vocab.words("time_span_nouns")
    nouns = [trigger] + [
        c
        for c in trigger.children
        if c.dep_ == "nmod" and case_of(c) == "de" and lemma_set(c, vocab) & spans
    ]
    holders = nouns + [
        c for n in nouns for c in n.children if c.dep_ in ("acl", "amod") and c.i > n.i
    ]
    return (
        any(
            c.dep_ in ("obl", "nmod")
            and case_of(c) == "para"
            and any(t.lower_ in ahead for t in c.subtree)
            for h in holders
            for c in h.children
        )
        or _called_for_a_day(trigger, vocab)
        or _called_not_held(trigger, vocab)
        or told_ahead_by_own_clause(trigger, vocab)
    )


def told_ahead_by_own_clause(noun: Token, vocab: EsVocab) -> bool:
    """An act noun whose own relative clause tells it held in the future (`course_verbs`:
    "una marcha que se celebrará este domingo", "la huelga que comenzará el lunes"): ahead,
    whatever the clause above says of it. Not one a clause tells begun ("la huelga que
    comenzó el lunes y que se realizará hasta el viernes"), nor one told only by what it
    will do ("iniciaron una huelga que durará tres días", "que incluirá bloqueos"; 1.172.0)."""
    if noun.pos_ != "NOUN":
        return False
    # (or hung on a "de"-phrase of its kind, told passive: "una marcha de alto riesgo que se
    # celebrará el domingo")
    kinds = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de"]
    clauses = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "acl:relcl")
        and c.i > noun.i
        and c.pos_ in ("VERB", "AUX")
        and any(g.lower_ in ("que", "cual", "cuales") for g in c.children)
    ]
    clauses += [
        c
        for k in kinds
        for c in k.children
        if c.dep_ in ("acl", "acl:relcl")
        and c.pos_ == "VERB"
        and any(g.lower_ == "que" for g in c.children)
        and any(g.lower_ == "se" for g in c.children)
    ]
    clauses += [k for c in clauses for k in c.children if k.dep_ == "conj" and k.pos_ == "VERB"]
    if not clauses:
        return False
    course = vocab.words("course_verbs")
    return all("Fut" in feats(c, "Tense") for c in clauses) and any(
        lemma_set(c, vocab) & course for c in clauses
    )


def asserting_relative(verb: Token, vocab: EsVocab) -> bool:
    """The verb of a relative clause in the indicative present or past ("las acciones que
    llevan a cabo desde hace días", "los presos que realizan una huelga de hambre"): it tells
    its act going on or done on its own, whatever the clause above asks, threatens or
    denies (es38)."""
    if verb.dep_ not in ("acl", "acl:relcl") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.lower_ in RELATIVE_PRONOUNS and c.dep_ != "mark" for c in verb.children):
        return False
    if lemma_set(verb, vocab) & (vocab.words("content_verbs") | vocab.words("including_verbs")):
        return False  # "amenazas que incluían matar a sus hijos": the threat's content
    tense = feats(verb, "Tense")
    return (
        not subjunctive_read_as_ar(verb, vocab)  # "a los opositores que insistan en ..."
        and not _present_subjunctive_form(verb, vocab)  # "pidiéndoles ... que boicoteen"
        and "Fin" in feats(verb, "VerbForm")
        and "Ind" in feats(verb, "Mood")
        and bool({"Pres", "Past", "Imp"} & set(tense))
        and "Fut" not in tense
    )


def _present_subjunctive_form(verb: Token, vocab: EsVocab) -> bool:
    """A present form with the other conjugation's vowel, which the model may tag
    indicative: "boicoteen" of "boicotear" (lemmatised "boicoteir"), "insistan" of
    "insistir" (not "van" of "ir")."""
    if "Pres" not in feats(verb, "Tense"):
        return False
    form = verb.lower_
    lemmas = lemma_set(verb, vocab) | {verb.lemma_.lower()}
    if form.endswith(("een", "ees")) and not any(lem.endswith("eer") for lem in lemmas):
        return True  # an -ear verb's ("boicoteen", "bloqueen"), whatever the lemmatiser said
    for lem in lemmas:
        if lem == "ir":
            continue
        if lem.endswith("ar") and form.endswith(("e", "es", "en", "emos")):
            return True
        if lem.endswith(("er", "ir")) and form.endswith(("a", "as", "an", "amos")):
            return True
    return False


def reason_of_participle(token: Token, head: Token) -> bool:
    """A "por"-phrase of a participle tells what it is done for ("el coronel, buscado por el
    asesinato de un periodista": wanted for the murder): the reason, told as happened (or
    alleged), no intent of the participle's verb (es38)."""
    participle = head.pos_ == "ADJ" or "Part" in feats(head, "VerbForm")
    return participle and token.dep_ in ("obl", "obj", "nmod") and case_of(token) == "por"


def called_to_do(trigger: Token, vocab: EsVocab) -> bool:
    """A collective act (`called_act_verbs`) told by its infinitive after "a" under a finite
    verb of calling (`calling_verbs`: "el dirigente llamó a los campesinos a levantarse",
    "convocó a los vecinos a marchar"): called for, ahead, as "llamó a un levantamiento" is
    (1.151.0)."""
    verb = trigger.head
    if (
        verb.dep_ == "ccomp"
        and verb.head.i != verb.i
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("quienes", "quien") for c in verb.children)
    ):
        # "convocó a quienes participan de la movilización a reunirse": the parser hangs the
        # called act on the free relative naming those called
        verb = verb.head
    return (
        trigger.dep_ in ("advcl", "xcomp")
        and verb.i != trigger.i
        and "Inf" in feats(trigger, "VerbForm")
        and "Fin" in feats(verb, "VerbForm")
        and any(c.dep_ == "mark" and c.lower_ == "a" for c in trigger.children)
        and bool(lemma_set(trigger, vocab) & vocab.words("called_act_verbs"))
        # (not a verb of urging: "instó a los campesinos a levantarse" stays asked; 1.150.0)
        and bool(lemma_set(verb, vocab) & vocab.modality.calling_verbs)
    )


def _called_for_a_day(trigger: Token, vocab: EsVocab) -> bool:
    """An act noun called, planned or announced "para" a named day with no word of the past
    ("convocaron una marcha para el viernes", "una jornada de protesta para el viernes", "una
    huelga general programada para mañana miércoles"): ahead. Not one told as held ("la marcha
    convocada para el viernes pasado", "cumplieron la huelga prevista para el lunes": a verb
    of its own other than a call), nor an act with no call or plan ("la marcha del
    viernes")."""
    days, past = vocab.words("named_days"), vocab.words("past_day_marks")
    calling = vocab.modality.calling_verbs | vocab.words("announcing_verbs")
    calling = calling | vocab.words("planning_words")
    act = _called_act(trigger, vocab)  # "convocaron a una jornada de protesta para el viernes"
    holders = [
        c
        for n in {trigger, act}
        for c in n.children
        if c.dep_ in ("acl", "amod") and c.i > n.i and lemma_set(c, vocab) & calling
    ]
    verb = act.head if act.head.i != act.i and act.head.pos_ in ("VERB", "AUX") else None
    if act.dep_ in SUBJECT_DEPS and act.head.pos_ == "ADJ" and lemma_set(act.head, vocab) & calling:
        # "para el viernes está prevista una manifestación": the participle of planning
        # the act is the subject of (1.143.0)
        verb = act.head
    if (
        act.dep_ in SUBJECT_DEPS
        and _past_copula(act.head)
        and not lemma_set(act.head, vocab) & calling
    ):
        return False  # "la marcha convocada para el viernes fue pacífica": told as held (1.146.0)
    if verb is not None:
        if not lemma_set(verb, vocab) & calling:
            # "los gremios cumplieron la huelga prevista para el lunes": told as held
            return False
        holders.append(verb)
    if not holders:
        return False
    for holder in (*holders, trigger, act):
        for c in holder.children:
            if c.dep_ not in ("obl", "nmod", "advmod") or case_of(c) != "para":
                continue
            words = {t.lower_ for t in c.subtree}
            if words & days and not words & past:
                return True
    return False


def _past_copula(predicate: Token) -> bool:
    """A predicate told in a past tense through its copula ("fue pacífica", "estuvo
    encabezada por los maestros")."""
    return any(c.dep_ == "cop" and "Past" in feats(c, "Tense") for c in predicate.children)


def _called_act(trigger: Token, vocab: EsVocab) -> Token:
    """The act noun a frame noun carries ("una jornada de protesta": the jornada), or the
    trigger itself."""
    if (
        trigger.dep_ == "nmod"
        and case_of(trigger) == "de"
        and lemma_set(trigger.head, vocab) & vocab.words("frame_nouns")
    ):
        return trigger.head
    return trigger


def _called_not_held(trigger: Token, vocab: EsVocab) -> bool:
    """A strike or a march a finite verb of calling or announcing takes, with nothing in its
    sentence telling it held ("los sindicatos convocaron a una huelga general", "llamó a una
    marcha contra la reforma", "anunciaron una huelga general"): ahead, as one called for a
    named day. Not one told held, begun, obeyed or felt ("convocaron a un paro que paralizó
    las escuelas", "convocaron a una huelga y la cumplieron con amplia adhesión":
    `held_marks`), nor one a participle of calling describes ("la huelga convocada por la
    central paralizó el país"), nor an act called off."""
    if trigger.pos_ != "NOUN" or not lemma_set(trigger, vocab) & vocab.words("called_acts"):
        return False
    act = _called_act(trigger, vocab)
    verb = act.head
    if verb.i == act.i or verb.pos_ != "VERB" or act.dep_ not in ("obj", "obl"):
        return False
    # (or announces it: "los sindicatos anunciaron una huelga general"; "llamó a un
    # levantamiento" calls it, 1.150.0, while "instó a una huelga" only urges it: asked,
    # hypothetical, 1.155.0)
    if not lemma_set(verb, vocab) & (
        vocab.modality.calling_verbs | vocab.words("announcing_verbs")
    ):
        return False
    if "Fin" not in feats(verb, "VerbForm"):
        return False  # (an infinitive or a participle: the clause above tells its time)
    marks = vocab.words("held_marks")
    return not any(
        lemma_set(t, vocab) & marks and _about_act(t, act, vocab)
        for t in trigger.sent
        if t.i != verb.i
    )


def _about_act(mark: Token, act: Token, vocab: EsVocab) -> bool:
    """Whether a word telling an act held (`held_marks`) is about the called `act`: inside
    its phrase ("un paro que paralizó las escuelas"), or in a clause whose subject is missing
    (the callers': "convocaron a una huelga y la cumplieron"), a pronoun, the act or an act of
    its kind named after it ("la medida paralizó el país"), or one with such an object ("los
    maestros la cumplieron"). Not a clause about something else ("convocó a un levantamiento
    y dijo que la lucha continuará"; 1.142.0)."""
    if act.left_edge.i <= mark.i <= act.right_edge.i:
        return True
    clause = clause_verb(mark)
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    # (or an object: "los maestros la cumplieron")
    parties = [*subjects, *(c for c in clause.children if c.dep_ == "obj")]
    kinds = vocab.words("called_acts") | vocab.words("protest_umbrella_nouns")
    # (an act of its kind named before it is another: "la protesta de los transportistas
    # continuará ... el Frente, que convocó a un levantamiento")
    return not subjects or any(
        p.i == act.i or p.pos_ == "PRON" or (p.i > act.i and lemma_set(p, vocab) & kinds)
        for p in parties
    )
