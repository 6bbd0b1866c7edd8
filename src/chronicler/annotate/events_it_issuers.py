"""The body an "it" opening a sentence stands for when it states or demands something ("The
Security Council met on Thursday. It strongly condemns the bombing"; "The Security Council
adopted a resolution. It demands a ceasefire"): its sentence names no one before it, so the
subject of a sentence before, a body, is the one that speaks; a document there ("A
resolution was adopted. It condemns X") speaks for the body that issued it, named as the
subject of the sentence before the document's or in its "by" phrase ("a resolution adopted by
the council"). Only for the acts a text states or lays down (`document_doer_types`): an "it"
that explodes, hits or spreads is a thing (vocabulary 1.412.0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_vocab import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from chronicler.annotate.events_actors import Context

# How many sentences back the speaking body may be named.
_REACH = 2
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})


def earlier_issuer(pronoun: Token, ctx: Context) -> Token | None:
    """The body an "it" subject opening its sentence stands for, for an act a text may state
    (`document_doer_types`); None when the sentences before have no body or document as their
    subject, or when the pronoun's sentence names anything before it."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or pronoun.i != _first_word(pronoun):
        return None
    rule = ctx.rules.get(pronoun.head.i)
    if rule is None or rule.type.lower() not in ctx.vocab.words("document_doer_types"):
        return None
    sents = list(pronoun.doc.sents)
    s_no = next(n for n, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    for back in range(1, _REACH + 1):
        if s_no - back < 0:
            return None
        subject = _main_subject(sents[s_no - back])
        if subject is None or subject.tag_ in ("NNS", "NNPS") or subject.pos_ == "PRON":
            return None  # the topic of the sentence before is no single body: left open
        if _body(subject, ctx):
            return subject
        if lemma(subject) not in ctx.vocab.words("document_nouns"):
            return None
        by = _by_agent(subject, ctx)
        if by is not None and _body(by, ctx):
            return by
        # "A resolution ... condemns": its issuer told before (a document, read on)
    return None


def _first_word(pronoun: Token) -> int:
    """The index of the first word of the pronoun's sentence (quotes, spaces and an opening
    "And" or "But" passed: "And it stresses that ...")."""
    return next(
        t.i
        for t in pronoun.sent
        if not (t.is_punct or t.is_space or (t.dep_ == "cc" and t.head.i == pronoun.head.i))
    )


def _main_subject(sent: Span) -> Token | None:
    """The subject of the sentence's main verb; a noun the parser made the root of a sentence
    whose verb it lost ("A resolution, co-sponsored by X and unanimously adopted, ``expresses
    ...''") is that noun."""
    if sent.root.pos_ in ("NOUN", "PROPN"):
        return sent.root
    return next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _body(token: Token, ctx: Context) -> bool:
    """A named organisation or state, or a noun of a body ("the council", "the ministry";
    `issuer_body_nouns`)."""
    if token.ent_type_ in _BODY_LABELS:
        return True
    return token.pos_ == "NOUN" and lemma(token) in ctx.vocab.words("issuer_body_nouns")


def _by_agent(document: Token, ctx: Context) -> Token | None:
    """The "by" agent of a participle of issuing on a document ("a resolution adopted by the
    council"; `issuing_verbs`); not of one that backs it ("co-sponsored by Kenya": a sponsor
    is no issuer)."""
    for part in document.children:
        if part.dep_ != "acl" or lemma(part) not in ctx.vocab.words("issuing_verbs"):
            continue
        for prep in part.children:
            if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by"):
                found = [c for c in prep.children if c.dep_ == "pobj"]
                if found:
                    return found[0]
    return None
