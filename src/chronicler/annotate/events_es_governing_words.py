"""What a Spanish governing word makes of the act it takes, as the modality climb
(events_es_modality) reads it: a collective act announced by a verb or a noun of announcing
is ahead; a request answered was made; a thing judged with a predicate adjective is given; an
act feared is only feared; what a word of ending ends, or of investigating looks into, is
going on or happened; what a verb of preventing keeps from happening may still happen; what a
decision not a court's takes is ahead, and not denied when another party rejects the decision.
Split from events_es_modality (1.152.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.countries import gentilic_state
from chronicler.annotate.events_es_morph import case_of, feats
from chronicler.annotate.events_es_subjects import lemma_set, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab


def judged_object(token: Token, head: Token, lemmas: frozenset[str], vocab: EsVocab) -> bool:
    """`token` is the object a verb of judging says something of with a predicative
    adjective ("por considerar lesivo para el país la alianza de los protestantes",
    "consideran ilegal la huelga"): a given thing judged, not a course weighed ("el gobierno
    considera imponer sanciones")."""
    return (
        token.dep_ == "obj"
        and head.pos_ == "VERB"
        and bool(lemmas & vocab.words("judging_verbs"))
        and any(c.dep_ in ("obj", "xcomp") and c.pos_ == "ADJ" for c in head.children)
    )


def announced_act(
    token: Token, dep: str, head: Token, lemmas: frozenset[str], vocab: EsVocab
) -> bool:
    """A collective act one announces as its object is ahead ("anunció para el miércoles una
    concentración", "anunciaron una huelga de 48 horas"); not any act announced ("anunció la
    liberación de los presos" may tell a release done). So is a meeting one calls ("ha
    convocado a un diálogo nacional")."""
    if dep not in ("obj", "obl") or head.pos_ != "VERB":
        return False
    own = lemma_set(token, vocab)
    if dep == "obj" and lemmas & vocab.words("announcing_verbs"):
        return bool(own & vocab.words("announced_acts"))
    # "el gobierno ha convocado a un diálogo nacional", "citó a una reunión": a meeting
    # called is to be held (not a protest called, which the dev gold codes as held)
    return bool(lemmas & vocab.words("meeting_calls") and own & vocab.words("called_meetings"))


def announced_by_noun(token: Token, dep: str, head: Token, vocab: EsVocab) -> bool:
    """A collective act in the "de"-phrase of a noun of announcing, or set beside it ("el
    anuncio de masivas marchas de protesta", "el anuncio de una concentración"): ahead, as
    when a verb of announcing takes it (`announced_acts`)."""
    return (
        head.pos_ == "NOUN"
        and (dep == "appos" or (dep == "nmod" and case_of(token) == "de"))
        and bool(lemma_set(head, vocab) & vocab.words("announcing_nouns"))
        and bool(lemma_set(token, vocab) & vocab.words("announced_acts"))
    )


def answered_request(token: Token, dep: str, head: Token, vocab: EsVocab) -> bool:
    """A request or offer that a verb of answering turns down or grants is one made, neither
    denied nor only asked ("de rechazar su pedido de anulación", "el juez denegó la solicitud
    de la defensa": the request was filed); what it asks for stays asked."""
    return (
        dep in ("obj", "nmod")
        and head.pos_ in ("VERB", "NOUN")
        and bool(lemma_set(head, vocab) & vocab.words("answering_words"))
        and bool(lemma_set(token, vocab) & vocab.words("answered_nouns"))
    )


def feared(token: Token, dep: str, head: Token, vocab: EsVocab) -> bool:
    """`token` is what a fear word is of ("por temor a las protestas", "temen ser
    detenidos"); not a thing a demonstrative points back to, told as there ("tengo miedo de
    estas solicitudes")."""
    # (also an infinitive clause on a fear noun: "afrontan el temor de ser expulsados")
    if dep not in ("obj", "obl", "nmod", "ccomp", "xcomp", "acl"):
        return False
    if not lemma_set(head, vocab) & vocab.modality.fear_words:
        return False
    return not any(c.dep_ == "det" and "Dem" in feats(c, "PronType") for c in token.children)


def prevented_clause(token: Token, dep: str, head: Token, vocab: EsVocab) -> bool:
    """`token` is a finite clause opened by "que" under a verb of preventing
    (`prevention_verbs`): "evitar que la marcha acabe con violencia", "impedir que los
    manifestantes bloqueen la ruta". What one acts to prevent has not happened and may not:
    hypothetical, not denied (es3 #17; 1.176.0). Not a noun object, "impidieron la marcha",
    a planned act stopped (negated, as before)."""
    return (
        dep == "ccomp"
        and head.pos_ == "VERB"
        and "Inf" not in feats(token, "VerbForm")
        and any(c.dep_ == "mark" and c.lower_ == "que" for c in token.children)
        and bool(lemma_set(head, vocab) & vocab.words("prevention_verbs"))
    )


def decided_act(token: Token, dep: str, head: Token, vocab: EsVocab) -> bool:
    """`token` is the infinitive a decision noun takes (`decision_nouns`: "la decisión
    británica de liberar al ex dictador", "anunció su decisión de retirar las tropas"): the act
    decided is ahead, as under the verb "decidir" (`future_verbs`), unless the decision is a
    court's or a judge's, its ruling, which does what it decides ("la decisión del juez de
    condenar al acusado": the sentence passed; as the verb, events_es_modality._court_ruled;
    1.176.2)."""
    noun = decision_of(token, dep, head, vocab)
    if noun is None:
        return False
    courts = vocab.role_words(frozenset({"judiciary"})) | vocab.words("court_words")
    judicial = [c for c in noun.children if c.dep_ == "amod" and lemma_set(c, vocab) & courts]
    found = judicial + deciders(noun, vocab)
    return not any(lemma_set(t, vocab) & courts for d in found for t in (d, *d.children))


def deciders(noun: Token, vocab: EsVocab) -> list[Token]:
    """Who a decision noun says decided: its "de"-phrase ("la decisión del gobierno"), a
    nationality adjective ("la decisión británica"), or the subject of a verb of taking or
    announcing it (`decision_taking_verbs`: "el gobierno tomó / anunció su decisión de ...");
    never the subject of another verb taking it ("los familiares criticaron la decisión")."""
    found = [
        c
        for c in noun.children
        if (c.dep_ == "nmod" and case_of(c) == "de")
        or (c.dep_ == "amod" and c.pos_ == "ADJ" and gentilic_state(c.text, "es") is not None)
    ]
    taking = vocab.words("decision_taking_verbs")
    if noun.dep_ == "obj" and noun.head.pos_ == "VERB" and lemma_set(noun.head, vocab) & taking:
        found += subjects(noun.head)
    return found


def decision_of(token: Token, dep: str, head: Token, vocab: EsVocab) -> Token | None:
    """The decision noun (`decision_nouns`) whose infinitive `token` is: its head, or, after
    an aside the parser ends the noun's phrase with, the noun of the verb it hangs the
    infinitive on as an adverbial opened by "de" ("protestar contra la decisión británica,
    anunciada por Straw, de liberar al ex dictador")."""
    if "Inf" not in feats(token, "VerbForm"):
        return None
    nouns = vocab.words("decision_nouns")
    if dep == "acl" and lemma_set(head, vocab) & nouns:
        return head
    if dep == "acl" and head.dep_ == "nmod" and case_of(head) == "de":
        # "la decisión del tribunal de rechazar la demanda": hung on the decider
        return head.head if lemma_set(head.head, vocab) & nouns else None
    if dep != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "de" for c in token.children):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ in ("obj", "obl") and c.i < token.i and lemma_set(c, vocab) & nouns
        ),
        None,
    )


def rejected_by_others(token: Token, dep: str, head: Token, vocab: EsVocab) -> bool:
    """`token` is the infinitive of a decision noun another party rejects as the object of
    its verb (`decision_rejecting_verbs`: "el juez rechazó la decisión del presidente de
    expulsar al periodista", "los sindicatos rechazaron la decisión de cerrar la planta"): the
    decision is taken, so the rejection does not deny its act. A decider who rejects its own
    decision (its "de"-phrase the verb's subject), or one whose decision only "su" tells,
    may be taking it back: still denied."""
    noun = decision_of(token, dep, head, vocab)
    if noun is None or noun.dep_ != "obj" or noun.head.pos_ != "VERB":
        return False
    verb = noun.head
    if not lemma_set(verb, vocab) & vocab.words("decision_rejecting_verbs"):
        return False
    found = deciders(noun, vocab)
    if not found and any(c.lower_ in ("su", "sus") for c in noun.children):
        return False  # "rechazó su decisión de ...": whose, maybe the rejecter's own
    own = {w.lower_ for d in found for w in d.subtree if w.pos_ in _NAMING}
    return not any(w.lower_ in own for s in subjects(verb) for w in s.subtree)


_NAMING = ("NOUN", "PROPN")


def outcome_phrase(token: Token) -> bool:
    """A bare noun after "con" or "en" of a verb of ending is how it ends, not what it ends:
    "evitar que la marcha acabe con violencia", "la reunión terminó en violencia" (unlike
    "acabar con la violencia", "terminar con los bloqueos")."""
    return case_of(token) in ("con", "en") and not any(
        c.dep_ in ("det", "nmod:poss") for c in token.children
    )


def ended_act(token: Token, dep: str, head: Token, vocab: EsVocab) -> bool:
    """What a noun of ending ends (`ending_nouns`): the "de"-phrase of one ("piden el cese de
    la represión", "el fin de la violencia") or the object of a verb that takes one as its
    own ("para que ponga fin a la violencia", "dar término a la huelga"); not how something
    ends (_outcome)."""
    ends = vocab.words("ending_nouns")
    if dep == "nmod" and head.pos_ == "NOUN" and case_of(token) in ("de", "a"):
        return bool(lemma_set(head, vocab) & ends)
    return (
        dep in ("obj", "obl")
        and head.pos_ == "VERB"
        and not outcome_phrase(token)
        and any(
            c.dep_ in ("compound", "obj") and c.i != token.i and lemma_set(c, vocab) & ends
            for c in head.children
        )
    )


def looked_into(token: Token, dep: str, head: Token, vocab: EsVocab) -> bool:
    """What a verb or noun of investigating looks into (`investigating_words`): its object
    ("que investigue la violenta represión policial") or its "de"-phrase ("el esclarecimiento
    del asesinato"), told as happened."""
    if not lemma_set(head, vocab) & vocab.words("investigating_words"):
        return False
    if head.pos_ == "VERB":
        return dep == "obj"
    return dep == "nmod" and case_of(token) == "de"
