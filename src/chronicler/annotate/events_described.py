"""A bare definite description of one person as a subject in English reports ("The retired
diplomat, 75, took refuge in the Dutch embassy"): the one person the paragraphs before name,
as the Spanish "el diplomático retirado, de 75 años" (events_es_descriptions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronicler.annotate.events_actors import Context, mentions_in
from chronicler.annotate.events_match import lemma
from chronicler.annotate.events_pronouns import person_key, several

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.model import Mention

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"amod", "compound"})


def _bare_child(child: Token, ctx: Context) -> bool:
    """The article, punctuation, an age set off ("the retired diplomat, 75,") or a word of
    age or standing (vocab bare_adjectives): no word saying which of several people."""
    if child.dep_ == "punct" or (child.dep_ == "det" and child.lower_ == "the"):
        return True
    if child.dep_ == "appos" and child.like_num:
        return True
    return child.dep_ in _MODIFIER_DEPS and lemma(child) in ctx.vocab.words("bare_adjectives")


def described_topic(head: Token, ctx: Context, floor: int) -> Mention | None:
    """The person a bare definite description subject (vocab description_nouns) stands for:
    the one person named between `floor` and it; none when two or more are, or when the
    description has a word of its own ("the Spanish diplomat")."""
    if head.pos_ != "NOUN" or head.dep_ not in _SUBJECT_DEPS:
        return None
    if lemma(head) not in ctx.vocab.words("description_nouns"):
        return None
    if mentions_in(head.idx, head.idx + len(head), ctx):
        return None
    if not any(c.dep_ == "det" for c in head.children):
        return None
    if not all(_bare_child(c, ctx) for c in head.children):
        return None
    named: dict[tuple[str, ...], Mention] = {}
    for m in ctx.mentions:
        if m.label != "PERSON" or m.start < floor or m.end > head.idx:
            continue
        span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and several(span):
            return None  # "X and Y": no one person
        named[person_key(m.text)] = m  # (the latest of each)
    return next(iter(named.values())) if len(named) == 1 else None
