"""Alleged doers in Spanish, as events_alleged in English: the one accused of, charged with,
arrested for or suspected of an act is its doer only as the text alleges ("los militares
fueron acusados de torturar a los presos", "la fiscalía acusó a la guerrilla de matar a doce
campesinos", "detenido por el asesinato de X"), whether the act is flagged hypothetical or
told done; a conviction ("condenado por matar"), a confession or an admission establish it.
An act told "presuntamente", or done by a party described "presunto", has alleged doers too
(vocab_es 1.161.0)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_es_case_doers import (
    CRIME_TYPES,
    alleging,
    case_head,
    held_in_case,
)
from chronicler.annotate.events_es_morph import case_of
from chronicler.annotate.events_es_subjects import lemma_set
from chronicler.annotate.events_phrases import expand

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_context import EsContext

# The prepositions that name the act a case is about: the case doers' `case_preps` ("acusado
# de", "detenido por"), read from the vocabulary as events_es_case_doers reads them, and "en",
# which only this alleged pass reads.
_ALLEGED_CASE_PREPS = frozenset({"en"})


def alleged_heads_es(trigger: Token, actor_heads: Sequence[Token], ctx: EsContext) -> list[Token]:
    """Of an act's actor heads, those the text only alleges did it: the ones a case word
    (events_es_case_doers.alleging: `case_verbs` but a conviction) holds or names, where the
    act is in that word's "de"/"por"/"en" phrase, past a noun of suspicion or charge
    (`suspicion_nouns_es`: "bajo sospecha de", "por el delito de") or another crime it is
    for; and those of an act told "presuntamente", or described "presunto" (`alleged_words`)."""
    heads = expand(actor_heads, clause_pos=("VERB", "AUX"))
    alleged_words = ctx.vocab.modality.alleged_words
    if any(c.dep_ == "advmod" and c.lower_ in alleged_words for c in trigger.children):
        return heads  # "los soldados presuntamente golpearon a los presos"
    described = [
        h for h in heads if any(c.dep_ == "amod" and c.lower_ in alleged_words for c in h.children)
    ]
    word = case_word_es(trigger, ctx)
    if word is None:
        return described
    held = {t.i for t in expand(held_in_case(word), clause_pos=("VERB", "AUX"))}
    return [h for h in heads if h.i in held or h in described]


def case_word_es(trigger: Token, ctx: EsContext) -> Token | None:
    """The case word whose "de"/"por"/"en" phrase holds the act `trigger` names (a listed
    charge through its first item), or None (a conviction's is none: it is no case word)."""
    tok = trigger
    preps = ctx.vocab.words("case_preps") | _ALLEGED_CASE_PREPS
    if lemma_set(tok, ctx.vocab) & ctx.vocab.words("told_case_acts"):
        return None  # "detenidos por protestar": told
    for _ in range(4):
        while tok.dep_ == "conj":  # "acusados de saquear comercios y golpear a un guardia"
            tok = tok.head
        if case_of(tok) not in preps or tok.head.i == tok.i:
            return None
        word = case_head(tok, ctx.vocab)  # (past "bajo sospecha de", "acusó al periodista")
        if alleging(word, ctx.vocab):
            return word
        own = ctx.rules.get(word.i)
        if own is None or own.type not in CRIME_TYPES or word.pos_ != "NOUN":
            return None
        tok = word  # "el asesinato por el secuestro de X": the first crime's case
    return None


def alleging_report(trigger: Token, ctx: EsContext) -> bool:
    """The act is reported by a verb of accusing (`alleging_report_verbs`), before it ("el
    alcalde denunció que los soldados saquearon tiendas") or after it ("los soldados
    saquearon tiendas, acusó el alcalde"): an accusation, its doers only alleged (the English
    `allegation_verbs`, events_alleged.alleged_by_others)."""
    verbs = ctx.vocab.words("alleging_report_verbs")
    cur = trigger
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ in ("acl", "acl:relcl", "advcl"):
            return False
        dep, cur = cur.dep_, cur.head
        if dep in ("ccomp", "parataxis") and lemma_set(cur, ctx.vocab) & verbs:
            return True
    return False
