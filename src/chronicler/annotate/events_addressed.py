"""Events told to the reader: "The sooner you embrace your new role", "we want to help you".

A news report names its parties in the third person; the second person appears in its own
voice only when it addresses the reader, as advice columns, product reviews and marketing
copy do. An act whose party is that "you" (or whose object is the reader's own: "embrace
your role") happens to no one in the news. Inside a quotation "you" is someone the speaker
addresses ("'do anything you ask him to'", Sondland to Trump), so quoted speech keeps it.

The first person singular outside a quotation is the writer's own voice (a column, a review,
a blog post: "I suggested she try the keyboard case", "I was asked to speak at a
conference"): what the writer does or undergoes is no event of the news either, unless the
sentence hands the words to someone else ("I will not resign, he said", unquoted).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.doc_text import doc_text
from chronicler.annotate.events_actors import Context
from chronicler.annotate.events_vocab import Rule, lemma
from chronicler.annotate.quotes import (
    DOUBLE_CLOSING,
    DOUBLE_OPENING,
    STRAIGHT_DOUBLE,
    TEX_CLOSING,
    TEX_OPENING,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def inside_quotation(token: Token) -> bool:
    """The token is in quoted speech: more quotation marks open than close before it in its
    paragraph (a quotation may run over several sentences of one paragraph)."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    before = text[start : token.idx]
    curly = sum(c in DOUBLE_OPENING for c in before) - sum(c in DOUBLE_CLOSING for c in before)
    curly += before.count(TEX_OPENING) - before.count(TEX_CLOSING)  # "`` ... ''" (roles 1.128.0)
    return curly > 0 or before.count(STRAIGHT_DOUBLE) % 2 == 1


def _addressed(head: Token, words: frozenset[str]) -> bool:
    """The reader ("you", "yourself") or the reader's own ("your online business")."""
    if head.lower_ in words or lemma(head) in words:
        return True
    return any(c.dep_ == "poss" and c.lower_ in words for c in head.children)


def _party_in_own_voice(trigger: Token, heads: Sequence[Token], words: frozenset[str]) -> bool:
    """A party of the act is one of `words` ("you", "I") outside any quotation: the writer's
    own voice ("'You will be arrested,' the colonel warned" names someone he addresses)."""
    if inside_quotation(trigger):
        return False
    return any(_addressed(h, words) and not inside_quotation(h) for h in heads)


def _parties(trigger: Token, actors: Sequence[Token], targets: Sequence[Token]) -> list[Token]:
    """The act's actors and targets, and its own grammatical subjects, which a reflexive one
    ("you'll find yourself being asked to speak": yourself is asked) is dropped from as a
    party though it names who undergoes the act."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [*actors, *targets, *subjects]


def _infinitive_doers(trigger: Token) -> list[Token]:
    """Who does an infinitive with no subject of its own: the object of the verb it completes,
    directly or through the noun it modifies ("asks you to sign", "gives you permission to
    ignore the rules": you sign, you ignore)."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("xcomp", "acl", "ccomp"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return []
    governor = trigger.head
    if governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "attr"):
        governor = governor.head
    if governor.pos_ != "VERB":
        return []
    return [c for c in governor.children if c.dep_ in ("dobj", "dative")]


def _advice(trigger: Token, words: frozenset[str]) -> bool:
    """The sentence is advice to the reader: its root is an imperative, with no subject, and
    the reader is named in it outside a quotation ("If you want to grow, consider joining a
    group where members will offer support when you need it")."""
    root = trigger.sent.root
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children):
        return False
    low, high = sorted((root.i, trigger.i))
    if any(t.text in (":", "|") for t in trigger.doc[low:high]):
        return False  # "Watch: police arrest protesters": a headline after the imperative
    return any(t.lower_ in words and not inside_quotation(t) for t in trigger.sent)


def reader_addressed(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """An act whose party is the reader addressed outside a quotation is no event; nor is one
    the reader is left to do ("gives you permission to ignore the rules") or one told in
    advice to the reader (vocabulary 1.155.0)."""
    words = ctx.vocab.words("reader_pronouns")
    if inside_quotation(trigger):
        return None
    if _party_in_own_voice(trigger, _parties(trigger, actors, targets), words):
        return "told to the reader"
    if not actors and _party_in_own_voice(trigger, _infinitive_doers(trigger), words):
        return "left to the reader"
    if _advice(trigger, words):
        return "advice to the reader"
    return None


def _attributed(trigger: Token, verbs: frozenset[str], words: frozenset[str]) -> bool:
    """The sentence reports someone else's words: a reporting verb whose subject is not the
    writer ("I will stay, the mayor said")."""
    for tok in trigger.sent:
        if lemma(tok) not in verbs or tok.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ not in words for s in subjects):
            return True
    return False


def writer_own(
    trigger: Token, rule: Rule, actors: Sequence[Token], targets: Sequence[Token], ctx: Context
) -> str | None:
    """An act whose party is the writer ("I", "me", "my team") outside a quotation, in a
    sentence that reports no one else's words, is the writer's own doing, no event."""
    words = ctx.vocab.words("writer_pronouns")
    if not _party_in_own_voice(trigger, _parties(trigger, actors, targets), words):
        return None
    if _attributed(trigger, ctx.vocab.words("attribution_verbs"), words):
        return None
    return "the writer's own doing"
