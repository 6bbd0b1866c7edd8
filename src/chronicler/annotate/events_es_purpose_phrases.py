"""Spanish purpose phrases other than "para": "a fin de", "con el fin de", "con el objetivo
de" (`purpose_phrase_nouns`), a bare "a" on a verb of going ("acudió a hacer una donación",
`purpose_motion_verbs`), the infinitive they open and the act they are the purpose of.
Shared by the modality (a purpose is ahead) and the subjects (a purpose's doer is the doer of
its act), so it depends on neither."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import case_of, feats

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab


def purpose_phrase(token: Token, dep: str, head: Token, vocab: EsVocab) -> bool:
    """`token` is an infinitive opened by a purpose phrase other than "para" (`purpose_phrase_
    nouns`): "a fin de reprimir" ("a" its mark, "fin de" fixed on it) or "con el fin de
    detener", "con el objetivo de liberar" (the infinitive hung on the noun by "de", the noun a
    "con"- or "a"-phrase of the act)."""
    if dep in ("advcl", "xcomp") and _purpose_of_going(token, head, vocab):
        return True
    words = vocab.words("purpose_phrase_nouns")
    if any(
        c.dep_ == "mark" and any(f.dep_ == "fixed" and f.lower_ in words for f in c.children)
        for c in token.children
    ):
        return True
    return (
        dep == "acl"
        and head.lemma_.lower() in words
        and (case_of(head) in ("con", "a") or _fixed_on_preposition(head))
        and any(c.dep_ == "mark" and c.lower_ == "de" for c in token.children)
    )


def _purpose_of_going(token: Token, head: Token, vocab: EsVocab) -> bool:
    """An infinitive opened by "a" on a verb of going somewhere (`purpose_motion_verbs`):
    "acudió al estadio a hacer una donación", "viajó a la frontera a investigar": what the
    trip is for, as "para" ("volvieron a marchar", "llegaron a golpearlo" are no trips)."""
    return (
        "Inf" in feats(token, "VerbForm")
        and any(c.dep_ == "mark" and c.lower_ == "a" for c in token.children)
        and head.lemma_.lower() in vocab.words("purpose_motion_verbs")
    )


def trip_purpose(verb: Token, vocab: EsVocab) -> bool:
    """An infinitive that is only what a trip is for, opened by "a" or "para" on a verb of
    going (`purpose_motion_verbs`): "acudió al estadio a hacer una donación y fue recibido
    por protestas" tells the protests; the donation is not yet made (events_es._salience ranks
    it one level down)."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and "Inf" in feats(verb, "VerbForm")
        and any(c.dep_ == "mark" and c.lower_ in ("a", "para") for c in verb.children)
        and verb.head.lemma_.lower() in vocab.words("purpose_motion_verbs")
    )


def _fixed_on_preposition(noun: Token) -> bool:
    """The purpose noun read as part of its preposition ("con el fin de capturar": "fin" fixed
    on "con", which the parser hangs on the verb as an adverb)."""
    return noun.dep_ == "fixed" and noun.head.lower_ in ("con", "a")


def purpose_act(noun: Token) -> Token:
    """The act a purpose phrase's noun hangs on ("desplegó agentes con el fin de detener":
    "desplegó"), whichever way the parser read the phrase."""
    anchor = noun.head if _fixed_on_preposition(noun) else noun
    return anchor.head
