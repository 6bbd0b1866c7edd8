"""The sides of a two-way act: coordinated subjects of a meeting word that meet one another,
and a "with" object that is one side of a clash (split from events)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chronicler.annotate.events_participants import actor_like
from chronicler.annotate.events_targets import in_place_phrase
from chronicler.annotate.events_unseen import reads_as
from chronicler.annotate.events_vocab import Rule, Vocab, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronicler.model import Participant


def mutual_sides(
    tok: Token,
    rule: Rule,
    heads: Sequence[Token],
    actors: Sequence[Participant],
    targets: Sequence[Participant],
    target_heads: Sequence[Token],
    vocab: Vocab,
) -> bool:
    """Coordinated subjects of a meeting word with no party met beside them meet one another
    ("India and Pakistan met in Geneva", "Germany and France held talks"; `mutual_meetings`),
    as against "X and Y protested", where both act on someone else, or "X and Y met the
    envoy". A place it was held in is no party met. A word no rule lists reads as the rule
    it took through its WordNet neighbours (events_unseen.reads_as: "conferred")."""
    # (a truce too: "a ceasefire between X and Y", `mutual_truces`; vocabulary 1.380.3)
    two_way = vocab.words("mutual_meetings") | vocab.words("mutual_truces")
    if not reads_as(tok, rule, two_way) or len(actors) < 2:
        return False
    places = [h.idx for h in target_heads if in_place_phrase(h)]
    if any(actor_like(t) and not any(t.start <= p < t.end for p in places) for t in targets):
        return False
    # coordinated, though the parser may hang the list on an apposition ("The US, Russia,
    # and Switzerland met": Russia an apposition of US, Switzerland its conjunct)
    return any(h.dep_ == "conj" or any(t.dep_ == "conj" for t in h.subtree) for h in heads)


def one_side(actors: Sequence[Token], targets: Sequence[Token], vocab: Vocab) -> bool:
    """A two-way act whose only named parties are one coordinated object of "with" ("clashes
    with police and soldiers", `one_side_preps`): one side, the other left unnamed."""
    if actors or not targets:
        return False
    firsts = set()
    for head in targets:
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        firsts.add(head.i)
        if head.dep_ != "pobj" or lemma(head.head) not in vocab.words("one_side_preps"):
            return False
    return len(firsts) == 1


def reciprocal_pronoun(tok: Token) -> bool:
    """ "each other", "one another": the subjects' sides told again, no party of its own (the
    sides of a meeting word then meet one another, `mutual_sides`)."""
    pairs = {("each", "other"), ("one", "another")}
    return any(
        (c.lower_, tok.lower_) in pairs or (tok.lower_, c.lower_) in pairs
        for c in tok.children
        if abs(c.i - tok.i) == 1
    )


def reciprocal_object(trigger: Token, vocab: Vocab) -> bool:
    """An act whose object is "each other" or "one another" ("the two gangs attacked one
    another", "accused each other of lying", "fired at each other") is two-way whatever its
    rule: each side is actor and target, as of a clash (`reciprocal_preps`: the prepositions
    whose object it may be)."""
    preps = vocab.words("reciprocal_preps")
    for child in trigger.children:
        if child.dep_ in ("dobj", "dative") and reciprocal_pronoun(child):
            return True
        if (
            child.dep_ == "prep"
            and lemma(child) in preps
            and any(reciprocal_pronoun(p) for p in child.children if p.dep_ == "pobj")
        ):
            return True
    return False
