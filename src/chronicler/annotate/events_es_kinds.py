"""Spanish act nouns that only name a kind of act, no act told: the bare "de"-phrase of a body
or a state that the act classifies ("las agencias de ayuda humanitaria", "sus condiciones de
detención"), and an example of a kind of crime ("la tipificación de delitos como el genocidio
y la desaparición forzada"). Also the act a frame noun stands for ("una jornada de protesta")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_morph import case_of
from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab


def kind_of_head(trigger: Token, vocab: EsVocab) -> bool:
    """A bare act noun in the "de"-phrase of a noun it only classifies (`kind_heads`): "las
    agencias de ayuda humanitaria", "trabajadores de ayuda", "sus condiciones de detención"
    name bodies, people and states by a kind of act, and tell no aid given nor arrest made;
    "la ayuda de la agencia" (the agency gives) and "las condiciones de su detención" (an
    article or possessive: that detention) stay."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "nmod"
        and case_of(trigger) == "de"
        and trigger.head.i < trigger.i
        and not any(c.dep_ in ("det", "nummod") for c in trigger.children)
        and bool(lemma_set(trigger.head, vocab) & vocab.words("kind_heads"))
    )


def crime_example(trigger: Token, vocab: EsVocab) -> bool:
    """An act noun given after "como" as an example of a kind of crime (`crime_kind_nouns`),
    also as a later conjunct: "objetó la tipificación de delitos como el genocidio y la
    desaparición forzada", "crímenes como la tortura": a category in a law, no act told."""
    noun = trigger
    for _ in range(6):
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            break
        noun = noun.head
    return (
        noun.dep_ in ("nmod", "appos")
        and any(c.dep_ in ("mark", "case") and c.lower_ == "como" for c in noun.children)
        and bool(lemma_set(noun.head, vocab) & vocab.words("crime_kind_nouns"))
    )


def framed_act(noun: Token, acts: Container[int], vocab: EsVocab) -> Token | None:
    """The act noun `noun` is, or the one a frame noun stands for through its bare "de"-phrase
    ("una jornada de protesta", "una ola de paros": the protest, the strikes); None when it
    is neither."""
    if noun.i in acts:
        return noun
    if not lemma_set(noun, vocab) & vocab.words("frame_nouns"):
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "nmod" and case_of(c) == "de" and c.i in acts and c.i > noun.i
        ),
        None,
    )
