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
    if not reads_as(tok, rule, vocab.words("mutual_meetings")) or len(actors) < 2:
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
