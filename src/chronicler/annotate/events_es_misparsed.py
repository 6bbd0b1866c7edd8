"""Where the Spanish parser hangs a word apart from what it belongs to, as the modality
climb (events_es_modality) reads it: an infinitive hung as an adverbial clause, a fronted
object read as a subject, a listed noun read as a conjunct of the verb, an object hung on the
verb above its infinitive, a call noun tagged a participle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import feats
from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab


def complement_read_as_clause(token: Token, dep: str, head: Token, vocab: EsVocab) -> bool:
    """An infinitive opened by "con" or "a" under an intent verb, which the parser hangs as an
    adverbial clause when a phrase comes between ("amenazó el sábado con arrestar a los
    opositores", "se comprometió ayer a liberar"), is the verb's complement, as without the
    phrase ("amenazó con arrestar")."""
    cues = vocab.modality
    return (
        dep == "advcl"
        and head.pos_ == "VERB"
        and "Inf" in feats(token, "VerbForm")
        and any(c.dep_ == "mark" and c.lower_ in ("con", "a") for c in token.children)
        and bool(lemma_set(head, vocab) & (cues.future_verbs | cues.future_clause_verbs))
    )


# Relative possessives: "cuya renuncia exigieron" (whose resignation they demanded).
_POSSESSIVE_RELATIVES = frozenset({"cuyo", "cuya", "cuyos", "cuyas"})


def fronted_object(token: Token, dep: str, head: Token) -> bool:
    """A noun a relative possessive opens, which the parser reads as the subject of a verb it
    does not agree with in number, is the verb's fronted object ("una marcha contra el
    Gobierno, cuya renuncia exigieron": the resignation is demanded)."""
    if dep != "nsubj" or head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.lower_ in _POSSESSIVE_RELATIVES for c in token.children):
        return False
    own, verbs = set(feats(token, "Number")), set(feats(head, "Number"))
    return bool(own and verbs and not own & verbs)


def listed_object(token: Token) -> Token | None:
    """The object a noun is listed with when the parser coordinates the noun with the verb
    above an infinitive that takes that object ("se manifestaron para exigir la reinstalación
    de las maestras X y Z, y la renuncia del director": "renuncia" read as a conjunct of
    "manifestaron"; it is the second thing demanded)."""
    if token.dep_ != "conj" or token.pos_ != "NOUN" or token.head.pos_ != "VERB":
        return None
    clauses = [
        c
        for c in token.head.children
        if c.dep_ in ("advcl", "xcomp") and c.i < token.i and "Inf" in feats(c, "VerbForm")
    ]
    objects = [o for c in clauses[-1:] for o in c.children if o.dep_ == "obj" and o.i < token.i]
    return objects[-1] if objects and objects[-1].pos_ == "NOUN" else None


def call_asking(token: Token, vocab: EsVocab) -> Token | None:
    """The call noun (`hypothetical_nouns`) an infinitive opened by "a" asks for, when the
    parser hung the infinitive (as an adverbial clause or a complement) on the verb whose
    object the noun is: "había lanzado un llamado al ministro a impedir la cumbre", "hizo un
    llamamiento a los fieles a votar"."""
    if token.dep_ not in ("advcl", "xcomp") or "Inf" not in feats(token, "VerbForm"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "a" for c in token.children):
        return None
    return next(
        (
            c
            for c in token.head.children
            if c.dep_ == "obj"
            and c.i < token.i
            and nominal(c)
            and lemma_set(c, vocab) & vocab.modality.hypothetical_nouns
        ),
        None,
    )


def stranded_infinitive(token: Token) -> Token | None:
    """The infinitive whose object the parser hung on the verb above it: a noun object after
    an infinitive complement with no object of its own ("decidieron postergar sine die una
    sesión", "sesión" read as the object of "decidieron")."""
    if token.dep_ != "obj" or token.pos_ not in ("NOUN", "PROPN"):
        return None
    return next(
        (
            c
            for c in token.head.children
            if c.dep_ == "xcomp"
            and c.i < token.i
            and "Inf" in feats(c, "VerbForm")
            and not any(g.dep_ in ("obj", "ccomp", "xcomp") for g in c.children)
        ),
        None,
    )


def nominal(head: Token) -> bool:
    """A noun, or a participle with a determiner the model tags as one ("su llamado a
    derrocar al gobierno": "llamado" ADJ, the call noun; 1.135.0)."""
    return head.pos_ == "NOUN" or (
        head.pos_ == "ADJ" and any(c.dep_ == "det" for c in head.children)
    )
