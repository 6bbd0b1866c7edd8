"""Charges of a Spanish custody or accusation event: "acusado de traición a la patria",
"acusó al periodista de incitación" (the parser hanging the charge on the person), and a
"por"-phrase when it names an offence ("detenido por corrupción", "lo investiga por los
presuntos delitos de rebelión y conspiración"; not "detenido por sus críticas";
`reason_charge_preps`, `offence_heads` in vocab_es.toml, as the English stage's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_es_args import (
    OBLIQUE_DEPS,
    EsContext,
    agentive_phrase,
    attribute_text,
    attribute_tokens,
)
from chronicler.annotate.events_es_hidden import agents
from chronicler.annotate.events_es_morph import case_of, feats, has_possessive
from chronicler.annotate.events_es_subjects import lemma_set
from chronicler.annotate.events_es_times import time_phrase
from chronicler.annotate.events_es_vocab import EsRule, EsVocab
from chronicler.annotate.quotes import OPENING_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token


def offence_named(head: Token, vocab: EsVocab) -> bool:
    """A reason's head names an offence: a word of `offence_heads` or `charge_generic`, an
    act ("por difundir noticias falsas"), something alleged ("por su presunta
    participación"), or a term quoted as the court or the accuser put it ("por "moharebeh"")."""
    words = vocab.words("offence_heads") | vocab.words("charge_generic")
    if lemma_set(head, vocab) & words or "Inf" in feats(head, "VerbForm"):
        return True
    if head.i > 0 and head.doc[head.i - 1].text in OPENING_MARKS:
        return True
    alleged = vocab.modality.alleged_words
    return any(c.dep_ in ("amod", "det") and lemma_set(c, vocab) & alleged for c in head.children)


def charge_heads(trigger: Token, rule: EsRule, anchors: list[Token], ctx: EsContext) -> list[Token]:
    """Where the charges are: "acusado de traición a la patria", "detenido por corrupción",
    and "acusó al periodista de incitación", where the parser hangs the charge on the person."""
    if rule.mode not in ctx.vocab.words("charged_modes"):
        return []  # criticism has no charges: "rompió con Maduro por sus críticas"
    reason = rule.mode in ctx.vocab.words("reason_charge_modes")
    accuse = (rule.type == "ACCUSE" or rule.mode == "convict") and not reason
    preps = ctx.vocab.words("accuse_charge_preps" if accuse else "arrest_charge_preps")
    # a reason ("por") must name an offence, whatever the act: "detenido por corrupción", not
    # "detenido por sus críticas" (as the English stage's `reason_charge_preps`)
    reasons = ctx.vocab.words("reason_charge_preps")
    if trigger.pos_ == "NOUN" and not accuse:
        preps = preps - {"de"}  # "la detención de X": X is the target
    agent_ids = {t.i for a in anchors for t in agents(a, ctx)}
    out: list[Token] = []
    scope = anchors[:2] if trigger.pos_ != "NOUN" else list(anchors)
    if rule.type == "ACCUSE":
        scope += [c for c in trigger.children if c.dep_ in ("obj", "iobj") and case_of(c) == "a"]
    for anchor in scope:
        for child in anchor.children:
            # (the small model tags some charges amod: "por lavado[amod] de dinero"); an act
            # is one too: "por difundir[advcl] noticias falsas"
            act = child.dep_ in ("advcl", "acl", "xcomp") and "Inf" in feats(child, "VerbForm")
            if child.dep_ not in OBLIQUE_DEPS | {"amod"} and not act:
                continue
            if case_of(child) not in preps:
                continue
            if child.i == trigger.i or child.i in agent_ids or child.like_num:
                continue
            if time_phrase(child):
                continue  # "fue detenido por la tarde": when, no charge
            if agentive_phrase(child, ctx):
                continue
            if lemma_set(child, ctx.vocab) & ctx.vocab.words("places"):
                continue
            if case_of(child) in reasons and not offence_named(child, ctx.vocab):
                continue  # "la investiga por su gestión": a reason, no offence
            heads = [child]
            if lemma_set(child, ctx.vocab) & ctx.vocab.words("charge_generic"):
                # "el delito de terrorismo": the offence the generic word names
                inner = [
                    c for c in child.children if c.dep_ == "nmod" and case_of(c) in preps | {"de"}
                ]
                heads = inner or heads
            # "de terrorismo y de asociación para delinquir", "por incitar a X y pedir Y": each
            # listed charge
            listed = "VERB" if act else "NOUN"
            heads += [c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ == listed]
            out += [h for h in heads if h not in out and not _length(h, ctx)]
    if rule.type == "ACCUSE" and not reason:
        out += [h for h in offences_under_accused(trigger, ctx.vocab) if h not in out]
    # "de terrorismo, traición a la patria y conspiración", the parser hanging the later
    # items elsewhere: each offence listed after a charge, read off the text
    out += [t for h in list(out) for t in listed_after(h, ctx.vocab) if t not in out]
    if out:  # "acusado de traición y de instigar una rebelión": the coordinated act too
        for conj in trigger.children:
            if conj.dep_ == "conj" and case_of(conj) in preps and conj.pos_ == "VERB":
                out.append(conj)
    return out


def listed_after(head: Token, vocab: EsVocab) -> list[Token]:
    """The offences listed after a charge, as the text runs, whatever the parse: each item
    follows a comma or "y"/"e"/"o" and opens (after an article) with a word of
    `offence_heads`; the list ends at the first word that is none of these."""
    doc = head.doc
    offences = vocab.words("offence_heads")
    found: list[Token] = []
    end = attribute_tokens(head)[-1].i
    while end + 2 < len(doc) and doc[end + 1].lower_ in _LIST_JOINS:
        i = end + 2
        if doc[i].lower_ in _LIST_JOINS - {","}:  # ", y ..."
            i += 1
        while i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        if i >= len(doc) or doc[i].pos_ != "NOUN" or not lemma_set(doc[i], vocab) & offences:
            break
        found.append(doc[i])
        end = max(i, attribute_tokens(doc[i])[-1].i)
    return found


# What joins the items of a list of charges.
_LIST_JOINS = frozenset({",", "y", "e", "o", "u"})


def _length(head: Token, ctx: EsContext) -> bool:
    """ "a otros 19 años por extremismo": a counted time unit is a penalty's length, no charge."""
    return bool(lemma_set(head, ctx.vocab) & ctx.vocab.words("measure_nouns")) and any(
        c.dep_ == "nummod" or c.like_num for c in head.children
    )


def charges(heads: list[Token]) -> list[str]:
    return list(dict.fromkeys(t for t in map(attribute_text, heads) if t))


def offences_under_accused(trigger: Token, vocab: EsVocab) -> list[Token]:
    """Offences the parser hung inside the accused's phrase: "acusó a la mayoría de ellas de
    terrorismo", "al líder de la oposición de traición" (the "de"-phrase of an offence word,
    with its list), so that it is the charge and not part of whom it accuses."""
    offences = vocab.words("offence_heads")
    out: list[Token] = []
    for accused in trigger.children:
        if accused.dep_ not in ("obj", "iobj") or case_of(accused) != "a":
            continue
        for tok in accused.subtree:
            if tok.dep_ == "nmod" and case_of(tok) == "de" and lemma_set(tok, vocab) & offences:
                out += [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
                break
    return out


def offence_as_charge(trigger: Token, charged: bool, vocab: EsVocab) -> bool:
    """ "acusó de rebelión a X", "condenado por rebelión", "el delito de rebelión": an offence
    named bare as a charge (`charged`: some event names it as its charge) is that charge, not
    an event of its own. An offence with its own parties ("acusado del asesinato de X", "de
    su secuestro") is still reported."""
    if trigger.pos_ not in ("NOUN", "PROPN") or _own_parties(trigger, vocab):
        return False
    if charged:
        return True
    first = trigger
    while first.dep_ == "conj":  # "el delito de rebelión y conspiración"
        first = first.head
    owner = first.head
    return (
        first.dep_ == "nmod"
        and case_of(first) == "de"
        and owner.pos_ == "NOUN"
        and bool(lemma_set(owner, vocab) & vocab.words("charge_generic"))
    )


def _own_parties(noun: Token, vocab: EsVocab) -> bool:
    """The noun's phrase names who did it or to whom ("el asesinato de X", "su secuestro")."""
    return has_possessive(noun) or any(
        c.dep_ in ("nmod", "obl") and case_of(c) in vocab.words("offence_party_preps")
        for c in noun.children
    )
