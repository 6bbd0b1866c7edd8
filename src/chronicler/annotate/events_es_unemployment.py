""" "Paro" as unemployment, no strike: in Spain's Spanish "el paro" is the jobless count ("la
tasa de paro", "el paro subió al 12 por ciento", "cobran el subsidio de paro", "el paro
juvenil"), which the strike rule read as a work stoppage. Told by the words the figure goes
with, the noun's own head, governing verb or modifier, never its wider phrase (a strike "para
exigir aumentos" or "contra la tasa" stays a strike):

- a frame noun it completes (`unemployment_frames`: tasa, subsidio, cifra, índice...: "la tasa
  de paro", "la lucha contra el paro");
- a verb of a figure's course it is the subject of (`figure_course_verbs`: subir, bajar,
  crecer...: "el paro bajó en marzo") or a verb of fighting it the object of
  (`unemployment_remedies`: reducir, combatir: "reducir el paro");
- a modifier of a figure (`unemployment_marks`: registrado, juvenil, estructural).

Word lists in data/events/vocab_es.toml; the nouns read so are `unemployment_nouns`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsVocab


def unemployment_sense(token: Token, vocab: EsVocab) -> bool:
    """Whether `token` ("paro") names unemployment, the figure, by its head or modifiers."""
    if token.pos_ != "NOUN" or not lemma_set(token, vocab) & vocab.words("unemployment_nouns"):
        return False
    head = token.head
    head_words = lemma_set(head, vocab) if head is not token else frozenset()
    if token.dep_ == "nmod" and head_words & vocab.words("unemployment_frames"):
        return True  # "la tasa de paro", "el subsidio por paro"
    if token.dep_ == "nsubj" and head_words & vocab.words("figure_course_verbs"):
        return True  # "el paro subió al 12 por ciento"
    if token.dep_ == "obj" and head_words & vocab.words("unemployment_remedies"):
        return True  # "reducir el paro"
    marks = vocab.words("unemployment_marks")
    return any(c.dep_ == "amod" and lemma_set(c, vocab) & marks for c in token.children)
