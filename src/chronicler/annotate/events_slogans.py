"""Slogans: the words a crowd chants, or its signs read ('Teachers chanted, "Fund our
schools"', 'placards reading "Free Lopez"').

A slogan says what the crowd wants. The act it names happens to no one ("Fund" funds
nothing), so it is no event, and its words are no party of the chanting: the crowd chanted,
against no one called "our". A shout is a slogan only from a crowd (a plural subject), since
one person's shouted "I will kill you" is a threat. The verbs and the things that bear a
slogan are vocabulary word lists (`slogan_verbs`, `crowd_slogan_verbs`, `slogan_bearers`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_addressed import inside_quotation
from chronicler.annotate.events_vocab import Rule, Vocab, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_CROWD_PRONOUNS = frozenset({"they", "we"})


def _chants(verb: Token, vocab: Vocab) -> bool:
    """`verb` utters a slogan: a chant, a crowd's shout, or what a sign reads."""
    word = lemma(verb)
    if verb.pos_ != "VERB":
        return False
    if word in vocab.words("slogan_verbs"):
        return True
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if word in vocab.words("crowd_slogan_verbs"):
        return any(s.tag_ in _PLURAL_TAGS or s.lower_ in _CROWD_PRONOUNS for s in subjects)
    if word in vocab.words("bearer_verbs"):  # "signs reading", "a banner that said"
        bearers = vocab.words("slogan_bearers")
        owner = verb.head if verb.dep_ in ("acl", "relcl") else None
        return any(lemma(t) in bearers for t in (*subjects, *([owner] if owner else [])))
    return False


def _slogan_verb(token: Token, vocab: Vocab) -> Token | None:
    """The verb outside the quotation `token` stands in that utters it as a slogan: the first
    word above it outside the quotation ('chanted, "Fund our schools"'), or one the
    quotation's top word governs ('"Fund our schools," teachers chanted')."""
    if not inside_quotation(token):
        return None
    top = token
    while top.head.i != top.i and inside_quotation(top.head):
        top = top.head
    if top.head.i != top.i and _chants(top.head, vocab):
        return top.head
    return next(
        (c for c in top.children if not inside_quotation(c) and _chants(c, vocab)),
        None,
    )


def chanted_slogan(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """An act named in a slogan is no event (a check of events_filters), unless the slogan
    tells to stop it: it goes on ('"Stop the bloodshed," they chanted';
    `ceasing_slogan_verbs`)."""
    if _slogan_verb(trigger, ctx.vocab) is None:
        return None
    stopped = trigger.dep_ == "dobj" and lemma(trigger.head) in ctx.vocab.words(
        "ceasing_slogan_verbs"
    )
    return None if stopped else "a slogan"


def without_slogan_words(trigger: Token, heads: Sequence[Token], vocab: Vocab) -> list[Token]:
    """The chanting's parties without the slogan's words ('chanted "Red for Ed"': no one
    called "Red")."""
    if not _chants(trigger, vocab):
        return list(heads)
    return [h for h in heads if (_slogan_verb(h, vocab) or h).i != trigger.i]


def in_chant_of(token: Token, verb: Token, vocab: Vocab) -> bool:
    """`token` is in a slogan `verb` utters: an act named there lends the chanting none of its
    parties ('"Stop the bloodshed in Kosovo," the protesters chanted': no one called Kosovo;
    events_salience.embedded_targets; roles 1.128.2)."""
    found = _slogan_verb(token, vocab)
    return found is not None and found.i == verb.i
