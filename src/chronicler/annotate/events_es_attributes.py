"""Attributes a Spanish event mention carries beside its type and roles: a sentence's length
("condenado a 13 años de prisión"), what a mediation brokered, and who reports it ("X dijo
que ...", "según X").

Split out of events_es, which asks these for each trigger it codes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import OBLIQUE_DEPS, EsContext, span_text
from chronicler.annotate.events_es_modality import MAX_CLIMB
from chronicler.annotate.events_es_morph import SUBJECT_DEPS, case_of
from chronicler.annotate.events_es_subjects import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.annotate.events_es_vocab import EsRule, EsVocab


def term(trigger: Token, rule: EsRule) -> str | None:
    """A sentence's length: "condenado a 13 años de prisión" (without "por instigación")."""
    if rule.mode != "convict":
        return None
    for child in trigger.children:
        if child.dep_ in OBLIQUE_DEPS and case_of(child) == "a":
            # the count with what qualifies it: "casi 14 años" (the parser hangs "14" under
            # "casi"), "unos 14 años", "cerca de 14 años"
            left = [c for c in child.children if c.i < child.i and c.dep_ in ("nummod", "advmod")]
            if any(t.like_num for c in left for t in c.subtree) or child.like_num:
                tokens = [t for c in left for t in c.subtree] + [child]
                # a length told in parts: "13 años y 9 meses de prisión"
                for part in (c for c in child.children if c.dep_ == "conj" and _counted(c)):
                    tokens += [t for c in part.children if c.i < part.i for t in c.subtree]
                    tokens += [part, *_of_phrase(part)]
                tokens += _of_phrase(child)
                return span_text(sorted(set(tokens), key=lambda t: t.i))[0]
    return None


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _of_phrase(noun: Token) -> list[Token]:
    """ "de prisión" after a length, without what hangs further off it."""
    out: list[Token] = []
    for of in (c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de"):
        out += [of, *[c for c in of.children if c.dep_ in ("case", "det", "amod")]]
    return out


def brokered(trigger: Token, rule: EsRule, ctx: EsContext) -> str | None:
    """For a mediation: the mode of what it brokered, if its clause names it."""
    if rule.mode != "mediate":
        return None
    scope = trigger.subtree if trigger.pos_ == "VERB" else trigger.head.subtree
    for tok in scope:
        lemmas = lemma_set(tok, ctx.vocab)
        if lemmas & ctx.vocab.words("broker_release"):
            return "release"
        if lemmas & ctx.vocab.words("broker_exchange"):
            return "exchange"
    return None


def reporting_verb(trigger: Token, vocab: EsVocab) -> Token | None:
    """The reporting verb whose complement holds the trigger ("X dijo que ...")."""
    verbs = vocab.words("reporting_verbs")
    cur = trigger
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i:
            return None
        dep, cur = cur.dep_, cur.head
        if dep in ("ccomp", "parataxis") and lemma_set(cur, vocab) & verbs:
            return cur
        if dep in ("acl", "acl:relcl", "advcl"):
            return None
    return None


def reporters(trigger: Token, ctx: EsContext) -> list[Token]:
    """Who says so: the subject of "X dijo que ...", or "según X"."""
    said = reporting_verb(trigger, ctx.vocab)
    if said is not None:
        return [c for c in said.children if c.dep_ in SUBJECT_DEPS]
    preps = ctx.vocab.words("reporting_preps")
    for anchor in (trigger, trigger.sent.root):
        found = [c for c in anchor.children if c.dep_ in OBLIQUE_DEPS and case_of(c) in preps]
        if found:
            return found
    return []
