"""Definite descriptions of one person in Spanish reports ("el general", "la activista",
"el diplomático retirado, de 75 años"): the person named earlier with that noun or age, a bare
description that goes on with the custody told, and a description as a subject, to which the
topic a later pronoun picks up passes; and one person introduced by an indefinite description
("una periodista fue detenida"), whom a later clause with no subject goes on with ("Fue
liberada el miércoles")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_described import (
    DESCRIPTION_REACH,
    description_head,
    given_to_a_name,
)
from chronicler.annotate.events_es_context import EsContext, entity_at, mentions_in
from chronicler.annotate.events_es_morph import SUBJECT_DEPS, feats, has_possessive
from chronicler.annotate.events_es_subjects import lemma_set
from chronicler.annotate.events_person_names import person_key
from chronicler.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from chronicler.model import Participant


def described_subject(doc: Doc, start: int, end: int, ctx: EsContext) -> bool:
    """Whether a definite description of one person ("el militar", vocab person_nouns) is a
    subject between two offsets, outside any named mention: the topic passed to it there."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    return any(
        tok.dep_ in SUBJECT_DEPS
        and tok.pos_ == "NOUN"
        and tok.lemma_.lower() in ctx.vocab.words("person_nouns")
        and "Plur" not in feats(tok, "Number")
        and definite(tok)
        and not any(c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" for c in tok.children)
        and not mentions_in(tok.idx, tok.idx + len(tok), ctx)
        for tok in span
    )


# The preposition and article written as one word ("al fotógrafo" is "a el fotógrafo"), which
# the parser marks as the case alone.
_WITH_ARTICLE = frozenset({"al", "del"})


def definite(noun: Token) -> bool:
    """A noun with a definite article ("el militar", "la activista", "al fotógrafo")."""
    return any(
        (c.dep_ == "det" and "Def" in feats(c, "Definite"))
        or (c.dep_ == "case" and c.lower_ in _WITH_ARTICLE)
        for c in noun.children
    )


def described_person(head: Token, ctx: EsContext) -> Mention | None:
    """A definite description ("el general", "la activista") of a person the article named
    earlier with the same noun ("al general retirado Miguel Rodríguez Torres"), else of the
    one person it named earlier with that noun or that age set on the name ("el exdiplomático
    Juan Pérez, de 75 años" for "el diplomático retirado, de 75 años")."""
    if not definite(head):
        return None
    lem = head.lemma_.lower()
    doc = head.doc
    for i in range(head.i - 1, max(head.i - DESCRIPTION_REACH, 0) - 1, -1):
        tok = doc[i]
        if tok.lemma_.lower() != lem or tok.pos_ != "NOUN":
            continue
        for near in (c for c in tok.children if c.dep_ in ("appos", "flat")):
            found = [m for m in mentions_in(near.idx, near.idx + len(near), ctx)
                     if m.label == "PERSON"]  # fmt: skip
            if found:
                return found[0]
    return _described_on_name(head, ctx)


# How a description hangs on a name: "el exdiplomático[amod] Juan Pérez", "Juan Pérez, de 75
# años[nmod]", "Juan Pérez, diplomático[appos] retirado".
_ON_NAME = frozenset({"amod", "appos", "nmod", "compound"})


def _same_noun(description: str, given: str) -> bool:
    """ "diplomático" is the "diplomático" or the former one ("exdiplomático") named before."""
    return given in (description, f"ex{description}", f"ex-{description}")


def _age(tok: Token) -> str | None:
    """The age set on a noun or a name: "de 75 años"."""
    for c in tok.children:
        if c.dep_ == "nmod" and c.lemma_.lower() == "año":
            n = next((g for g in c.children if g.dep_ == "nummod"), None)
            if n is not None:
                return n.text
    return None


def _described_on_name(head: Token, ctx: EsContext) -> Mention | None:
    """The one PERSON named before `head` whose name carries `head`'s noun or its age; none
    when no one or two people do."""
    lem, age = head.lemma_.lower(), _age(head)
    floor = head.doc[max(head.i - DESCRIPTION_REACH, 0)].idx
    hits: dict[tuple[str, ...], Mention] = {}
    for m in ctx.mentions:
        if m.label != "PERSON" or m.start < floor or m.end > head.idx:
            continue
        span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        given = {c.lemma_.lower() for c in root.children if c.dep_ in _ON_NAME}
        if root.dep_ in ("appos", "flat"):  # "el exdiplomático Juan Pérez" read the other way
            given.add(root.head.lemma_.lower())
        if any(_same_noun(lem, g) for g in given) or (age is not None and _age(root) == age):
            hits.setdefault(person_key(m.text), m)
    return next(iter(hits.values())) if len(hits) == 1 else None


def bare_description(head: Token, ctx: EsContext) -> bool:
    """ "Shekari ... había sido condenado. ... El joven fue detenido ese mismo día": a bare
    definite description of one person (no word of its own past the article) as a subject,
    which goes on with the custody the article is about."""
    return (
        all(
            c.dep_ in ("det", "punct") or _age_aside(c, ctx) or _bare_adjective(c, ctx)
            for c in head.children
        )
        and definite(head)
        and "Plur" not in feats(head, "Number")
        and head.dep_ in SUBJECT_DEPS
        and head.lemma_.lower() in ctx.vocab.words("person_nouns")
        and not _clitic_object_beside(head)
        and not _possessed_custody_beside(head, ctx)
    )


# Object clitics of a person other than the subject ("se" is the subject itself).
_OBJECT_CLITICS = frozenset({"lo", "la", "le", "los", "las", "les"})


def _clitic_object_beside(head: Token) -> bool:
    """ "El juez lo puso bajo arresto": the verb's object clitic is the person the story goes
    on with, and a subject is never its own non-reflexive object, so the description is
    someone else."""
    return any(
        c.dep_ in ("obj", "iobj") and c.lower_ in _OBJECT_CLITICS for c in head.head.children
    )


def _possessed_custody_beside(head: Token, ctx: EsContext) -> bool:
    """ "El juez ordenó su arresto domiciliario": a custody noun the verb takes, with a
    possessive, is the custody of the person the story goes on with, as an object clitic is
    ("lo puso bajo arresto"); no one orders or imposes his own custody (`ordering_verbs`,
    `imposing_verbs`), so the description is someone else. (One may ask for or refuse his
    own release: "El exalcalde rechazó su extradición" is about him.)"""
    custody = ctx.vocab.words("custody_modes")
    ordering = ctx.vocab.words("ordering_verbs") | ctx.vocab.words("imposing_verbs")
    verb = head.head
    return bool(lemma_set(verb, ctx.vocab) & ordering) and any(
        c.dep_ == "obj"
        and (rule := ctx.rules.get(c.i)) is not None
        and rule.mode in custody
        and has_possessive(c)
        for c in verb.children
    )


def _bare_adjective(token: Token, ctx: EsContext) -> bool:
    """ "el diplomático retirado": an adjective of age or standing (vocab bare_adjectives),
    which names no other person than the description alone would."""
    return token.dep_ == "amod" and bool(
        {token.lower_, token.lemma_.lower()} & ctx.vocab.words("bare_adjectives")
    )


def _age_aside(token: Token, ctx: EsContext) -> bool:
    """ ", de 54 años,": a person's age set off by commas, no word of the description."""
    return (
        token.dep_ == "nmod"
        and token.lemma_.lower() in ctx.vocab.words("age_units")
        and any(c.like_num for c in token.children)
        and "," in (token.left_edge.text, token.doc[max(token.left_edge.i - 1, 0)].text)
    )


def passive_subject(head: Token) -> bool:
    """The subject of a passive ("fue detenida"): the one the act is done to."""
    return head.dep_ in SUBJECT_DEPS and any(
        c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_.lower() == "ser"
        for c in head.head.children
    )


# Determiners of a description that introduces someone new ("una periodista", "otro guardia").
_INDEFINITE = frozenset({"un", "una", "otro", "otra"})
_MANY_DEPS = frozenset({"conj", "appos", "flat", "nummod"})


def described_one(tok: Token, ctx: EsContext) -> bool:
    """One person the text introduces by a description alone ("una periodista fue detenida",
    "otro guardia"): a singular person noun (vocab person_nouns) with an indefinite article,
    neither one of several coordinated nor given a name."""
    return (
        tok.pos_ == "NOUN"
        and "Plur" not in feats(tok, "Number")
        and tok.lemma_.lower() in ctx.vocab.words("person_nouns")
        and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children)
        and tok.dep_ not in _MANY_DEPS
        and not any(c.dep_ in _MANY_DEPS for c in tok.children)
        and not mentions_in(tok.idx, tok.idx + len(tok), ctx)
        and not given_to_a_name(tok, lambda t: entity_at(t, ctx))
    )


def described_again(tok: Token, ctx: EsContext) -> bool:
    """A definite description of one person ("la periodista"), which may go back to one
    introduced by a description alone with that noun ("una periodista")."""
    return (
        tok.pos_ == "NOUN"
        and "Plur" not in feats(tok, "Number")
        and tok.lemma_.lower() in ctx.vocab.words("person_nouns")
        and definite(tok)
        and tok.dep_ not in _MANY_DEPS
        and not any(c.dep_ in _MANY_DEPS or c.pos_ == "PROPN" for c in tok.children)
        and not mentions_in(tok.idx, tok.idx + len(tok), ctx)
    )


def describes_one(doc: Doc, p: Participant, ctx: EsContext) -> bool:
    """A participant matched to no name whose one word is such a description."""
    if p.label is not None or p.count is not None:
        return False
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    head = description_head(span) if span is not None else None
    return head is not None and described_one(head, ctx)
